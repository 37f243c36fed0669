/**
 * Natural Earth 10m physical layers (naturalearthdata.com, public domain): which files, what each
 * feature class means in our kinds and GeoNames-style feature codes, how a feature's name is
 * read, and the distance from a point to a feature's geometry. Used by the optional
 * `--natural-earth DIR` import and by the test that checks our curated rows against the layers.
 */

import type { Geometry, Position } from 'geojson';
import type { LngLat, PlaceKind } from '../../src/lib/gazetteer/types';
import type { BBox } from '../../src/lib/gazetteer/types';
import { bboxOfPositions, containsPoint } from './geometry';

/** The six layers, by the file stem Natural Earth ships them under (`.json` or `.geojson`). */
export const NE_LAYERS = [
	'ne_10m_lakes',
	'ne_10m_rivers_lake_centerlines',
	'ne_10m_geography_regions_polys',
	'ne_10m_geography_regions_points',
	'ne_10m_geography_regions_elevation_points',
	'ne_10m_geography_marine_polys'
] as const;
export type NeLayer = (typeof NE_LAYERS)[number];

/** The properties of Natural Earth's physical layers that we read (names as in the files). */
export interface NeProps {
	featurecla?: string | null;
	name?: string | null;
	name_en?: string | null;
	name_alt?: string | null;
	namealt?: string | null;
	name_abb?: string | null;
	scalerank?: number | null;
	elevation?: number | null;
	region?: string | null;
}

export interface NeClass {
	kind: PlaceKind;
	featureCode: string;
}

/** Feature class (lower case) → kind and feature code; classes not listed are not imported. */
const CLASSES: Record<string, NeClass> = {
	lake: { kind: 'water', featureCode: 'LK' },
	reservoir: { kind: 'water', featureCode: 'RSV' },
	'alkaline lake': { kind: 'water', featureCode: 'LKSL' },
	river: { kind: 'water', featureCode: 'STM' },
	ocean: { kind: 'water', featureCode: 'OCN' },
	sea: { kind: 'water', featureCode: 'SEA' },
	bay: { kind: 'water', featureCode: 'BAY' },
	gulf: { kind: 'water', featureCode: 'GULF' },
	strait: { kind: 'water', featureCode: 'STRT' },
	channel: { kind: 'water', featureCode: 'CHN' },
	sound: { kind: 'water', featureCode: 'SD' },
	fjord: { kind: 'water', featureCode: 'FJD' },
	lagoon: { kind: 'water', featureCode: 'LGN' },
	inlet: { kind: 'water', featureCode: 'INLT' },
	reef: { kind: 'region', featureCode: 'RF' },
	island: { kind: 'region', featureCode: 'ISL' },
	'island group': { kind: 'region', featureCode: 'ISLS' },
	'range/mtn': { kind: 'region', featureCode: 'MTS' },
	'pen/cape': { kind: 'region', featureCode: 'PEN' },
	peninsula: { kind: 'region', featureCode: 'PEN' },
	isthmus: { kind: 'region', featureCode: 'ISTH' },
	desert: { kind: 'region', featureCode: 'DSRT' },
	plateau: { kind: 'region', featureCode: 'PLAT' },
	plain: { kind: 'region', featureCode: 'PLN' },
	lowland: { kind: 'region', featureCode: 'LWLD' },
	basin: { kind: 'region', featureCode: 'BSN' },
	valley: { kind: 'region', featureCode: 'VAL' },
	gorge: { kind: 'region', featureCode: 'GRGE' },
	delta: { kind: 'region', featureCode: 'DLTA' },
	wetlands: { kind: 'region', featureCode: 'WTLD' },
	depression: { kind: 'region', featureCode: 'DPR' },
	tundra: { kind: 'region', featureCode: 'TUND' },
	foothills: { kind: 'region', featureCode: 'HLLS' },
	coast: { kind: 'region', featureCode: 'CST' },
	geoarea: { kind: 'region', featureCode: 'RGN' },
	mountain: { kind: 'landmark', featureCode: 'MT' },
	cape: { kind: 'landmark', featureCode: 'CAPE' },
	waterfall: { kind: 'landmark', featureCode: 'FLLS' },
	pass: { kind: 'landmark', featureCode: 'PASS' }
};

/**
 * Kind and feature code of a feature of a layer, or null when it is not imported (spot
 * elevations, poles, continents, lake centre-lines: what they name is the lake itself).
 */
export function neClass(layer: NeLayer, props: NeProps): NeClass | null {
	const cla = (props.featurecla ?? '').trim().toLowerCase();
	if (layer === 'ne_10m_rivers_lake_centerlines') return cla === 'river' ? CLASSES.river! : null;
	if (layer === 'ne_10m_geography_regions_points' && cla === 'island group') {
		return { kind: 'region', featureCode: 'ISLS' };
	}
	return CLASSES[cla] ?? null;
}

/** Natural Earth writes many names in capitals ("ARCTIC OCEAN"); this is the display form. */
export function neDisplayName(raw: string): string {
	if (raw !== raw.toUpperCase()) return raw.trim();
	const small = new Set(['of', 'de', 'la', 'del', 'the', 'and', 'da', 'do', 'des', 'du']);
	return raw
		.trim()
		.toLowerCase()
		.split(/(\s+|-)/)
		.map((w, i) => (i > 0 && small.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
		.join('');
}

/** The names a feature is known by: `name`, `name_en`, `name_alt`/`namealt` (split on `|`, `/`). */
export function neNames(props: NeProps): string[] {
	const out: string[] = [];
	for (const v of [props.name, props.name_en, props.name_alt, props.namealt]) {
		if (typeof v !== 'string') continue;
		for (const part of v.split(/[|/]/)) {
			const n = neDisplayName(part);
			if (n && !out.includes(n)) out.push(n);
		}
	}
	return out;
}

/** Words naming a feature's kind, dropped when comparing names ("Lake Chad" ~ "Chad"). */
const KIND_WORDS = new Set(
	`lake lakes lago lac loch lough river rio mount mt mountains mountain range ranges sea gulf
bay strait straits channel island islands isla isle isles peninsula cape desert valley plateau
delta ocean sound of the reservoir`.split(/\s+/)
);

/** A comparison key: folded, lower case, without kind words ("Mt. Etna" → "etna"). */
export function featureKey(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.split(' ')
		.filter((w) => w && !KIND_WORDS.has(w))
		.join(' ');
}

const KM_PER_DEGREE = 111.32;

/** Distance in km between two points (equirectangular at their mean latitude: fine under 1,000 km). */
export function distanceKm([x1, y1]: LngLat, [x2, y2]: LngLat): number {
	let dx = Math.abs(x1 - x2);
	if (dx > 180) dx = 360 - dx;
	const k = Math.cos((((y1 + y2) / 2) * Math.PI) / 180);
	return Math.hypot(dx * k, y1 - y2) * KM_PER_DEGREE;
}

/** Distance in km from a point to a segment (planar, scaled at the point's latitude). */
function segmentKm(p: LngLat, a: Position, b: Position): number {
	const k = Math.cos((p[1] * Math.PI) / 180);
	const ax = ((a[0] as number) - p[0]) * k;
	const ay = (a[1] as number) - p[1];
	const bx = ((b[0] as number) - p[0]) * k;
	const by = (b[1] as number) - p[1];
	const dx = bx - ax;
	const dy = by - ay;
	const len = dx * dx + dy * dy;
	const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
	return Math.hypot(ax + t * dx, ay + t * dy) * KM_PER_DEGREE;
}

function linesOf(g: Geometry): Position[][] {
	switch (g.type) {
		case 'LineString':
			return [g.coordinates];
		case 'MultiLineString':
			return g.coordinates;
		case 'Polygon':
			return g.coordinates;
		case 'MultiPolygon':
			return g.coordinates.flat();
		case 'GeometryCollection':
			return g.geometries.flatMap(linesOf);
		default:
			return [];
	}
}

/**
 * Whether the point nearest to `p` on a line geometry is one of the lines' ends: the point lies
 * beyond the stretch the geometry draws (Natural Earth draws some rivers only in part).
 */
export function nearestIsLineEnd(p: LngLat, g: Geometry): boolean {
	const lines =
		g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
	if (lines.length === 0) return false;
	const ends = lines.flatMap((l) => [l[0], l[l.length - 1]]).filter((e): e is Position => !!e);
	const toEnd = Math.min(...ends.map((e) => distanceKm(p, e as LngLat)));
	return toEnd - distanceToGeometryKm(p, g) < 0.5;
}

/**
 * Distance in km from a point to a geometry: 0 inside a polygon, else to the nearest edge, line
 * or point.
 */
export function distanceToGeometryKm(p: LngLat, g: Geometry | null | undefined): number {
	if (!g) return Infinity;
	if (g.type === 'Point') return distanceKm(p, g.coordinates as LngLat);
	if (g.type === 'MultiPoint') {
		return Math.min(...g.coordinates.map((c) => distanceKm(p, c as LngLat)));
	}
	if ((g.type === 'Polygon' || g.type === 'MultiPolygon') && containsPoint(g, p)) return 0;
	let best = Infinity;
	for (const line of linesOf(g)) {
		for (let i = 1; i < line.length; i++) {
			best = Math.min(best, segmentKm(p, line[i - 1] as Position, line[i] as Position));
		}
		if (line.length === 1) best = Math.min(best, distanceKm(p, line[0] as LngLat));
	}
	return best;
}

/** Every position of a geometry (all rings, lines and points). */
export function positionsOf(g: Geometry | null | undefined): Position[] {
	if (!g) return [];
	switch (g.type) {
		case 'Point':
			return [g.coordinates];
		case 'MultiPoint':
		case 'LineString':
			return g.coordinates;
		case 'MultiLineString':
		case 'Polygon':
			return g.coordinates.flat();
		case 'MultiPolygon':
			return g.coordinates.flat(2);
		case 'GeometryCollection':
			return g.geometries.flatMap(positionsOf);
	}
}

/** Bounding box of any geometry (west > east when it crosses the antimeridian). */
export function bboxOfAny(g: Geometry | null | undefined): BBox | null {
	return bboxOfPositions(positionsOf(g));
}
