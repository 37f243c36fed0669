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

describe('basemapStyle with label fonts', () => {
	const origin = 'http://127.0.0.1:4173';
	const file = (name: string) => [{ url: `/fonts/${name}.woff2`, unicodeRange: ['U+0000-00FF'] }];
	const style = basemapStyle({ origin, fonts: { regular: file('r'), semibold: file('s') } });

	it('draws labels from font files served by the app, with no glyph server', () => {
		expect(style.glyphs).toBeUndefined();
		const faces = style['font-faces'] ?? {};
		for (const layer of style.layers) {
			if (layer.type !== 'symbol') continue;
			const fonts = (layer.layout?.['text-font'] ?? []) as string[];
			expect(fonts.length).toBeGreaterThan(0);
			for (const font of fonts) {
				const declared = faces[font];
				expect(Array.isArray(declared)).toBe(true);
				for (const face of declared as Array<{ url: string }>) {
					expect(new URL(face.url).origin).toBe(origin);
				}
			}
		}
	});

	it('labels countries and cities from a source on the same origin', () => {
		const labels = style.sources.labels;
		expect(labels && 'data' in labels && new URL(String(labels.data)).origin).toBe(origin);
		const ids = style.layers.map((l) => l.id);
		expect(ids).toEqual(expect.arrayContaining(['country-labels', 'city-labels']));
	});

	it('has no labels without fonts', () => {
		expect(basemapStyle({ origin }).layers.some((l) => l.type === 'symbol')).toBe(false);
	});
});
