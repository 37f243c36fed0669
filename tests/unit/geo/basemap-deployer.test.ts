import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { deployerInputs } from '../../../geo/scripts/basemap';
import { cutTiles } from '../../../geo/lib/basemap/tiler';
import { mercator } from '../../../geo/lib/basemap/places';

/** Hand-written files in Natural Earth's format, with invented features (see their README). */
const fixture = (name: string) =>
	new URL(`../../fixtures/basemap/${name}`, import.meta.url).pathname;

/** A point in the fixtures' lake and between their two border lines. */
const HOLLIN: [number, number] = [-130.9, -28.95];

/** The tile at `zoom` holding a point, decoded as MapLibre reads it. */
function tileAt(
	inputs: ReturnType<typeof deployerInputs>,
	zoom: number,
	[lng, lat]: [number, number]
) {
	const [mx, my] = mercator(lng, lat);
	const [x, y] = [Math.floor(mx * 2 ** zoom), Math.floor(my * 2 ** zoom)];
	for (const tile of cutTiles(inputs, { maxZoom: 7, labelsUpTo: 12 })) {
		if (tile.z === zoom && tile.x === x && tile.y === y)
			return new VectorTile(new PbfReader(tile.data));
	}
	return null;
}

const features = (tile: VectorTile, layer: string) => {
	const l = tile.layers[layer];
	return l ? Array.from({ length: l.length }, (_, i) => l.feature(i)) : [];
};

describe("the deployer's Natural Earth 10m layers", () => {
	it('adds named lakes and rivers to the water layer, from zoom 5', () => {
		const inputs = deployerInputs({ fineWater: fixture('invented_lakes.geojson') });
		const tile = tileAt(inputs, 7, HOLLIN)!;
		const water = features(tile, 'water');
		const lakes = water.filter((f) => f.properties.kind === 'lake');
		expect(lakes.map((f) => f.properties.name)).toEqual(['Hollin Water', 'Hollin Water']);
		expect(lakes.every((f) => f.type === 3)).toBe(true);
		const rivers = water.filter((f) => f.properties.kind === 'river');
		expect(rivers.map((f) => [f.properties.name, f.type])).toEqual([['Maddock River', 2]]);
		expect(tileAt(inputs, 4, HOLLIN)).toBeNull();
	});

	it('draws the borders Natural Earth calls disputed as disputed', () => {
		const inputs = deployerInputs({
			fineBorders: fixture('invented_admin_0_boundary_lines_land.geojson')
		});
		const tile = tileAt(inputs, 6, HOLLIN)!;
		const lines = features(tile, 'boundaries').map((f) => [
			f.properties.kind,
			f.properties.disputed
		]);
		expect(lines.sort()).toEqual([
			['country', 0],
			['country', 1]
		]);
	});

	it('adds nothing by default', () => {
		expect(deployerInputs({})).toEqual([]);
	});
});
