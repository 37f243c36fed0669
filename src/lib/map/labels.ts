import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';

/** Properties of a basemap label point. */
export interface LabelProperties {
	name: string;
	/** `country`, `capital` or `city`. */
	class: 'country' | 'capital' | 'city';
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
