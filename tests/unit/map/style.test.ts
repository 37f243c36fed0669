import { describe, expect, it } from 'vitest';
import { basemapStyle, darkPalette } from '../../../src/lib/map/style';

describe('basemapStyle', () => {
	const style = basemapStyle({ origin: 'http://127.0.0.1:4173' });

	it('uses only sources served by the app itself', () => {
		for (const source of Object.values(style.sources)) {
			expect('data' in source && typeof source.data === 'string').toBe(true);
			if ('data' in source && typeof source.data === 'string') {
				expect(new URL(source.data).origin).toBe('http://127.0.0.1:4173');
			}
		}
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
	});

	it('attributes Natural Earth', () => {
		const attributions = Object.values(style.sources).map((s) =>
			'attribution' in s ? s.attribution : ''
		);
		expect(attributions.join(' ')).toContain('Natural Earth');
	});

	it('paints with the palette it is given', () => {
		const dark = basemapStyle({ origin: 'http://x.test', palette: darkPalette });
		const water = dark.layers.find((layer) => layer.id === 'water');
		expect(water?.paint).toEqual({ 'background-color': darkPalette.water });
	});
});
