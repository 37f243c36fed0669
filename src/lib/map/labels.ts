import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { cellKey } from './town-cells';

/** Properties of a basemap label point. */
interface LabelProperties {
	name: string;
	/** `country`, `capital` or `city` (the basemap file), `town` (the town cells, see `townCells`). */
	class: 'country' | 'capital' | 'city' | 'town';
	/** Higher draws first when labels collide (area for countries, population for cities). */
	rank: number;
}

export type LabelFeature = Feature<Point, LabelProperties>;

/** Planar area of a ring in square degrees, scaled by latitude (enough to rank countries). */
function ringArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		sum += (ring[j]![0]! + ring[i]![0]!) * (ring[i]![1]! - ring[j]![1]!);
	}
	return Math.abs(sum / 2) * Math.cos(((ring[0]?.[1] ?? 0) * Math.PI) / 180);
}

/**
 * A country's label point: the pole of inaccessibility of its largest part (a centroid can fall
 * in the sea: Croatia, Chile, Indonesia), ranked by that part's area.
 */
export function countryLabel(name: string, geometry: Polygon | MultiPolygon): LabelFeature | null {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let best: Position[][] | undefined;
	let bestArea = 0;
	for (const polygon of polygons) {
		const area = ringArea(polygon[0] ?? []);
		if (area > bestArea) {
			best = polygon;
			bestArea = area;
		}
	}
	if (!best) return null;
	const [lng = 0, lat = 0] = polylabel(best as [number, number][][], 0.2);
	const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180;
	return {
		type: 'Feature',
		properties: { name, class: 'country', rank: Math.round(bestArea * 10) / 10 },
		geometry: { type: 'Point', coordinates: [round(wrapped), round(lat)] }
	};
}

/**
 * Cities worth a label from a GeoNames `cities*.txt` dump (tab-separated, documented at
 * download.geonames.org/export/dump): capitals (`PPLC`) and places of at least `minPopulation`.
 */
export function cityLabels(tsv: string, minPopulation: number): LabelFeature[] {
	const out: LabelFeature[] = [];
	for (const line of tsv.split('\n')) {
		const cols = line.split('\t');
		if (cols.length < 15) continue;
		const capital = cols[7] === 'PPLC';
		const population = Number(cols[14]) || 0;
		if (!capital && population < minPopulation) continue;
		out.push({
			type: 'Feature',
			properties: { name: cols[1]!, class: capital ? 'capital' : 'city', rank: population },
			geometry: { type: 'Point', coordinates: [round(Number(cols[5])), round(Number(cols[4]))] }
		});
	}
	return out.sort((a, b) => b.properties.rank - a.properties.rank);
}

/**
 * The towns the basemap file leaves out (`minPopulation` up to the city labels' threshold, no
 * capitals), in square cells of `cellDegrees`, so a map zoomed in loads only the cells it shows.
 * Keys are `cellKey`s; features biggest first within a cell.
 */
export function townCells(
	tsv: string,
	{ minPopulation, cityPopulation, cellDegrees }: TownCellOptions
): Map<string, LabelFeature[]> {
	const cells = new Map<string, LabelFeature[]>();
	for (const line of tsv.split('\n')) {
		const cols = line.split('\t');
		if (cols.length < 15) continue;
		const population = Number(cols[14]) || 0;
		if (cols[7] === 'PPLC' || population < minPopulation || population >= cityPopulation) continue;
		const lng = Number(cols[5]);
		const lat = Number(cols[4]);
		if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lat) > 90) continue;
		if (Math.abs(lng) > 180) continue;
		const key = cellKey(lng, lat, cellDegrees);
		let cell = cells.get(key);
		if (!cell) cells.set(key, (cell = []));
		cell.push({
			type: 'Feature',
			properties: { name: cols[1]!, class: 'town', rank: population },
			geometry: { type: 'Point', coordinates: [round(lng), round(lat)] }
		});
	}
	for (const cell of cells.values()) {
		cell.sort((a, b) => b.properties.rank - a.properties.rank || cmp(a, b));
	}
	return cells;
}

export interface TownCellOptions {
	/** Smallest population labelled. */
	minPopulation: number;
	/** From this population on a place is in the basemap file's city labels: not repeated here. */
	cityPopulation: number;
	/** Side of a cell in degrees (divides 180). */
	cellDegrees: number;
}

/** Same population: by name, then position, so a cell's bytes never depend on input order. */
function cmp(a: LabelFeature, b: LabelFeature): number {
	const [ax = 0, ay = 0] = a.geometry.coordinates;
	const [bx = 0, by = 0] = b.geometry.coordinates;
	const an = a.properties.name;
	const bn = b.properties.name;
	return an < bn ? -1 : an > bn ? 1 : ax - bx || ay - by;
}

function round(x: number): number {
	return Math.round(x * 1e3) / 1e3;
}

/** Country labels for a countries layer whose features carry a `name` property. */
export function countryLabels(countries: FeatureCollection): LabelFeature[] {
	const out: LabelFeature[] = [];
	for (const f of countries.features) {
		const name = f.properties?.name;
		const g = f.geometry;
		if (typeof name !== 'string' || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
		const label = countryLabel(name, g);
		if (label) out.push(label);
	}
	return out.sort((a, b) => b.properties.rank - a.properties.rank);
}
