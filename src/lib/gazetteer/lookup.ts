/**
 * The query side: exact, hinted and loose name lookup; prefix search; reverse lookup.
 * Works straight on the columnar tables: names are found by binary search over the sorted key
 * list (no per-key Map to build at load), and Place objects are materialised only for results.
 */

import {
	ALIAS_SEPARATOR,
	COORD_SCALE,
	decodeArtifact,
	IMPORTANCE_SCALE,
	KINDS,
	TIER_COUNT,
	type ArtifactTables
} from './format';
import { candidate } from './candidate';
import { looseKey, nameKey, splitKindHint } from './normalize';
import { StringColumn, utf8 } from './strings';
import { createNearIndex } from './near';
import { searchPlaces } from './search';
import { isSettlement } from './types';
import type {
	BBox,
	Candidate,
	Gazetteer,
	KeyProbe,
	LngLat,
	LookupOptions,
	MatchType,
	NearOptions,
	NearResult,
	Place,
	PlaceKind,
	PrefixOptions
} from './types';

/** Score adjustment per posting tier (name, alias, alternate) and for loose matches. */
/** The last tier is a search-only name (other languages, names held back from free text). */
const TIER_PENALTY = [0, 0.5, 1.5, 1];
const LOOSE_PENALTY = 3;
/** A generic word in the query ("Province") that fits the place, or does not. */
const HINT_MATCH_BONUS = 3;
const HINT_MISMATCH_PENALTY = 0.5;
const MATCH_TYPES: MatchType[] = ['name', 'alias', 'alternate', 'search'];
const ALTERNATE_TIER = 2;
/** The tier a search-only name scores as (not stored: the search index is untiered). */
const SEARCH_TIER = 3;
/**
 * Kinds a hint accepts: "Kurdistan Region" is a region as much as an admin1, a province is a
 * second-level division in some countries (the Philippines, Italy, Spain), and a county may be
 * a historic one, no division today ("Kent and Sussex counties").
 */
const HINT_FITS: Record<string, readonly PlaceKind[]> = {
	admin1: ['admin1', 'region', 'admin2'],
	admin2: ['admin2', 'region'],
	city: ['city', 'town', 'neighbourhood']
};
/** Kind words that lead divisions' names in GeoNames ("Province of Isabela"). */
const LEADING_HINTS: ReadonlySet<string> = new Set(['province', 'municipality']);
/** Keys scanned at most per prefix query (short prefixes match tens of thousands). */
const PREFIX_SCAN = 20000;
/** Completing the whole name, against completing a longer one (prefix search). */
const WHOLE_NAME_BONUS = 0.5;

/** Decode artifact bytes (uncompressed) and open them for queries. */
export function openGazetteer(
	bytes: Uint8Array,
	options: { requireChecksum?: boolean } = {}
): Gazetteer {
	return createGazetteer(decodeArtifact(bytes, options));
}

/** Kind codes of divisions and countries in the `kind` column. */
const ADMIN1 = KINDS.indexOf('admin1');
const ADMIN2 = KINDS.indexOf('admin2');
const COUNTRY = KINDS.indexOf('country');

/** The four answers of `probe`, shared. */
const PROBES: readonly KeyProbe[] = [
	{ name: false, longer: false },
	{ name: true, longer: false },
	{ name: false, longer: true },
	{ name: true, longer: true }
];

/** What an entry decodes its other fields from, on first read: the tables and the name caches. */
interface EntrySource {
	readonly t: ArtifactTables;
	countryName(cc: string): string;
	admin1Name(cc: string, code: string): string;
	/** Name of the admin2 `code` of admin1 `a1` in country `cc`, or ''. */
	admin2Name(cc: string, a1: string, code: string): string;
}

/**
 * A materialised entry. Made by a constructor, not a literal: places live as long as the
 * gazetteer, and when the engine moves a literal's objects to the old generation it throws away
 * the optimised code that makes them (in a cold parse, the lookup and its callers), where an
 * object made by `new` carries no such decision.
 *
 * Only what ranking and resolution read is decoded when the entry is made (kind, country and
 * division codes, importance, point, bbox). The id, names, aliases, feature code and source are
 * decoded on first read and kept: a lookup makes up to a dozen places of which only the chosen
 * few are ever shown, and decoding every string of every candidate was most of a cold lookup's
 * cost. They read and write as plain fields (accessors on the class), and `toJSON` writes them
 * all, so a place serialises as before.
 */
class Entry implements Place {
	readonly #src: EntrySource;
	#id: string | undefined = undefined;
	#name: string | undefined = undefined;
	#aliases: readonly string[] | undefined = undefined;
	#featureCode: string | undefined = undefined;
	#countryName: string | undefined = undefined;
	#admin1Name: string | undefined = undefined;
	#admin2Name: string | undefined = undefined;
	#source: string | undefined = undefined;

	constructor(
		src: EntrySource,
		public index: number,
		public kind: PlaceKind,
		public countryCode: string,
		public admin1Code: string,
		public population: number,
		public importance: number,
		public point: LngLat,
		public bbox: BBox | null
	) {
		this.#src = src;
	}

	get id(): string {
		return (this.#id ??= this.#src.t.ids.get(this.index));
	}
	set id(v: string) {
		this.#id = v;
	}
	get name(): string {
		return (this.#name ??= this.#src.t.names.get(this.index));
	}
	set name(v: string) {
		this.#name = v;
	}
	get aliases(): readonly string[] {
		if (this.#aliases === undefined) {
			const aliases = this.#src.t.aliases.get(this.index);
			this.#aliases = aliases === '' ? NO_ALIASES : aliases.split(ALIAS_SEPARATOR);
		}
		return this.#aliases;
	}
	set aliases(v: readonly string[]) {
		this.#aliases = v;
	}
	get featureCode(): string {
		return (this.#featureCode ??= this.#src.t.featureCodes.get(this.index));
	}
	set featureCode(v: string) {
		this.#featureCode = v;
	}
	get countryName(): string {
		return (this.#countryName ??= this.#src.countryName(this.countryCode));
	}
	set countryName(v: string) {
		this.#countryName = v;
	}
	get admin1Name(): string {
		return (this.#admin1Name ??= this.admin1Code
			? this.#src.admin1Name(this.countryCode, this.admin1Code)
			: '');
	}
	set admin1Name(v: string) {
		this.#admin1Name = v;
	}
	get admin2Name(): string {
		if (this.#admin2Name === undefined) {
			const code = this.admin1Code ? this.#src.t.admin2.get(this.index) : '';
			this.#admin2Name = code ? this.#src.admin2Name(this.countryCode, this.admin1Code, code) : '';
		}
		return this.#admin2Name;
	}
	set admin2Name(v: string) {
		this.#admin2Name = v;
	}
	get source(): string {
		const t = this.#src.t;
		return (this.#source ??= t.sourceNames[t.source[this.index] ?? 0] ?? '');
	}
	set source(v: string) {
		this.#source = v;
	}

	/** Every field, decoded: what JSON and other plain-object consumers see of a place. */
	toJSON(): Place {
		return {
			index: this.index,
			id: this.id,
			name: this.name,
			aliases: this.aliases,
			kind: this.kind,
			featureCode: this.featureCode,
			countryCode: this.countryCode,
			countryName: this.countryName,
			admin1Code: this.admin1Code,
			admin1Name: this.admin1Name,
			admin2Name: this.admin2Name,
			population: this.population,
			importance: this.importance,
			point: this.point,
			bbox: this.bbox,
			source: this.source
		};
	}
}

/**
 * The aliases of every entry that has none: one frozen array, not an empty literal per place
 * (a literal's allocation site would be moved to the old generation like the Place literal's).
 */
const NO_ALIASES: readonly string[] = Object.freeze([]);

/** A match before its place is materialised. */
interface Scored {
	entry: number;
	score: number;
	match: MatchType;
	kindHintMatched: boolean;
}

/** Importance (≈ log10 population) from which a city's alternate names cost a tenth. */
const ALTERNATE_TRUSTED = 7;

/**
 * What a GeoNames alternate name costs a city or town. A small place's alternates are noisy
 * (codes, old spellings, a neighbour's name); a large city's are the names other languages give
 * it, English among them ("Gothenburg" for Göteborg, "Seville" for Sevilla), which English news
 * uses instead of the local name. So the cost falls with importance, from the full tier penalty
 * below ALTERNATE_TRUSTED - 2 (about 100,000 people) to a tenth of it from ALTERNATE_TRUSTED up.
 * Short keys keep the full cost: a large city's short alternates are mostly codes and
 * abbreviations ("Phila", "Gaz").
 */
export function alternateDoubt(importance: number, kind: PlaceKind, keyLength: number): number {
	if (!isSettlement(kind) || keyLength < 5) return 1;
	return Math.min(1, Math.max(0.1, (ALTERNATE_TRUSTED - importance) / 2));
}
/** Open already-decoded tables (the builder's tests use this without a file). */
export function createGazetteer(t: ArtifactTables): Gazetteer {
	const n = t.ids.length;
	const places: (Place | undefined)[] = new Array(n);
	const kindOf = (i: number) => KINDS[t.kind[i] ?? 0] as PlaceKind;
	const countryOf = (i: number) => t.countryCodes[t.country[i] ?? 0] ?? '';

	/** Position of the entry with this id, or -1 (binary search over the ids in byte order). */
	function indexOfId(id: string): number {
		const q = utf8(id);
		let lo = 0;
		let hi = n;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (t.ids.compare(t.idOrder[mid] as number, q) < 0) lo = mid + 1;
			else hi = mid;
		}
		const i = t.idOrder[lo];
		return i !== undefined && t.ids.compare(i, q) === 0 ? i : -1;
	}

	/**
	 * The name of the division or country entry with this id (`admin1:IQ.12`, `country:IQ`), or
	 * '' when there is none of that kind. Found by id as each is first needed: a scan of every
	 * entry for the few thousand divisions cost a cold parse more than all its lookups by id.
	 */
	function entryName(id: string, kind: number): string {
		const i = indexOfId(id);
		return i >= 0 && t.kind[i] === kind ? t.names.get(i) : '';
	}
	/** Division display names by country code, then division code; country names by code. */
	const admin1Names = new Map<string, Map<string, string>>();
	const countryNames = new Map<string, string>();
	function admin1Name(cc: string, code: string): string {
		let codes = admin1Names.get(cc);
		if (!codes) {
			codes = new Map();
			admin1Names.set(cc, codes);
		}
		let name = codes.get(code);
		if (name === undefined) {
			name = entryName(`admin1:${cc}.${code}`, ADMIN1);
			codes.set(code, name);
		}
		return name;
	}
	/** Admin2 names by full code (`US.OH.085`), found by id as each is first needed. */
	const admin2Names = new Map<string, string>();
	function admin2Name(cc: string, a1: string, code: string): string {
		const full = `${cc}.${a1}.${code}`;
		let name = admin2Names.get(full);
		if (name === undefined) {
			name = entryName(`admin2:${full}`, ADMIN2);
			admin2Names.set(full, name);
		}
		return name;
	}
	function countryName(cc: string): string {
		let name = countryNames.get(cc);
		if (name === undefined) {
			name = entryName(`country:${cc}`, COUNTRY);
			countryNames.set(cc, name);
		}
		return name;
	}

	function bboxOf(i: number): BBox | null {
		let lo = 0;
		let hi = t.bboxEntries.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const v = t.bboxEntries[mid] as number;
			if (v === i) {
				const b = t.bboxes.subarray(mid * 4, mid * 4 + 4);
				// Not a literal: bboxes live as long as their places (see `Entry`).
				return Array.of(
					(b[0] ?? 0) / COORD_SCALE,
					(b[1] ?? 0) / COORD_SCALE,
					(b[2] ?? 0) / COORD_SCALE,
					(b[3] ?? 0) / COORD_SCALE
				) as BBox;
			}
			if (v < i) lo = mid + 1;
			else hi = mid - 1;
		}
		return null;
	}

	const source: EntrySource = { t, countryName, admin1Name, admin2Name };

	function materialise(i: number): Place {
		return new Entry(
			source,
			i,
			kindOf(i),
			countryOf(i),
			t.admin1.get(i),
			t.population[i] ?? 0,
			(t.importance[i] ?? 0) / IMPORTANCE_SCALE,
			// Array.of, not a literal, for the same reason as `Entry`.
			Array.of((t.lng[i] ?? 0) / COORD_SCALE, (t.lat[i] ?? 0) / COORD_SCALE) as LngLat,
			bboxOf(i)
		);
	}

	function get(i: number): Place {
		const cached = places[i];
		if (cached) return cached;
		if (!Number.isInteger(i) || i < 0 || i >= n) throw new RangeError(`no gazetteer entry ${i}`);
		const place = materialise(i);
		places[i] = place;
		return place;
	}

	function accepts(i: number, kinds?: readonly PlaceKind[], countryCode?: string): boolean {
		if (kinds && !kinds.includes(kindOf(i))) return false;
		if (countryCode && countryOf(i) !== countryCode.toUpperCase()) return false;
		return true;
	}

	/** Score postings of `key` in one index into `best` (entry → match), keeping the max. */
	function collect(
		best: Map<number, Scored>,
		keys: StringColumn,
		starts: Uint32Array,
		postings: Uint32Array,
		key: string,
		loose: boolean,
		hint: PlaceKind | null,
		options: LookupOptions,
		/** Taken off every match of this key. */
		cost = 0,
		/** Postings are plain entries of search-only names (the search index). */
		searchOnly = false
	): void {
		const k = keys.findText(key);
		if (k < 0) return;
		const end = starts[k + 1] as number;
		for (let p = starts[k] as number; p < end; p++) {
			const v = postings[p] as number;
			const entry = searchOnly ? v : Math.floor(v / TIER_COUNT);
			const tier = searchOnly ? SEARCH_TIER : v % TIER_COUNT;
			if (!accepts(entry, options.kinds, options.countryCode)) continue;
			const fits = hint !== null && (HINT_FITS[hint] ?? [hint]).includes(kindOf(entry));
			const imp = (t.importance[entry] ?? 0) / IMPORTANCE_SCALE;
			const score =
				imp -
				(loose
					? LOOSE_PENALTY
					: (TIER_PENALTY[tier] ?? 0) *
						(tier === ALTERNATE_TIER ? alternateDoubt(imp, kindOf(entry), key.length) : 1)) +
				(hint === null ? 0 : fits ? HINT_MATCH_BONUS : -HINT_MISMATCH_PENALTY) -
				cost;
			const prev = best.get(entry);
			if (prev && prev.score >= score) continue;
			best.set(entry, {
				entry,
				score,
				match: loose ? 'loose' : (MATCH_TYPES[tier] ?? 'alternate'),
				kindHintMatched: fits
			});
		}
	}

	/**
	 * The best `limit` matches as candidates, best first. A common name has hundreds of postings;
	 * only the few returned are materialised as places.
	 */
	function ranked(best: Map<number, Scored>, limit: number): Candidate[] {
		const top = [...best.values()].sort((a, b) => b.score - a.score || a.entry - b.entry);
		const out: Candidate[] = [];
		for (const s of top.slice(0, limit)) {
			out.push(candidate(get(s.entry), s.score, s.match, s.kindHintMatched));
		}
		return out;
	}

	function lookup(name: string, options: LookupOptions = {}): Candidate[] {
		const key = nameKey(name);
		if (key === '') return [];
		const best = new Map<number, Scored>();
		const hint = splitKindHint(key);
		// The full name is looked up with the hint too: "Cook County" the county fits its own word.
		collect(best, t.keys, t.keyStarts, t.keyPostings, key, false, hint.kind, options);
		if (hint.kind) {
			// When some place bears the name as written ("Boulder City"), a place found only once
			// the kind word is dropped ("Boulder") is a looser reading: it costs what an alternate
			// name does, so a larger namesake of the shorter name does not win on size alone.
			const cost = best.size > 0 ? (TIER_PENALTY[ALTERNATE_TIER] as number) : 0;
			collect(best, t.keys, t.keyStarts, t.keyPostings, hint.key, false, hint.kind, options, cost);
			// "Isabela province" is GeoNames' "Province of Isabela": the kind word leads the name.
			if (hint.word !== null && LEADING_HINTS.has(hint.word) && !key.startsWith(hint.word)) {
				const led = `${hint.word} of ${hint.key}`;
				collect(best, t.keys, t.keyStarts, t.keyPostings, led, false, hint.kind, options);
			}
		}
		if (options.searchNames) {
			const [sk, ss, sp] = [t.searchKeys, t.searchStarts, t.searchPostings];
			collect(best, sk, ss, sp, key, false, hint.kind, options, 0, true);
			if (hint.kind) collect(best, sk, ss, sp, hint.key, false, hint.kind, options, 0, true);
		}
		// Loose spellings only when nothing matched exactly: they are a fallback, not evidence.
		if (options.loose !== false && best.size === 0) {
			collect(
				best,
				t.looseKeys,
				t.looseStarts,
				t.loosePostings,
				looseKey(key),
				true,
				null,
				options
			);
			if (hint.kind) {
				const lk = looseKey(hint.key);
				collect(best, t.looseKeys, t.looseStarts, t.loosePostings, lk, true, hint.kind, options);
			}
		}
		return ranked(best, options.limit ?? 10);
	}

	/** Score every place with a key of `keys` starting with `q` into `best`, keeping the max. */
	function prefixInto(
		best: Map<number, Scored>,
		keys: StringColumn,
		starts: Uint32Array,
		postings: Uint32Array,
		q: Uint8Array,
		options: PrefixOptions,
		searchOnly: boolean
	): void {
		const first = keys.lowerBound(q);
		const stop = Math.min(keys.length, first + PREFIX_SCAN);
		for (let k = first; k < stop; k++) {
			if (!keys.startsWith(k, q)) break;
			const end = starts[k + 1] as number;
			// Completing the whole name ranks above completing a longer one.
			const whole = keys.compare(k, q) === 0 ? WHOLE_NAME_BONUS : 0;
			for (let p = starts[k] as number; p < end; p++) {
				const v = postings[p] as number;
				const entry = searchOnly ? v : Math.floor(v / TIER_COUNT);
				const tier = searchOnly ? SEARCH_TIER : v % TIER_COUNT;
				if (!accepts(entry, options.kinds)) continue;
				const score =
					(t.importance[entry] ?? 0) / IMPORTANCE_SCALE - (TIER_PENALTY[tier] ?? 0) + whole;
				const prev = best.get(entry);
				if (prev && prev.score >= score) continue;
				best.set(entry, {
					entry,
					score,
					match: MATCH_TYPES[tier] ?? 'alternate',
					kindHintMatched: false
				});
			}
		}
	}

	function prefix(text: string, options: PrefixOptions = {}): Candidate[] {
		const key = nameKey(text);
		if (key === '') return [];
		const best = new Map<number, Scored>();
		const q = utf8(key);
		prefixInto(best, t.keys, t.keyStarts, t.keyPostings, q, options, false);
		if (options.searchNames)
			prefixInto(best, t.searchKeys, t.searchStarts, t.searchPostings, q, options, true);
		return ranked(best, options.limit ?? 10);
	}

	let nearIndex: ReturnType<typeof createNearIndex> | null = null;
	function near(lat: number, lon: number, options: NearOptions = {}): NearResult[] {
		nearIndex ??= createNearIndex(t.lng, t.lat, COORD_SCALE);
		const kinds = options.kinds ?? ['city', 'town', 'neighbourhood', 'landmark'];
		return nearIndex
			.query(lat, lon, options.radiusKm ?? 50, options.limit ?? 10, (i) =>
				kinds.includes(kindOf(i))
			)
			.map(({ index, distanceKm }) => ({ place: get(index), distanceKm }));
	}

	function byId(id: string): Place | null {
		const i = indexOfId(id);
		return i >= 0 ? get(i) : null;
	}

	function country(code: string): Place | null {
		const upper = code.trim().toUpperCase();
		if (/^[A-Z]{2}$/.test(upper)) return byId(`country:${upper}`);
		if (!/^[A-Z]{3}$/.test(upper)) return null;
		const k = t.keys.find(utf8(upper.toLowerCase()));
		if (k < 0) return null;
		for (let p = t.keyStarts[k] as number; p < (t.keyStarts[k + 1] as number); p++) {
			const entry = Math.floor((t.keyPostings[p] as number) / TIER_COUNT);
			// Alpha-3 codes are indexed as names of their country only.
			if (kindOf(entry) === 'country') return get(entry);
		}
		return null;
	}

	function demonym(word: string): Place | null {
		const k = t.demonymKeys.findText(nameKey(word));
		if (k < 0 || t.demonymStarts[k] === t.demonymStarts[k + 1]) return null;
		return get(t.demonymPostings[t.demonymStarts[k] as number] as number);
	}

	const gazetteer: Gazetteer = {
		size: n,
		meta: t.meta,
		lookup,
		has: (key) => t.keys.findText(key) >= 0,
		hasPrefix: (key) => t.keys.hasPrefixText(key),
		probe: (key) => PROBES[t.keys.probeText(key)] as KeyProbe,
		prefix,
		search: (query, options) => searchPlaces(gazetteer, query, options),
		near,
		demonym,
		country,
		byId,
		get
	};
	return gazetteer;
}
