import { describe, expect, it } from 'vitest';
import { basemapStyle, FONT_REGULAR, FONT_SEMIBOLD } from '../../../src/lib/basemap/style';
import { darkPalette, lightPalette, palettePaint } from '../../../src/lib/basemap/palette';
import { GET as styleGet } from '../../../src/routes/basemap/style.json/+server';
import { dotImage, PLACE_DOT } from '../../../src/lib/basemap/dot';
import { LAYERS } from '../../../src/lib/basemap/schema';

describe('basemapStyle', () => {
	const origin = 'http://127.0.0.1:4173';
	const style = basemapStyle({ origin });

	it('draws from one vector tile source served by the app itself', () => {
		expect(Object.keys(style.sources)).toEqual(['basemap']);
		const source = style.sources.basemap;
		expect(source?.type).toBe('vector');
		const tiles = source && 'tiles' in source ? (source.tiles ?? []) : [];
		expect(tiles).toEqual([`${origin}/basemap/tiles/{z}/{x}/{y}.pbf`]);
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
	});

	it('attributes Natural Earth, OpenStreetMap and GeoNames', () => {
		const source = style.sources.basemap;
		const attribution = source && 'attribution' in source ? String(source.attribution) : '';
		expect(attribution).toContain('Natural Earth');
		expect(attribution).toContain(
			'© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>'
		);
		expect(attribution).toContain('GeoNames');
	});

	it('reads only the layers of the tile schema', () => {
		const names: string[] = Object.values(LAYERS);
		for (const layer of basemapStyle({ origin, labels: true }).layers) {
			if (layer.type === 'background') continue;
			expect(names).toContain('source-layer' in layer ? layer['source-layer'] : '');
		}
	});

	it("draws lakes in the sea's colour, and disputed borders dashed", () => {
		const lakes = style.layers.find((l) => l.id === 'water-areas');
		expect(lakes?.paint).toMatchObject({ 'fill-color': lightPalette.water });
		const disputed = style.layers.find((l) => l.id === 'disputed-borders');
		expect(disputed?.paint).toHaveProperty('line-dasharray');
		const borders = style.layers.find((l) => l.id === 'country-borders');
		expect(borders?.paint).not.toHaveProperty('line-dasharray');
	});

	it('paints with the palette it is given, and switches every coloured layer', () => {
		const dark = basemapStyle({ origin, palette: darkPalette, labels: true });
		expect(dark.layers.find((layer) => layer.id === 'water')?.paint).toEqual({
			'background-color': darkPalette.water
		});
		const ids = new Set(dark.layers.map((l) => l.id));
		for (const [layer, property, value] of palettePaint(darkPalette)) {
			expect(ids.has(layer)).toBe(true);
			const paint = dark.layers.find((l) => l.id === layer)?.paint as Record<string, unknown>;
			expect([layer, property, paint[property]]).toEqual([layer, property, value]);
		}
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

	it('shows each name from its min_zoom', () => {
		for (const layer of style.layers.filter((l) => l.type === 'symbol')) {
			expect(JSON.stringify('filter' in layer && layer.filter)).toContain('"min_zoom"');
		}
	});

	it('has no labels unless asked', () => {
		expect(basemapStyle({ origin }).layers.some((l) => l.type === 'symbol')).toBe(false);
		expect(basemapStyle({ origin }).glyphs).toBeUndefined();
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

	it('is served as JSON, in the colours of the scheme asked for, its tiles at the origin', async () => {
		const get = async (query: string) => {
			const url = new URL(`https://maps.example/basemap/style.json${query}`);
			const response = await styleGet({ url } as Parameters<typeof styleGet>[0]);
			expect(response.headers.get('content-type')).toMatch(/^application\/json/);
			return (await response.json()) as ReturnType<typeof basemapStyle>;
		};
		const light = await get('');
		expect(light).toEqual(
			basemapStyle({ origin: 'https://maps.example', palette: lightPalette, labels: true })
		);
		expect(JSON.stringify(light.sources)).toContain('https://maps.example/basemap/tiles/');
		const dark = await get('?scheme=dark');
		expect(dark.layers[0]).toMatchObject({ paint: { 'background-color': darkPalette.water } });
	});
});
