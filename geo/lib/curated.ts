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
 * Ids a curated row may carry: public ids only, plus the two provisional `curated:` ids still
 * awaiting a verified public id (geo/README.md, "Curated tables").
 */
export const CURATED_ID = /^(wd:Q\d+|gn:\d+|ourairports:\d+|curated:[a-z0-9-]+)$/;

/** Column order of a places table. */
export const PLACE_COLUMNS = [
	'id',
	'kind',
	'featureCode',
	'country',
	'lat',
	'lng',
	'importance',
	'bbox',
	'name',
	'aliases'
] as const;

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

function parseBBox(cell: string): BBox | null | undefined {
	if (cell.trim() === '') return null;
	const v = cell.split(',').map(Number);
	if (v.length !== 4 || v.some((x) => !Number.isFinite(x))) return undefined;
	const [w = 0, s = 0, e = 0, n = 0] = v;
	if (s > n || Math.abs(s) > 90 || Math.abs(n) > 90 || Math.abs(w) > 180 || Math.abs(e) > 180) {
		return undefined;
	}
	return [w, s, e, n];
}

/** Parse a curated places table; `source` names it in the report. */
export function parseCuratedPlaces(
	text: string,
	source: string,
	skipped: SkipCounts
): EntryDraft[] {
	const out: EntryDraft[] = [];
	for (const c of rows(text)) {
		const [id = '', kind = '', featureCode = '', country = '', lat = '', lng = '', imp = ''] = c;
		const bbox = parseBBox(c[7] ?? '');
		const name = (c[8] ?? '').trim();
		const y = Number(lat);
		const x = Number(lng);
		const importance = Number(imp);
		const valid =
			c.length >= 9 &&
			CURATED_ID.test(id) &&
			KINDS.includes(kind as PlaceKind) &&
			/^([A-Z]{2})?$/.test(country) &&
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
		out.push({
			id,
			name,
			aliases: list(c[9]),
			alternates: [],
			kind: kind as PlaceKind,
			featureCode,
			countryCode: country,
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
