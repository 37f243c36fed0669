import { describe, expect, it } from 'vitest';
import { basemapStyle, darkPalette, FONT_REGULAR, FONT_SEMIBOLD } from '../../../src/lib/map/style';
import { TOWNS_FROM_ZOOM } from '../../../src/lib/map/town-cells';
import { dotImage, PLACE_DOT } from '../../../src/lib/map/dot';

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

	it('draws every layer from the basemap source by class, or from the towns source', () => {
		const style = basemapStyle({ origin: 'http://x.test', labels: true });
		expect(Object.keys(style.sources).sort()).toEqual(['basemap', 'towns']);
		for (const layer of style.layers) {
			if (layer.type === 'background') continue;
			const source = 'source' in layer ? layer.source : undefined;
			if (source === 'towns') {
				// Town cells are fetched from TOWNS_FROM_ZOOM on: no layer may show them sooner.
				expect(layer.minzoom).toBe(TOWNS_FROM_ZOOM);
				continue;
			}
			expect(source).toBe('basemap');
			expect(JSON.stringify('filter' in layer && layer.filter)).toContain('"class"');
		}
	});

	it('starts the towns source empty, and has no towns without labels', () => {
		const towns = basemapStyle({ origin: 'http://x.test', labels: true }).sources.towns;
		expect(towns && 'data' in towns && towns.data).toEqual({
			type: 'FeatureCollection',
			features: []
		});
		expect(basemapStyle({ origin: 'http://x.test' }).sources.towns).toBeUndefined();
	});

	it('draws each city and town name with its dot as one symbol (both show or neither)', () => {
		const style = basemapStyle({ origin: 'http://x.test', labels: true });
		for (const id of ['city-labels', 'town-labels']) {
			const layer = style.layers.find((l) => l.id === id);
			expect(layer?.type).toBe('symbol');
			if (layer?.type !== 'symbol') continue;
			expect(layer.layout?.['icon-image']).toBe(PLACE_DOT);
			// Neither part is optional: a name that collides takes its dot with it.
			expect(layer.layout?.['icon-optional'] ?? false).toBe(false);
			expect(layer.layout?.['text-optional'] ?? false).toBe(false);
			expect(layer.layout?.['text-anchor']).toBe('top');
		}
		expect(style.layers.some((l) => l.type === 'circle')).toBe(false);
	});
});

describe('dotImage', () => {
	it('is an SDF circle: opaque inside, the edge at alpha 191, little in the corners', () => {
		const { width, height, data } = dotImage(5, 16);
		expect([width, height, data.length]).toEqual([16, 16, 16 * 16 * 4]);
		const alpha = (x: number, y: number) => data[(y * 16 + x) * 4 + 3]!;
		expect(alpha(8, 8)).toBeGreaterThan(191);
		expect(alpha(0, 0)).toBeLessThan(64); // far outside the edge: drawn as nothing
		// Symmetric, and falling from the centre outwards.
		expect(alpha(3, 8)).toBe(alpha(12, 8));
		expect(alpha(8, 8)).toBeGreaterThan(alpha(12, 8));
		expect(alpha(12, 8)).toBeGreaterThan(alpha(14, 8));
	});
});
