/**
 * Country, first-level division and sea names for the basemap's label points. Pure: features and
 * rows in, points out.
 */

import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import type { PlaceProps } from '../../../src/lib/basemap/schema';

type Props = Record<string, unknown>;

/**
 * The first of `candidates` written in Latin letters (with their accents), which the map's
 * label font covers; null when none is. GeoNames and Natural Earth give a few names only in
 * their local script.
 */
export function latinName(candidates: readonly unknown[]): string | null {
	for (const c of candidates) {
		if (
			typeof c === 'string' &&
			c.trim() &&
			/^[\p{Script=Latin}\u0300-\u036f\p{N}\p{P}\p{Zs}\p{S}]+$/u.test(c)
		)
			return c;
	}
	return null;
}

const round = (x: number) => Math.round(x * 1e3) / 1e3;
const wrap = (lng: number) => ((((lng + 180) % 360) + 360) % 360) - 180;

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
 * in the sea: Croatia, Chile, Indonesia), ranked by that part's area. Shown from zoom 1 (the
 * largest) to 4 (the smallest), the map's collision test choosing among them.
 */
function countryPlace(
	name: string,
	geometry: Polygon | MultiPolygon
): Feature<Point, PlaceProps> | null {
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
	const rank = Math.round(bestArea * 10) / 10;
	const min_zoom = rank >= 400 ? 1 : rank >= 40 ? 2 : rank >= 4 ? 3 : 4;
	return {
		type: 'Feature',
		properties: { kind: 'country', name, min_zoom, rank },
		geometry: { type: 'Point', coordinates: [round(wrap(lng)), round(lat)] }
	};
}

/** Country labels for a countries layer whose features carry a `name` property. */
export function countryPlaces(countries: FeatureCollection): Feature<Point, PlaceProps>[] {
	const out: Feature<Point, PlaceProps>[] = [];
	for (const f of countries.features) {
		const name = (f.properties as Props | null)?.name;
		const g = f.geometry;
		if (typeof name !== 'string' || !g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon'))
			continue;
		const label = countryPlace(name, g);
		if (label) out.push(label);
	}
	return out.sort((a, b) => b.properties.rank - a.properties.rank);
}

/**
 * First-level division names at mid zoom, at Natural Earth's own label point. Natural Earth's
 * `min_label` (the scale it names a division from, 2–11) decides the zoom: never before 5, where
 * the division lines start to read.
 */
export function regionPlaces(features: readonly Feature[]): Feature<Point, PlaceProps>[] {
	const out: Feature<Point, PlaceProps>[] = [];
	const seen = new Set<string>();
	for (const f of features) {
		const p = (f.properties ?? {}) as Props;
		const name = latinName([p.name_en, p.name, p.gn_name, p.woe_name, p.name_alt]);
		const lng = Number(p.longitude);
		const lat = Number(p.latitude);
		if (typeof name !== 'string' || !name || !Number.isFinite(lng) || !Number.isFinite(lat))
			continue;
		// A division Natural Earth splits in pieces carries the same label on each.
		const key = `${p.adm1_code ?? name}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const minLabel = Number(p.min_label);
		const min_zoom = Math.max(5, Math.min(7, Math.round(Number.isFinite(minLabel) ? minLabel : 7)));
		out.push({
			type: 'Feature',
			properties: { kind: 'region', name, min_zoom, rank: -min_zoom },
			geometry: { type: 'Point', coordinates: [round(lng), round(lat)] }
		});
	}
	return out;
}

/** Properties of a water name point. */
export interface WaterNameProps {
	kind: 'ocean' | 'sea' | 'lake';
	name: string;
	min_zoom: number;
	rank: number;
}

/** Feature codes named on the map: seas and their parts, lakes; not rivers, canals or dams. */
const WATER_CODES = new Set(['OCN', 'SEA', 'GULF', 'BAY', 'STRT', 'SD', 'CHN', 'LGN', 'LK']);

/** The first zoom a water name shows at, from our tables' importance (9: an ocean). */
function waterZoom(importance: number): number {
	const steps: Array<[number, number]> = [
		[9, 1],
		[8.5, 2],
		[8, 3],
		[7, 4],
		[6, 5],
		[5, 6],
		[4, 7]
	];
	return steps.find(([least]) => importance >= least)?.[1] ?? 8;
}

/**
 * Ocean, sea, gulf, strait and lake names from our curated tables (`geo/data/places-water.tsv`,
 * `places-seas.tsv`, `places-lakes.tsv`: `id kind featureCode country lat lng importance bbox
 * name aliases`), each name once. Rivers and canals are left out: a point would name a line
 * somewhere along it.
 */
export function waterNames(...tables: string[]): Feature<Point, WaterNameProps>[] {
	const out: Feature<Point, WaterNameProps>[] = [];
	const seen = new Set<string>();
	for (const line of tables.join('\n').split('\n')) {
		if (!line || line.startsWith('#') || line.startsWith('id\t')) continue;
		const [, , code = '', , lat, lng, importance, , name = ''] = line.split('\t');
		if (!WATER_CODES.has(code) || !name || seen.has(name)) continue;
		const [x, y] = [Number(lng), Number(lat)];
		if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
		seen.add(name);
		const weight = Number(importance) || 0;
		out.push({
			type: 'Feature',
			properties: {
				kind: code === 'OCN' ? 'ocean' : code === 'LK' ? 'lake' : 'sea',
				name,
				min_zoom: waterZoom(weight),
				rank: weight
			},
			geometry: { type: 'Point', coordinates: [x, y] }
		});
	}
	return out;
}
