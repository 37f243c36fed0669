/**
 * Memoised gazetteer queries. News repeats names within a document and across a corpus, and
 * every query encodes its key and binary-searches the artifact; remembering answers per
 * gazetteer makes the recogniser's many probes and the lookups nearly free.
 * Bounded: a cache that grows past its limit is cleared (answers never change, so this only
 * costs time).
 */

import {
	KIND_WORDS,
	nameKey,
	prefixKey,
	splitKindHint,
	type Candidate,
	type Gazetteer,
	type KeyProbe,
	type LookupOptions,
	type Place
} from '../gazetteer/index';

const LIMIT = 200_000;

/** What the recogniser asks of a stretch of text, answered once per distinct text. */
export interface SpanInfo {
	/** `nameKey(text)`. */
	readonly key: string;
	/** The key is an indexed name. */
	readonly name: boolean;
	/** Some indexed name is the key followed by more words. */
	readonly longer: boolean;
	/** The key is a name, directly or after a kind word ("Karbala Province"). */
	readonly known: boolean;
}

/**
 * A SpanInfo made by a constructor, not a literal: the memo keeps them, and when the engine moves
 * a literal's objects to the old generation it throws away the optimised code that makes them
 * (an object made by `new` carries no such decision).
 */
class Described implements SpanInfo {
	constructor(
		readonly key: string,
		readonly name: boolean,
		readonly longer: boolean,
		readonly known: boolean
	) {}
}

export interface MemoGazetteer {
	gaz: Gazetteer;
	/** What the index holds for a stretch of text. */
	span(text: string): SpanInfo;
	has(key: string): boolean;
	demonym(word: string): Place | null;
	byId(id: string): Place | null;
	/** The gazetteer's answer, shared by every caller that asks the same: read it, never change it. */
	lookup(name: string, options: LookupOptions): readonly Candidate[];
	/** `nameKey(text)`, memoised. */
	key(text: string): string;
	/**
	 * Whether a place is a country's capital (feature code `PPLC`), read in the gazetteer's
	 * column: asked of every reading of every name, it decodes no reading's code.
	 */
	isCapital(place: Place): boolean;
}

/**
 * Remember `v` under `key` in a map that forgets everything when it grows past LIMIT (answers
 * never change). Each memo below reads its own map in its own function: one shared generic
 * cache would meet every kind of answer and be compiled again each time a new one appeared.
 */
export function remember<V>(map: Map<string, V>, key: string, v: V): V {
	if (map.size >= LIMIT) map.clear();
	map.set(key, v);
	return v;
}

/**
 * The one empty answer the memo hands out, with the shape of a filled one. An empty answer's
 * array has the element kind its allocation site in the gazetteer had learned when it was made:
 * small integers before the first match, objects after. The memo hands early answers out again
 * late, to code optimised for the later shape only, which then throws its optimised code away.
 * This array is emptied from one holding an object reference, so it keeps the kind of objects:
 * every answer, empty or not, has one shape from the first document on.
 */
const NO_CANDIDATES: readonly Candidate[] = (() => {
	const objects: unknown[] = [null];
	objects.length = 0;
	return objects as Candidate[];
})();

const memos = new WeakMap<Gazetteer, MemoGazetteer>();

/** `isCapital`'s remembered answers. */
const CAPITAL = 2;
const NOT_CAPITAL = 1;

/** The memoised view of `gaz` (one per gazetteer object). */
export function memoFor(gaz: Gazetteer): MemoGazetteer {
	let m = memos.get(gaz);
	if (m) return m;
	const probes = new Map<string, KeyProbe>();
	const probe = (key: string) => probes.get(key) ?? remember(probes, key, gaz.probe(key));
	const has = (key: string) => probe(key).name;
	/** A name directly, or a kind word around one ("X Province", "Province of X"). */
	function known(key: string, name: boolean): boolean {
		if (key === '') return false;
		if (name) return true;
		// Most keys carry no kind word: skip the split for them.
		const sp = key.lastIndexOf(' ');
		if (sp < 0) return false;
		if (KIND_WORDS[key.slice(sp + 1)] === undefined && !key.includes(' of ')) return false;
		const hint = splitKindHint(key);
		return hint.kind !== null && hint.key !== key && has(hint.key);
	}
	function describe(text: string): SpanInfo {
		const key = nameKey(text);
		const p = probe(key);
		// "El" of "El Paso": longer names go on from the article's folded form.
		const pk = prefixKey(key);
		const longer = p.longer || (pk !== key && probe(pk).longer);
		return new Described(key, p.name, longer, known(key, p.name));
	}
	const spans = new Map<string, SpanInfo>();
	const span = (text: string) => spans.get(text) ?? remember(spans, text, describe(text));
	// Keys alone, for texts no recogniser asks about (a reading's name and aliases): no probe.
	const keys = new Map<string, string>();
	const ids = new Map<string, Place | false>();
	// Demonyms in their own map, not a field of SpanInfo filled in later: a field written after
	// the object is made changes what the engine knows of every SpanInfo, and the optimised code
	// that made or read them is thrown away.
	const demonyms = new Map<string, Place | false>();
	// One map per option set: callers pass a few fixed option objects.
	const lookups = new WeakMap<LookupOptions, Map<string, readonly Candidate[]>>();
	const answer = (name: string, options: LookupOptions) => {
		const all = gaz.lookup(name, options);
		return all.length > 0 ? all : NO_CANDIDATES;
	};
	// Per entry: 0 not asked yet, else CAPITAL or NOT_CAPITAL (a byte each, read warm).
	const capitals = new Uint8Array(gaz.size);
	m = {
		gaz,
		span,
		isCapital: (place) => {
			let known = capitals[place.index];
			if (known === 0) {
				known = gaz.hasFeatureCode(place.index, 'PPLC') ? CAPITAL : NOT_CAPITAL;
				capitals[place.index] = known;
			}
			return known === CAPITAL;
		},
		key: (text) => spans.get(text)?.key ?? keys.get(text) ?? remember(keys, text, nameKey(text)),
		has,
		demonym: (word) => {
			const place = demonyms.get(word) ?? remember(demonyms, word, gaz.demonym(word) ?? false);
			return place || null;
		},
		byId: (id) => {
			const place = ids.get(id) ?? remember(ids, id, gaz.byId(id) ?? false);
			return place || null;
		},
		lookup: (name, options) => {
			let byName = lookups.get(options);
			if (!byName) {
				byName = new Map();
				lookups.set(options, byName);
			}
			return byName.get(name) ?? remember(byName, name, answer(name, options));
		}
	};
	memos.set(gaz, m);
	return m;
}
