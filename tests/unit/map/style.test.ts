import { describe, expect, it } from 'vitest';
import { basemapStyle, darkPalette, FONT_REGULAR, FONT_SEMIBOLD } from '../../../src/lib/map/style';

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

describe('basemapStyle with labels', () => {
	const origin = 'http://127.0.0.1:4173';
	const style = basemapStyle({ origin, labels: true });

	it('draws labels with glyphs served by the app itself, and no font files', () => {
		expect(style.glyphs).toBe(`${origin}/glyphs/{fontstack}/{range}.pbf`);
		expect(style['font-faces']).toBeUndefined();
		const symbols = style.layers.filter((layer) => layer.type === 'symbol');
		expect(symbols.length).toBeGreaterThan(0);
		for (const layer of symbols) {
			const fonts = (layer.layout?.['text-font'] ?? []) as string[];
			expect(fonts.length).toBe(1);
			expect([FONT_REGULAR, FONT_SEMIBOLD]).toContain(fonts[0]);
		}
	});

	it('labels countries and cities from a source on the same origin', () => {
		const basemap = style.sources.basemap;
		expect(basemap && 'data' in basemap && new URL(String(basemap.data)).origin).toBe(origin);
		expect(basemap && 'attribution' in basemap && basemap.attribution).toContain('GeoNames');
		const ids = style.layers.map((l) => l.id);
		expect(ids).toEqual(expect.arrayContaining(['country-labels', 'city-labels']));
	});

	it('has no labels unless asked', () => {
		expect(basemapStyle({ origin }).layers.some((l) => l.type === 'symbol')).toBe(false);
		expect(basemapStyle({ origin }).glyphs).toBeUndefined();
	});
});

describe('basemapStyle detail', () => {
	const data = (style: ReturnType<typeof basemapStyle>) => {
		const source = style.sources.basemap;
		return source && 'data' in source ? String(source.data) : '';
	};

	it('opens the world view with the coarse file and a close view with the fine one', () => {
		expect(data(basemapStyle({ origin: 'http://x.test', zoom: 1.3 }))).toBe(
			'http://x.test/basemap/world-110m.geojson'
		);
		expect(data(basemapStyle({ origin: 'http://x.test', zoom: 5 }))).toBe(
			'http://x.test/basemap/world-50m.geojson'
		);
	});

	it('draws every layer from the one basemap source, each picking its features by class', () => {
		const style = basemapStyle({ origin: 'http://x.test', labels: true });
		expect(Object.keys(style.sources)).toEqual(['basemap']);
		for (const layer of style.layers) {
			if (layer.type === 'background') continue;
			expect('source' in layer && layer.source).toBe('basemap');
			expect(JSON.stringify('filter' in layer && layer.filter)).toContain('"class"');
		}
	});
});
