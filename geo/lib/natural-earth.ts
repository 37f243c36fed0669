/**
 * Natural Earth 10m physical layers (naturalearthdata.com, public domain): which files, what each
 * feature class means in our kinds and GeoNames-style feature codes, how a feature's name is
 * read, and the distance from a point to a feature's geometry. Used by the optional
 * `--natural-earth DIR` import and by the test that checks our curated rows against the layers.
 */

import type { Feature, Geometry, Position } from 'geojson';
import type { BBox, LngLat, PlaceKind } from '../../src/lib/gazetteer/types';
import { antimeridianSafe } from './antimeridian';
import type { EntryDraft } from './draft';
import { FEATURE_CODES, NATURAL_EARTH_SOURCE } from './features';
import { bboxOfPositions, containsPoint, polygonsOf, representativePoint } from './geometry';
import { simplifyGeometry, simplifyLine, type SimplifyOptions } from './simplify';

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
function neDisplayName(raw: string): string {
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
function distanceKm([x1, y1]: LngLat, [x2, y2]: LngLat): number {
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
function positionsOf(g: Geometry | null | undefined): Position[] {
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

/** A loaded layer: which file it is and its features. */
export interface NeLayerFeatures {
	layer: NeLayer;
	features: Feature<Geometry | null, NeProps | null>[];
}

/** Short names of the layers in ids (`ne:lake:lake-victoria`). */
const ID_PART: Record<NeLayer, string> = {
	ne_10m_lakes: 'lake',
	ne_10m_rivers_lake_centerlines: 'river',
	ne_10m_geography_regions_polys: 'region',
	ne_10m_geography_regions_points: 'point',
	ne_10m_geography_regions_elevation_points: 'peak',
	ne_10m_geography_marine_polys: 'marine'
};

/** Outlines of imported features: ~1 km tolerance, 3 decimals (as admin-1 outlines). */
const OUTLINE: SimplifyOptions = { tolerance: 0.01, decimals: 3 };

/** Half-size of the box given to a point feature (a peak, a cape), in km. */
const POINT_RADIUS_KM = 5;

/** Parts of one named feature further apart than this (degrees, box to box) are separate places. */
const SAME_FEATURE_GAP = 1;

/** A curated row of the same name within this distance of a feature (km) is the same place. */
const CURATED_SAME_KM = 50;

export interface NeImport {
	drafts: EntryDraft[];
	/** Simplified polygons and lines of the drafts that have them, by id, for the areas artifact. */
	outlines: Record<string, Geometry>;
	/** Features left out as the same place as a curated row. */
	duplicates: number;
}

const slug = (name: string) =>
	name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/** Words that already say a lake's or river's kind ("Lago Argentino", "Rio Negro"). */
const LAKE_WORD =
	/\b(lake|lakes|lago|lac|loch|lough|reservoir|sea|pond|nuur|köl|kol|ozero|lagoon)\b/i;
const RIVER_WORD = /\b(river|rio|río|rivière|canal|creek|wadi|darya)\b/i;

/**
 * The name a feature is indexed under, with its kind word where Natural Earth leaves it out
 * (lakes "Erie" → "Lake Erie", rivers "Snake" → "Snake River"), and the bare name as an alias
 * (gated like curated aliases: a town of that name keeps it).
 */
function indexedNames(code: string, names: string[]): { name: string; aliases: string[] } {
	const [first = '', ...rest] = names;
	if ((code === 'LK' || code === 'RSV' || code === 'LKSL') && !LAKE_WORD.test(first)) {
		return { name: `Lake ${first}`, aliases: [first, ...rest] };
	}
	if (code === 'STM' && !RIVER_WORD.test(first)) {
		return { name: `${first} River`, aliases: [first, ...rest] };
	}
	return { name: first, aliases: rest };
}

/** Merge geometries of one feature's parts. */
function mergeParts(parts: Geometry[]): Geometry {
	const polys = parts.flatMap((g) => polygonsOf(g));
	if (polys.length > 0) {
		return polys.length === 1
			? { type: 'Polygon', coordinates: polys[0] as Position[][] }
			: { type: 'MultiPolygon', coordinates: polys };
	}
	const lines = parts.flatMap((g) =>
		g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : []
	);
	if (lines.length > 0) return { type: 'MultiLineString', coordinates: lines };
	return parts[0] as Geometry;
}

/** A point on the feature: inside a polygon, the middle vertex of the longest line, the point. */
function pointOn(g: Geometry): LngLat | null {
	if (g.type === 'Point') return [g.coordinates[0] as number, g.coordinates[1] as number];
	if (g.type === 'Polygon' || g.type === 'MultiPolygon') return representativePoint(g);
	const lines =
		g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
	const longest = lines.reduce<Position[]>((a, b) => (b.length > a.length ? b : a), []);
	const mid = longest[longest.length >> 1];
	return mid ? [mid[0] as number, mid[1] as number] : null;
}

/** Simplified outline for the areas artifact (lines and polygons; points have none). */
function outlineOf(g: Geometry): Geometry | null {
	if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
		return simplifyGeometry(antimeridianSafe(g), OUTLINE);
	}
	if (g.type === 'MultiLineString' || g.type === 'LineString') {
		const lines = (g.type === 'LineString' ? [g.coordinates] : g.coordinates)
			.map((l) =>
				simplifyLine(l, OUTLINE.tolerance).map((p) => p.map((v) => Math.round(v * 1000) / 1000))
			)
			.filter((l) => l.length >= 2);
		return lines.length > 0 ? { type: 'MultiLineString', coordinates: lines } : null;
	}
	return null;
}

/** Static importance from Natural Earth's scalerank (0 most prominent … 10): 6 down to 3. */
const importanceOfRank = (rank: number | null | undefined) =>
	Math.max(3, Math.min(6, 6 - 0.3 * (typeof rank === 'number' && rank >= 0 ? rank : 10)));

/**
 * Gazetteer entries for Natural Earth's physical features, one per named feature (parts of one
 * river or island group under one name and near each other are one entry), except those our
 * curated tables already hold (same name, of the same kind, within 50 km or containing the
 * row's point). Ids `ne:<layer>:<name-slug>`, numbered `-2`, `-3`… west to east when a layer
 * has several features of one name.
 */
export function naturalEarthDrafts(layers: NeLayerFeatures[], curated: EntryDraft[]): NeImport {
	const curatedByKey = new Map<string, EntryDraft[]>();
	for (const d of curated) {
		for (const n of [d.name, ...d.aliases]) {
			const k = featureKey(n);
			if (k) curatedByKey.set(k, [...(curatedByKey.get(k) ?? []), d]);
		}
	}
	const drafts: EntryDraft[] = [];
	const outlines: Record<string, Geometry> = {};
	const usedIds = new Set<string>();
	let duplicates = 0;

	for (const { layer, features } of layers) {
		// Group the layer's named features by name and class.
		const groups = new Map<
			string,
			{ cls: NeClass; names: string[]; parts: Feature<Geometry, NeProps>[] }
		>();
		for (const f of features) {
			const props = f.properties ?? {};
			const cls = neClass(layer, props);
			const names = neNames(props);
			if (!cls || !f.geometry || names.length === 0) continue;
			const key = `${cls.featureCode}|${featureKey(names[0] as string) || slug(names[0] as string)}`;
			const g = groups.get(key) ?? { cls, names, parts: [] };
			g.parts.push(f as Feature<Geometry, NeProps>);
			groups.set(key, g);
		}
		for (const { cls, names, parts } of groups.values()) {
			// Cluster the parts: those whose boxes come within SAME_FEATURE_GAP are one feature.
			const clusters: { box: BBox; parts: Feature<Geometry, NeProps>[] }[] = [];
			for (const f of parts) {
				const box = bboxOfAny(f.geometry);
				if (!box) continue;
				const near = clusters.find((c) => boxesNear(c.box, box, SAME_FEATURE_GAP));
				if (near) {
					near.parts.push(f);
					near.box = unionBox(near.box, box);
				} else clusters.push({ box, parts: [f] });
			}
			clusters.sort((a, b) => a.box[0] - b.box[0] || a.box[1] - b.box[1]);
			for (const c of clusters) {
				const geometry = mergeParts(c.parts.map((f) => f.geometry));
				const point = pointOn(geometry);
				if (!point) continue;
				const keys = new Set(names.map(featureKey).filter(Boolean));
				const same = [...keys]
					.flatMap((k) => curatedByKey.get(k) ?? [])
					.some(
						(d) =>
							FEATURE_CODES[d.featureCode] === cls.kind &&
							(distanceKm([d.lng, d.lat], point) <= CURATED_SAME_KM ||
								distanceToGeometryKm([d.lng, d.lat], geometry) <= CURATED_SAME_KM / 5)
					);
				if (same) {
					duplicates++;
					continue;
				}
				const base = `ne:${ID_PART[layer]}:${slug(names[0] as string) || 'unnamed'}`;
				let id = base;
				for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
				usedIds.add(id);
				const isPoint = geometry.type === 'Point';
				const box = isPoint ? radiusBox(point, POINT_RADIUS_KM) : (bboxOfAny(geometry) as BBox);
				const rank = Math.min(...c.parts.map((f) => f.properties?.scalerank ?? 10));
				const { name, aliases } = indexedNames(cls.featureCode, names);
				drafts.push({
					id,
					name,
					aliases,
					alternates: [],
					kind: cls.kind,
					featureCode: cls.featureCode,
					countryCode: '',
					admin1: '',
					population: 0,
					importance: importanceOfRank(rank),
					lng: point[0],
					lat: point[1],
					bbox: box,
					source: NATURAL_EARTH_SOURCE
				});
				const outline = isPoint ? null : outlineOf(geometry);
				if (outline) outlines[id] = outline;
			}
		}
	}
	return { drafts, outlines, duplicates };
}

function boxesNear(a: BBox, b: BBox, gap: number): boolean {
	return a[0] - gap <= b[2] && b[0] - gap <= a[2] && a[1] - gap <= b[3] && b[1] - gap <= a[3];
}

function unionBox(a: BBox, b: BBox): BBox {
	return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

function radiusBox([lng, lat]: LngLat, km: number): BBox {
	const dLat = km / KM_PER_DEGREE;
	const dLng = km / (KM_PER_DEGREE * Math.max(Math.cos((lat * Math.PI) / 180), 0.01));
	const r = (v: number) => Math.round(v * 1e4) / 1e4;
	return [r(lng - dLng), r(lat - dLat), r(lng + dLng), r(lat + dLat)];
}
