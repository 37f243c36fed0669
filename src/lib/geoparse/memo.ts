/**
 * Memoised gazetteer queries. News repeats names within a document and across a corpus, and
 * every query encodes its key and binary-searches the artifact; remembering answers per
 * gazetteer makes the recogniser's many `has`/`hasPrefix` probes and the lookups nearly free.
 * Bounded: a cache that grows past its limit is cleared (answers never change, so this only
 * costs time).
 */

import {
	nameKey,
	type Candidate,
	type Gazetteer,
	type LookupOptions,
	type Place
} from '../gazetteer/index';

const LIMIT = 200_000;

export interface MemoGazetteer {
	gaz: Gazetteer;
	has(key: string): boolean;
	hasPrefix(key: string): boolean;
	demonym(word: string): Place | null;
	lookup(name: string, options?: LookupOptions): Candidate[];
	/** `nameKey(text)`, memoised. */
	key(text: string): string;
}

function bounded<V>(map: Map<string, V>, key: string, make: () => V): V {
	const hit = map.get(key);
	if (hit !== undefined || map.has(key)) return hit as V;
	if (map.size >= LIMIT) map.clear();
	const v = make();
	map.set(key, v);
	return v;
}

const memos = new WeakMap<Gazetteer, MemoGazetteer>();
const optionKeys = new WeakMap<LookupOptions, string>();

function optionsKey(o: LookupOptions): string {
	let k = optionKeys.get(o);
	if (k === undefined) {
		k = JSON.stringify(o);
		optionKeys.set(o, k);
	}
	return k;
}

/** The memoised view of `gaz` (one per gazetteer object). */
export function memoFor(gaz: Gazetteer): MemoGazetteer {
	let m = memos.get(gaz);
	if (m) return m;
	const has = new Map<string, boolean>();
	const prefix = new Map<string, boolean>();
	const demonyms = new Map<string, Place | null>();
	const lookups = new Map<string, Candidate[]>();
	const keys = new Map<string, string>();
	m = {
		key: (text) => bounded(keys, text, () => nameKey(text)),
		gaz,
		has: (key) => bounded(has, key, () => gaz.has(key)),
		hasPrefix: (key) => bounded(prefix, key, () => gaz.hasPrefix(key)),
		demonym: (word) => bounded(demonyms, word, () => gaz.demonym(word)),
		// Callers pass a few fixed option sets; their JSON is short and cached by the engine.
		lookup: (name, options) =>
			bounded(lookups, options ? `${optionsKey(options)}\u0000${name}` : name, () =>
				gaz.lookup(name, options)
			)
	};
	memos.set(gaz, m);
	return m;
}
