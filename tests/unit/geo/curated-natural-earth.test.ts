/**
 * Checks the coordinates of our curated rows against Natural Earth's 10m physical layers, when a
 * copy is at ../shared/natural-earth (or NATURAL_EARTH_DIR): each row is matched by name to the
 * features of the layers of its kind whose box is near the row's, and its point must lie on that
 * feature (in a polygon, on a line, by a peak) within a tolerance. Only checks: nothing is taken
 * from the layers. Skipped when the folder is absent.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseCuratedPlaces } from '../../../geo/lib/curated';
import {
	bboxOfAny,
	distanceToGeometryKm,
	featureKey,
	nearestIsLineEnd,
	neClass,
	neNames,
	type NeLayer,
	type NeProps
} from '../../../geo/lib/natural-earth';
import { DATA_DIR, ROOT } from '../../../geo/scripts/paths';
import type { BBox, LngLat } from '../../../src/lib/gazetteer/types';

/** The repository's ../shared (a worktree one level deeper: ../../shared), or NATURAL_EARTH_DIR. */
const NE_DIR = [
	process.env.NATURAL_EARTH_DIR ?? '',
	join(ROOT, '../shared/natural-earth'),
	join(ROOT, '../../shared/natural-earth')
].find((d) => d !== '' && existsSync(join(d, 'ne_10m_lakes.json')));
const present = NE_DIR !== undefined;

/** Layers a row of each feature code is compared with, and how far off its point may be (km). */
const LAKES: [NeLayer, number][] = [['ne_10m_lakes', 8]];
const RIVERS: [NeLayer, number][] = [['ne_10m_rivers_lake_centerlines', 8]];
const MARINE: [NeLayer, number][] = [['ne_10m_geography_marine_polys', 20]];
const PEAKS: [NeLayer, number][] = [['ne_10m_geography_regions_elevation_points', 20]];
const LAND: [NeLayer, number][] = [
	['ne_10m_geography_regions_polys', 20],
	['ne_10m_geography_regions_points', 20]
];
const LAYERS_BY_CODE: Record<string, [NeLayer, number][]> = {
	LK: LAKES,
	LKS: LAKES,
	LKSL: LAKES,
	RSV: LAKES,
	LGN: [...LAKES, ...MARINE],
	STM: RIVERS,
	OCN: MARINE,
	SEA: MARINE,
	GULF: MARINE,
	BAY: MARINE,
	STRT: MARINE,
	CHN: MARINE,
	SD: MARINE,
	FJD: MARINE,
	ESTY: MARINE,
	MT: PEAKS,
	VLC: PEAKS,
	CAPE: LAND,
	FLLS: LAND,
	ISL: LAND,
	ISLS: LAND,
	ATOL: LAND,
	MTS: LAND,
	PEN: LAND,
	DSRT: LAND,
	VAL: LAND,
	PLAT: LAND,
	DLTA: LAND,
	PLN: LAND,
	BSN: LAND,
	ISTH: LAND,
	GLCR: LAND
};

/**
 * Natural Earth features that do not outline what they name (seen by this test, checked by
 * hand): left out of the comparison. "Lago di Como" in ne_10m_lakes is the polygon of Lago
 * Maggiore (8.5–8.9 E; Lake Como lies at 9.1–9.4 E).
 */
const NE_MISLABELLED = new Set([
	'ne_10m_lakes:Lago di Como',
	// Label slivers, not the water body: "Luzon Strait" 0.1° long at 22.0 N 120.9 E (the strait
	// spans 19–22 N between Luzon and Taiwan); "Korea Strait" on the coast at 35.8 N 129.5 E
	// (north of Busan, which is the strait's northern shore at 35.1 N); "Scotia Sea" a 1° strip at
	// 61 S 55 W (the sea spans 54–61 S, 25–60 W).
	'ne_10m_geography_marine_polys:Luzon Strait',
	'ne_10m_geography_marine_polys:Korea Strait',
	'ne_10m_geography_marine_polys:Scotia Sea',
	// Polygons that leave out the middle of the passage: our points (Drake Passage 60.5 S 64 W,
	// midway between Cape Horn and the South Shetlands; Yucatán Channel 21.75 N 86.3 W, between
	// Cabo Catoche and Cabo San Antonio) lie inside their boxes but 65–315 km from their edges.
	'ne_10m_geography_marine_polys:Drake Passage',
	'ne_10m_geography_marine_polys:Yucatan Channel',
	// Parts named for the whole: "Lofoten", a 0.1° polygon on Moskenesøya (the chain runs 150 km
	// north-east to Austvågøy); "Lesser Antilles", only the Virgin Islands and the Leeward
	// Antilles (64–70 W), not the arc from Anguilla to Grenada (60–63 W).
	'ne_10m_geography_regions_polys:Lofoten',
	'ne_10m_geography_regions_polys:Lesser Antilles',
	// "LINE ISLANDS", a label area over the southern group (Flint, Vostok, Caroline: 9–13 S); the
	// chain runs 2,300 km north to Kiribati's Kiritimati (2 N), where our point is.
	'ne_10m_geography_regions_polys:Line Islands',
	// "La Perouse Strait", slivers along the coasts of Cape Soya and Cape Crillon: the strait's
	// middle, between the two capes (45.7 N 142.0 E), lies more than 20 km from either.
	'ne_10m_geography_marine_polys:La Perouse Strait',
	// Slivers: "Simpson Desert" a 0.04° strip at 135.8 E (the desert spans 135.5–138.5 E, 23.5–
	// 27 S); "Nile Delta" a strip along the coast at 31.45–31.6 N (the delta reaches Cairo, 30 N).
	'ne_10m_geography_regions_polys:Simpson Desert',
	'ne_10m_geography_regions_polys:Nile Delta',
	// Points off their feature: "Salto Angel" at 62.06 W (Angel Falls is at 5.97 N 62.54 W, 50 km
	// west); "Iguazu Falls" at 54.58 W 25.57 S (the falls: 54.44 W 25.69 S); "Cape Palmas" at
	// 7.46 W (the cape is at Harper, 7.72 W).
	'ne_10m_geography_regions_points:Salto Angel',
	'ne_10m_geography_regions_points:Iguazu Falls',
	'ne_10m_geography_regions_points:Cape Palmas'
]);

/**
 * Which Natural Earth classes (as our feature codes, see `neClass`) a land row may be compared
 * with: a peninsula is not its cape ("Cape York Peninsula" and the cape at its tip), a valley not
 * the plateau of the same name. Codes not listed compare with their own code only.
 */
const COMPATIBLE: Record<string, readonly string[]> = {
	CAPE: ['CAPE', 'PEN'],
	ISL: ['ISL', 'ISLS'],
	ISLS: ['ISL', 'ISLS'],
	ATOL: ['ISL', 'ISLS'],
	PLN: ['PLN', 'LWLD'],
	BSN: ['BSN', 'DPR']
};
const LAND_LAYERS = new Set<NeLayer>([
	'ne_10m_geography_regions_polys',
	'ne_10m_geography_regions_points'
]);

/**
 * The geography-regions polygons are label areas, not outlines: a band along a range's crest, a
 * strip along an island group, one piece of a large island ("Victoria Island" covers only its
 * south, 68.4–69.2 N). A point on the feature may lie outside such a polygon, so against this
 * layer the point must lie in the feature's box grown by half a degree (ranges and islands are
 * checked for place, not for shape).
 */
const LABEL_AREAS: NeLayer = 'ne_10m_geography_regions_polys';
const LABEL_SLACK = 0.5;

const inBox = ([x, y]: LngLat, [w, s, e, n]: BBox, d: number) =>
	y >= s - d && y <= n + d && (w <= e ? x >= w - d && x <= e + d : x >= w - d || x <= e + d);

interface NeFeature {
	/** Our feature code for its class (`neClass`), '' when not one we import. */
	code: string;
	names: string[];
	keys: Set<string>;
	box: BBox | null;
	geometry: Geometry;
}

function loadLayer(layer: NeLayer): NeFeature[] {
	const fc = JSON.parse(
		readFileSync(join(NE_DIR as string, `${layer}.json`), 'utf8')
	) as FeatureCollection<Geometry, NeProps>;
	return fc.features.flatMap((f) => {
		const names = neNames(f.properties ?? {});
		if (NE_MISLABELLED.has(`${layer}:${names[0]}`)) return [];
		return [
			{
				code: neClass(layer, f.properties ?? {})?.featureCode ?? '',
				names,
				keys: new Set(names.map(featureKey).filter(Boolean)),
				box: bboxOfAny(f.geometry),
				geometry: f.geometry
			}
		];
	});
}

/** Boxes overlap, each grown by `slack` degrees (boxes crossing the antimeridian: assumed to). */
function near(a: BBox, b: BBox, slack: number): boolean {
	if (a[0] > a[2] || b[0] > b[2]) return a[1] - slack <= b[3] && b[1] - slack <= a[3];
	return (
		a[0] - slack <= b[2] && b[0] - slack <= a[2] && a[1] - slack <= b[3] && b[1] - slack <= a[3]
	);
}

const rows = readdirSync(DATA_DIR)
	.filter((f) => /^places-.*\.tsv$/.test(f))
	.flatMap((f) => parseCuratedPlaces(readFileSync(join(DATA_DIR, f), 'utf8'), f, {}));

describe.skipIf(!present)('curated rows against Natural Earth 10m physical layers', () => {
	it('every row found in a layer has its point on the feature', () => {
		const layers = new Map<NeLayer, NeFeature[]>();
		const layer = (l: NeLayer) => {
			if (!layers.has(l)) layers.set(l, loadLayer(l));
			return layers.get(l) as NeFeature[];
		};
		const off: string[] = [];
		let matched = 0;
		let checkable = 0;
		for (const row of rows) {
			const candidates = LAYERS_BY_CODE[row.featureCode];
			if (!candidates) continue;
			checkable++;
			const keys = new Set([row.name, ...row.aliases].map(featureKey).filter(Boolean));
			const point: LngLat = [row.lng, row.lat];
			const box: BBox = row.bbox ?? [row.lng, row.lat, row.lng, row.lat];
			let best: { km: number; tolerance: number; name: string } | null = null;
			for (const [l, tolerance] of candidates) {
				for (const f of layer(l)) {
					if (!f.box || ![...f.keys].some((k) => keys.has(k)) || !near(box, f.box, 1)) continue;
					const codes = COMPATIBLE[row.featureCode] ?? [row.featureCode];
					if (LAND_LAYERS.has(l) && !codes.includes(f.code)) continue;
					const km =
						l === LABEL_AREAS && inBox(point, f.box, LABEL_SLACK)
							? 0
							: distanceToGeometryKm(point, f.geometry);
					// A river Natural Earth draws only in part (or in stretches named apart: "Huang" and
					// "Huang|Yellow") says nothing of a point beyond that part or far from that stretch.
					const line = l === 'ne_10m_rivers_lake_centerlines';
					if (line && km > tolerance && (km > 100 || nearestIsLineEnd(point, f.geometry))) continue;
					if (!best || km - tolerance < best.km - best.tolerance) {
						best = { km, tolerance, name: f.names[0] ?? '' };
					}
				}
			}
			if (!best) continue;
			matched++;
			if (best.km > best.tolerance) {
				off.push(`${row.id} ${row.name}: ${best.km.toFixed(1)} km from NE "${best.name}"`);
			}
		}
		console.log(`Natural Earth check: ${matched} of ${checkable} rows matched a feature`);
		expect(off).toEqual([]);
		expect(matched).toBeGreaterThan(0);
	});
});
