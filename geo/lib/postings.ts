/**
 * A name index under construction: (key, posting) pairs appended as they come, then sorted into
 * the artifact's form (unique keys in UTF-8 byte order, each with its postings best first).
 * Flat arrays, not a map of maps: a full GeoNames dump gives tens of millions of pairs, beyond
 * what a Map holds (2^24 entries) and what per-key objects would cost in memory.
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
 * exact in a double.
 */
const RANK_BASE = 2 ** 19;
const CODE_SPAN = 2 ** 27;

export class PostingCollector {
	private readonly keys: string[] = [];
	private readonly codes: number[] = [];
	/** Per pair, its order within the key (see RANK_BASE), computed once when added. */
	private readonly order: number[] = [];

	/**
	 * @param entryOf entry index of a posting code (`code` itself for untiered indexes).
	 * @param rank ranking of a posting code (higher first within a key).
	 */
	constructor(
		private readonly entryOf: (code: number) => number,
		private readonly rank: (code: number) => number
	) {}

	get size(): number {
		return this.keys.length;
	}

	/** Add a pair; the entry's rank must be known by now (it is read once, here). */
	add(key: string, code: number): void {
		if (key === '') return;
		if (code >= CODE_SPAN) throw new RangeError(`posting ${code} beyond ${CODE_SPAN}`);
		this.keys.push(key);
		this.codes.push(code);
		this.order.push((RANK_BASE - Math.round(this.rank(code))) * CODE_SPAN + code);
	}

	/**
	 * Sort and group. A key's postings keep one per entry (the best ranked, so a name and an
	 * alternate of one place count once), ordered by rank, then entry, then code.
	 */
	flatten(entryCount: number): FlatIndex {
		const { keys, codes, entryOf } = this;
		const within = Float64Array.from(this.order);
		const exact = keys.some((k) => HIGH_UNIT.test(k));
		const order = new Uint32Array(keys.length);
		for (let i = 0; i < order.length; i++) order[i] = i;
		order.sort((a, b) => {
			const ka = keys[a] as string;
			const kb = keys[b] as string;
			if (ka !== kb) return exact ? compareStrings(ka, kb) : ka < kb ? -1 : 1;
			return (within[a] as number) - (within[b] as number);
		});
		const unique: string[] = [];
		const starts: number[] = [];
		const postings = new Uint32Array(order.length);
		// stamp[entry] = 1 + the key number that last posted it: one posting per entry and key.
		const stamp = new Uint32Array(entryCount);
		let n = 0;
		let prev: string | null = null;
		for (let i = 0; i < order.length; i++) {
			const j = order[i] as number;
			const key = keys[j] as string;
			if (key !== prev) {
				unique.push(key);
				starts.push(n);
				prev = key;
			}
			const code = codes[j] as number;
			const entry = entryOf(code);
			if (stamp[entry] === unique.length) continue;
			stamp[entry] = unique.length;
			postings[n++] = code;
		}
		starts.push(n);
		return {
			keys: StringColumn.from(unique),
			starts: Uint32Array.from(starts),
			postings: postings.slice(0, n)
		};
	}
}
