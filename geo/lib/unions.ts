/**
 * Regions that are unions of whole first-level divisions or countries (geo/data/region-unions.tsv):
 * each is placed by its members, and outlined in the areas artifact by their polygons dissolved.
 * A row whose id is already a curated place (New England, Scandinavia) lends that place its
 * members' box and outline; other rows become regions of their own.
 */

import type { BBox, LngLat } from '../../src/lib/gazetteer/types';
import { list, rows } from './curated';
import { countSkip, type EntryDraft, type SkipCounts } from './draft';

export interface UnionRow {
	id: string;
	name: string;
	aliases: string[];
	/** Gazetteer ids of the members: `admin1:CC.code` or `country:CC`. */
	members: string[];
	/** For a new region; null when the row outlines an existing curated place. */
	importance: number | null;
}

/** Public ids a union row may carry: Wikidata, GeoNames or an English Wikipedia title. */
const UNION_ID = /^(wd:Q\d+|gn:\d+|enwiki:[A-Za-z0-9._-]{1,48})$/;
const MEMBER = /^[A-Z]{2}(\.[A-Za-z0-9]+)?$/;

const memberId = (code: string) => (code.includes('.') ? `admin1:${code}` : `country:${code}`);

/** Parse the table; malformed rows are skipped and counted under `source`. */
export function parseUnions(text: string, source: string, skipped: SkipCounts): UnionRow[] {
	const out: UnionRow[] = [];
	for (const [id = '', name = '', aliases, members = '', importance = ''] of rows(text)) {
		const codes = members.split(',').map((m) => m.trim());
		const imp = importance.trim() === '' ? null : Number(importance);
		const ok =
			UNION_ID.test(id) &&
			name.trim() !== '' &&
			codes.length >= 2 &&
			codes.every((c) => MEMBER.test(c)) &&
			(imp === null || Number.isFinite(imp));
		if (!ok) {
			countSkip(skipped, source);
			continue;
		}
		out.push({
			id,
			name: name.trim(),
			aliases: list(aliases),
			members: codes.map(memberId),
			importance: imp
		});
	}
	return out;
}

function unionBBox(boxes: BBox[]): BBox {
	// Members crossing the antimeridian (Russia's, Fiji's) are not in the table; a plain union.
	return [
		Math.min(...boxes.map((b) => b[0])),
		Math.min(...boxes.map((b) => b[1])),
		Math.max(...boxes.map((b) => b[2])),
		Math.max(...boxes.map((b) => b[3]))
	];
}

/**
 * A central point of the union: the members' points weighted by the area of their boxes (a
 * large member pulls the point more than a small one), kept only when it falls in a member's
 * box; otherwise the largest member's point.
 */
function centralPoint(parts: { lng: number; lat: number; bbox: BBox }[]): LngLat {
	const area = (b: BBox) => Math.max(b[2] - b[0], 0.01) * Math.max(b[3] - b[1], 0.01);
	let sum = 0;
	let lng = 0;
	let lat = 0;
	for (const p of parts) {
		const w = area(p.bbox);
		sum += w;
		lng += p.lng * w;
		lat += p.lat * w;
	}
	const point: LngLat = [lng / sum, lat / sum];
	const inside = parts.some(
		({ bbox: [w, s, e, n] }) => point[0] >= w && point[0] <= e && point[1] >= s && point[1] <= n
	);
	if (inside) return point;
	const largest = parts.reduce((a, b) => (area(b.bbox) > area(a.bbox) ? b : a));
	return [largest.lng, largest.lat];
}

/**
 * Apply the unions to the drafts (in place for existing places; new regions appended). Returns
 * the ids placed by their members, with the member ids, for the areas artifact. A row with a
 * member the gazetteer lacks, or without a box, is skipped and counted.
 */
export function applyUnions(
	drafts: EntryDraft[],
	unions: UnionRow[],
	source: string,
	skipped: SkipCounts
): Map<string, string[]> {
	const byId = new Map(drafts.map((d) => [d.id, d]));
	const placed = new Map<string, string[]>();
	for (const u of unions) {
		const members = u.members.map((id) => byId.get(id));
		if (members.some((m) => !m || !m.bbox)) {
			countSkip(skipped, source);
			continue;
		}
		const parts = members as (EntryDraft & { bbox: BBox })[];
		const bbox = unionBBox(parts.map((m) => m.bbox));
		const existing = byId.get(u.id);
		if (existing) {
			// Its hand-set box stays (the geoparser's checks were measured with it).
			existing.aliases = [...new Set([...existing.aliases, ...u.aliases])];
		} else {
			const countries = new Set(parts.map((m) => m.countryCode));
			const [lng, lat] = centralPoint(parts);
			drafts.push({
				id: u.id,
				name: u.name,
				aliases: u.aliases,
				alternates: [],
				kind: 'region',
				featureCode: 'RGN',
				countryCode: countries.size === 1 ? (parts[0]?.countryCode ?? '') : '',
				admin1: '',
				population: parts.reduce((sum, m) => sum + m.population, 0),
				importance: u.importance ?? 6,
				lng,
				lat,
				bbox,
				source: 'region-unions'
			});
		}
		placed.set(u.id, u.members);
	}
	return placed;
}
