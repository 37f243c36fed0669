/**
 * A name index under construction: (key, posting) pairs appended as they come, then sorted into
 * the artifact's form (unique keys in UTF-8 byte order, each with its postings best first).
 * Each distinct key is kept once (interned to a number) and each pair is two numbers in typed
 * arrays, so a full GeoNames dump's tens of millions of pairs cost a few bytes each rather than a
 * string apiece; the keys are sorted once and the pairs placed by a counting sort on their key.
 */

import { compareStrings, StringColumn } from '../../src/lib/gazetteer/strings';

export interface FlatIndex {
	keys: StringColumn;
	starts: Uint32Array;
	postings: Uint32Array;
}

/** Whether a string has a UTF-16 unit where `<` and UTF-8 byte order can disagree. */
const HIGH_UNIT = /[\uD800-\uFFFF]/;

/**
 * A posting's order within its key as one number: rank descending, then the code ascending
 * (entry, then tier). Ranks are integers well within ±2^19 and codes below 2^27, so the sum is
 * exact in a double, and the code is the number modulo CODE_SPAN.
 */
const RANK_BASE = 2 ** 19;
const CODE_SPAN = 2 ** 27;

/** A `Map` holds at most 2^24 entries; a full dump's keys can pass that. */
const MAP_LIMIT = 2 ** 24 - 1;

/**
 * Distinct strings numbered in order of first sight: one Map, and more once it is full (a
 * lookup then tries each; sharding every key by a hash from the start costs twice as much).
 */
class KeyInterner {
	readonly list: string[] = [];
	private readonly maps = [new Map<string, number>()];

	/** The number of `key`, numbering it if new. */
	intern(key: string): number {
		const { maps } = this;
		for (let m = 0; m < maps.length; m++) {
			const known = (maps[m] as Map<string, number>).get(key);
			if (known !== undefined) return known;
		}
		let last = maps[maps.length - 1] as Map<string, number>;
		if (last.size >= MAP_LIMIT) maps.push((last = new Map()));
		const id = this.list.length;
		last.set(key, id);
		this.list.push(key);
		return id;
	}

	get(key: string): number | undefined {
		for (const m of this.maps) {
			const known = m.get(key);
			if (known !== undefined) return known;
		}
		return undefined;
	}
}

/** Growable typed storage for the pairs. */
function grown<T extends Uint32Array | Float64Array>(a: T, needed: number): T {
	if (needed <= a.length) return a;
	const next = new (a.constructor as new (n: number) => T)(Math.max(needed, a.length * 2));
	next.set(a);
	return next;
}

/** Sort `a[from..to)` ascending in place: insertion sort for the many short runs. */
function sortRun(a: Float64Array, from: number, to: number): void {
	if (to - from > 24) {
		a.subarray(from, to).sort();
		return;
	}
	for (let i = from + 1; i < to; i++) {
		const v = a[i] as number;
		let j = i - 1;
		while (j >= from && (a[j] as number) > v) {
			a[j + 1] = a[j] as number;
			j--;
		}
		a[j + 1] = v;
	}
}

export class PostingCollector {
	private readonly interner = new KeyInterner();
	/** Per pair: the key's number and its order within the key (see RANK_BASE). */
	private keyOf = new Uint32Array(1024);
	private order = new Float64Array(1024);
	private count = 0;

	/**
	 * @param entryOf entry index of a posting code (`code` itself for untiered indexes).
	 * @param rank ranking of a posting code (higher first within a key).
	 */
	constructor(
		private readonly entryOf: (code: number) => number,
		private readonly rank: (code: number) => number
	) {}

	get size(): number {
		return this.count;
	}

	/** Add a pair; the entry's rank must be known by now (it is read once, here). */
	add(key: string, code: number): void {
		if (key === '') return;
		if (code >= CODE_SPAN) throw new RangeError(`posting ${code} beyond ${CODE_SPAN}`);
		const n = this.count;
		if (n === this.keyOf.length) {
			this.keyOf = grown(this.keyOf, n + 1);
			this.order = grown(this.order, n + 1);
		}
		this.keyOf[n] = this.interner.intern(key);
		this.order[n] = (RANK_BASE - Math.round(this.rank(code))) * CODE_SPAN + code;
		this.count = n + 1;
	}

	/**
	 * Sort and group. A key's postings keep one per entry (the best ranked, so a name and an
	 * alternate of one place count once), ordered by rank, then entry, then code.
	 */
	flatten(entryCount: number): FlatIndex {
		const { entryOf, interner } = this;
		const keyCount = interner.list.length;
		// Unique keys in byte order, and each key number's place in it.
		const sorted = interner.list.slice();
		if (sorted.some((k) => HIGH_UNIT.test(k))) sorted.sort(compareStrings);
		else sorted.sort();
		const place = new Uint32Array(keyCount);
		for (let p = 0; p < keyCount; p++) place[interner.get(sorted[p] as string) as number] = p;
		// Counting sort of the pairs by their key's place, then each key's run by its order.
		const starts = new Uint32Array(keyCount + 1);
		for (let i = 0; i < this.count; i++) {
			const p = (place[this.keyOf[i] as number] as number) + 1;
			starts[p] = (starts[p] as number) + 1;
		}
		for (let p = 0; p < keyCount; p++)
			starts[p + 1] = (starts[p + 1] as number) + (starts[p] as number);
		const cursor = starts.slice(0, keyCount);
		const placed = new Float64Array(this.count);
		for (let i = 0; i < this.count; i++) {
			const p = place[this.keyOf[i] as number] as number;
			placed[cursor[p] as number] = this.order[i] as number;
			cursor[p] = (cursor[p] as number) + 1;
		}
		this.keyOf = new Uint32Array(0);
		this.order = new Float64Array(0);
		// One posting per entry and key: stamp[entry] = 1 + the last key that posted it.
		const postings = new Uint32Array(this.count);
		const stamp = new Uint32Array(entryCount);
		let n = 0;
		for (let p = 0; p < keyCount; p++) {
			const from = starts[p] as number;
			const to = starts[p + 1] as number;
			sortRun(placed, from, to);
			starts[p] = n;
			for (let i = from; i < to; i++) {
				const code = (placed[i] as number) % CODE_SPAN;
				const entry = entryOf(code);
				if (stamp[entry] === p + 1) continue;
				stamp[entry] = p + 1;
				postings[n++] = code;
			}
		}
		starts[keyCount] = n;
		return { keys: StringColumn.from(sorted), starts, postings: postings.slice(0, n) };
	}
}
