/**
 * Our own small tables in geo/data/ (tab-separated, `#` comments, a header line).
 * Places: every row carries a public id (`wd:Q…` Wikidata, `gn:…` GeoNames or `ourairports:…`
 * OurAirports), a kind, a country and checked coordinates; a malformed row is skipped and counted,
 * never fatal.
 */

import { KINDS } from '../../src/lib/gazetteer/format';
import type { BBox, PlaceKind } from '../../src/lib/gazetteer/types';
import { countSkip, type EntryDraft, type SkipCounts } from './draft';

/**
 * Ids a curated row may carry: public ids only (`enwiki:` is an English Wikipedia title, spaces
 * as underscores, for rows whose Wikidata item could not be checked), plus the two provisional
 * `curated:` ids still awaiting a verified public id (geo/README.md, "Curated tables").
 */
export const CURATED_ID =
	/^(wd:Q\d+|gn:\d+|ourairports:\d+|enwiki:[^\s_#|\][{}<>][^\s#|\][{}<>]*|curated:[a-z0-9-]+)$/;

/** Kilometres per degree of latitude. */
const KM_PER_DEGREE = 111.32;

// A places table's columns, in order: id, kind, featureCode, country, lat, lng, importance,
// bbox, name, aliases.

export function rows(text: string): string[][] {
	return text
		.split('\n')
		.map((l) => l.replace(/\r$/, ''))
		.filter((l) => l.trim() !== '' && !l.startsWith('#'))
		.slice(1) // header
		.map((l) => l.split('\t'));
}

export const list = (cell: string | undefined) =>
	(cell ?? '')
		.split('|')
		.map((s) => s.trim())
		.filter(Boolean);

/**
 * A bbox cell: `west,south,east,north`, or `r:KM`, a radius round the row's point for features
 * small or round enough that a box written by hand would add nothing (a peak, a crater lake).
 */
function parseBBox(cell: string, lat: number, lng: number): BBox | null | undefined {
	if (cell.trim() === '') return null;
	const radius = /^r:(\d+(?:\.\d+)?)$/.exec(cell.trim());
	if (radius) return radiusBox(lat, lng, Number(radius[1]));
	const v = cell.split(',').map(Number);
	if (v.length !== 4 || v.some((x) => !Number.isFinite(x))) return undefined;
	const [w = 0, s = 0, e = 0, n = 0] = v;
	if (s > n || Math.abs(s) > 90 || Math.abs(n) > 90 || Math.abs(w) > 180 || Math.abs(e) > 180) {
		return undefined;
	}
	return [w, s, e, n];
}

/** The box `km` round a point, clipped to the poles, rounded to 1e-4 degree. */
function radiusBox(lat: number, lng: number, km: number): BBox | undefined {
	if (!Number.isFinite(lat) || !Number.isFinite(lng) || km <= 0) return undefined;
	const dLat = km / KM_PER_DEGREE;
	const dLng = Math.min(
		km / (KM_PER_DEGREE * Math.max(Math.cos((lat * Math.PI) / 180), 0.01)),
		180
	);
	const r = (v: number) => Math.round(v * 1e4) / 1e4;
	const wrap = (v: number) => (v > 180 ? v - 360 : v < -180 ? v + 360 : v);
	return [
		r(wrap(lng - dLng)),
		r(Math.max(lat - dLat, -90)),
		r(wrap(lng + dLng)),
		r(Math.min(lat + dLat, 90))
	];
}

/**
 * The country cell: one ISO alpha-2 code, several separated by commas (a lake shared by three
 * countries), or empty. The entry carries the code when there is one and '' when several.
 */
const COUNTRIES = /^([A-Z]{2}(,[A-Z]{2})*)?$/;

/** Parse a curated places table; `source` names it in the report. */
export function parseCuratedPlaces(
	text: string,
	source: string,
	skipped: SkipCounts
): EntryDraft[] {
	const out: EntryDraft[] = [];
	for (const c of rows(text)) {
		const [id = '', kind = '', featureCode = '', country = '', lat = '', lng = '', imp = ''] = c;
		const name = (c[8] ?? '').trim();
		const y = Number(lat);
		const x = Number(lng);
		const bbox = parseBBox(c[7] ?? '', y, x);
		const importance = Number(imp);
		const valid =
			c.length >= 9 &&
			CURATED_ID.test(id) &&
			KINDS.includes(kind as PlaceKind) &&
			COUNTRIES.test(country) &&
			lat !== '' &&
			lng !== '' &&
			Math.abs(y) <= 90 &&
			Math.abs(x) <= 180 &&
			Number.isFinite(importance) &&
			bbox !== undefined &&
			name !== '';
		if (!valid) {
			countSkip(skipped, source);
			continue;
		}
		const aliases = list(c[9]);
		const standAlone = aliases.filter((a) => a.startsWith('!')).map((a) => a.slice(1).trim());
		out.push({
			id,
			name,
			aliases: aliases.map((a) => (a.startsWith('!') ? a.slice(1).trim() : a)),
			...(standAlone.length > 0 ? { standAlone } : {}),
			alternates: [],
			kind: kind as PlaceKind,
			featureCode,
			countryCode: country.includes(',') ? '' : country,
			admin1: '',
			population: 0,
			importance,
			lng: x,
			lat: y,
			bbox: bbox ?? null,
			source: 'curated'
		});
	}
	return out;
}

/** Parse a `key <tab> a|b|c [<tab> d|e]` table into maps from key to each list column. */
export function parseKeyedLists(text: string, columns: number): Map<string, string[]>[] {
	const maps = Array.from({ length: columns }, () => new Map<string, string[]>());
	for (const c of rows(text)) {
		const key = (c[0] ?? '').trim();
		if (!key) continue;
		maps.forEach((m, k) => m.set(key, [...(m.get(key) ?? []), ...list(c[k + 1])]));
	}
	return maps;
}
