/**
 * The artifact's entry order (kind, then importance descending, then id) and id order, over
 * drafts and GeoNames rows together without a string per row: a row's id `gn:<n>` sorts among
 * the others by a number that orders decimal strings as text.
 */

import { KINDS } from '../../src/lib/gazetteer/format';
import type { EntryDraft } from './draft';

/** Entries held as rows (a GeoNames store): ids `gn:<geonameid>`, none of them a draft's. */
export interface EntryRows {
	readonly length: number;
	isLive(i: number): boolean;
	geonameId(i: number): number;
	/** Position of the row's kind in KINDS. */
	kindIndex(i: number): number;
	importance(i: number): number;
	countryCode(i: number): string;
	source(i: number): string;
	draft(i: number): EntryDraft;
}

type Compare = (a: string, b: string) => number;

const POW10 = Array.from({ length: 11 }, (_, k) => 10 ** k);

/**
 * A number whose order is the text order of `n` written in decimal (n below 10^10): the digits
 * padded with zeros to ten, then the digit count (a prefix sorts first), ×16.
 */
function decimalKey(n: number): number {
	let digits = 1;
	while (digits < 10 && n >= (POW10[digits] as number)) digits++;
	return n * (POW10[10 - digits] as number) * 16 + digits;
}

function decimalOfKey(key: number): number {
	const digits = key % 16;
	return (key - digits) / 16 / (POW10[10 - digits] as number);
}

/** First index of `sorted` not below `v` (`upper`: not at or below). */
function bound(sorted: ArrayLike<number>, v: number, upper: boolean): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		const x = sorted[mid] as number;
		if (x < v || (upper && x === v)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Each entry's place in id order under `compare` (entries: the drafts, then the rows'
 * geonameids `gn:<n>`). Rows are compared to one another as numbers, to a draft as text.
 */
export function idRanks(
	draftIds: readonly string[],
	rowIds: Uint32Array,
	compare: Compare
): Uint32Array {
	const d = draftIds.length;
	const g = rowIds.length;
	const keys = Float64Array.from(rowIds, decimalKey);
	const sortedKeys = keys.slice().sort();
	const rowText = (k: number) => `gn:${decimalOfKey(sortedKeys[k] as number)}`;
	const draftOrder = Array.from(draftIds.keys()).sort((a, b) =>
		compare(draftIds[a] as string, draftIds[b] as string)
	);
	// Per draft in id order: how many rows sort before it.
	const before = new Uint32Array(d);
	draftOrder.forEach((j, pos) => {
		const id = draftIds[j] as string;
		let lo = 0;
		let hi = g;
		if (!id.startsWith('gn:')) lo = hi = compare(id, 'gn:') < 0 ? 0 : g;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (compare(rowText(mid), id) < 0) lo = mid + 1;
			else hi = mid;
		}
		before[pos] = lo;
	});
	const rank = new Uint32Array(d + g);
	draftOrder.forEach((j, pos) => (rank[j] = pos + (before[pos] as number)));
	for (let k = 0; k < g; k++) {
		const r = bound(sortedKeys, keys[k] as number, false);
		// Drafts before row r: those with at most r rows before them.
		rank[d + k] = r + bound(before, r, true);
	}
	return rank;
}

/**
 * Entry order: by kind, then importance descending, then id (`idRank`, JavaScript string
 * order). Entries are numbered drafts first, then rows.
 */
export function entryOrder(
	kind: Uint8Array,
	importance: Float64Array,
	idRank: Uint32Array
): Uint32Array {
	const order = new Uint32Array(kind.length);
	for (let i = 0; i < order.length; i++) order[i] = i;
	return order.sort(
		(a, b) =>
			(kind[a] as number) - (kind[b] as number) ||
			(importance[b] as number) - (importance[a] as number) ||
			(idRank[a] as number) - (idRank[b] as number)
	);
}

/** Kind and importance of every entry, drafts then rows. */
export function orderKeys(
	drafts: readonly EntryDraft[],
	rows: EntryRows | undefined,
	live: Uint32Array
): { kind: Uint8Array; importance: Float64Array } {
	const n = drafts.length + live.length;
	const kind = new Uint8Array(n);
	const importance = new Float64Array(n);
	drafts.forEach((dr, v) => {
		kind[v] = KINDS.indexOf(dr.kind);
		importance[v] = dr.importance;
	});
	if (rows)
		live.forEach((row, k) => {
			kind[drafts.length + k] = rows.kindIndex(row);
			importance[drafts.length + k] = rows.importance(row);
		});
	return { kind, importance };
}
