/**
 * Memoised gazetteer queries. News repeats names within a document and across a corpus, and
 * every query encodes its key and binary-searches the artifact; remembering answers per
 * gazetteer makes the recogniser's many probes and the lookups nearly free.
 * Bounded: a cache that grows past its limit is cleared (answers never change, so this only
 * costs time).
 */

import {
	nameKey,
	type Candidate,
	type Gazetteer,
	type KeyProbe,
	type LookupOptions,
	type Place
} from '../gazetteer/index';

const LIMIT = 200_000;

export interface MemoGazetteer {
	gaz: Gazetteer;
	/** Whether `key` is a name and whether a longer name goes on from it. */
	probe(key: string): KeyProbe;
	has(key: string): boolean;
	demonym(word: string): Place | null;
	lookup(name: string, options: LookupOptions): Candidate[];
	/** `nameKey(text)`, memoised. */
	key(text: string): string;
}

/** A map that forgets everything when it grows past LIMIT (answers never change). */
class Bounded<V> {
	private map = new Map<string, V>();
	constructor(private make: (key: string) => V) {}
	get(key: string): V {
		let v = this.map.get(key);
		if (v === undefined) {
			if (this.map.size >= LIMIT) this.map.clear();
			v = this.make(key);
			this.map.set(key, v);
		}
		return v;
	}
}

const memos = new WeakMap<Gazetteer, MemoGazetteer>();

/** The memoised view of `gaz` (one per gazetteer object). */
export function memoFor(gaz: Gazetteer): MemoGazetteer {
	let m = memos.get(gaz);
	if (m) return m;
	const keys = new Bounded(nameKey);
	const probes = new Bounded((key) => gaz.probe(key));
	// A demonym's country or null; null is stored, so look it up as "no country" (false).
	const demonyms = new Bounded<Place | false>((word) => gaz.demonym(word) ?? false);
	// One map per option set: callers pass a few fixed option objects.
	const lookups = new WeakMap<LookupOptions, Bounded<Candidate[]>>();
	m = {
		gaz,
		key: (text) => keys.get(text),
		probe: (key) => probes.get(key),
		has: (key) => probes.get(key).name,
		demonym: (word) => demonyms.get(word) || null,
		lookup: (name, options) => {
			let byName = lookups.get(options);
			if (!byName) {
				byName = new Bounded((n) => gaz.lookup(n, options));
				lookups.set(options, byName);
			}
			return byName.get(name);
		}
	};
	memos.set(gaz, m);
	return m;
}
