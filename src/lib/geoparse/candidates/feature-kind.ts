/**
 * "Manchar Lake", "Mount Foo", "Lake X": a feature word in the span says what kind of place the
 * name is, and so does one before it ("the island of Lesbos"). Readings of a compatible kind, or by the whole name ("Lake Charles", "Fort Worth"),
 * are the only ones kept when there are any; when there are none, the readings left are
 * namesakes the feature is called after, marked so that `resolve/feature-namesake` keeps one
 * only where the story's other places are (never a town of that name on another continent).
 */

import type { Candidate, PlaceKind } from '../../gazetteer/index';
import type { MemoGazetteer } from '../memo';
import type { NameRecord, RuleInfo } from '../record';
import type { Token } from '../tokenize';

export const featureKind: RuleInfo = {
	id: 'candidates/feature-kind',
	description: 'a feature word in the name ("Manchar Lake", "Mount X") keeps readings of its kind'
};

export const featureNamesakeOnly: RuleInfo = {
	id: 'candidates/feature-namesake-only',
	description: "no reading of the feature's kind: only namesakes it may be called after are left"
};

const WATER: readonly PlaceKind[] = ['water'];
/**
 * An island may be a division or a country of its own ("the Batanes islands", "Jeju Island"). A
 * division of the name is read as one the island is called after: kept only where the story is
 * (`resolve/feature-namesake`), not Panama's Müna for "Muna island" in an Indonesian story.
 */
const ISLAND: readonly PlaceKind[] = ['region', 'landmark', 'admin1', 'admin2', 'country'];
const ISLAND_ITSELF: readonly PlaceKind[] = ['region', 'landmark', 'country'];
const LANDMARK: readonly PlaceKind[] = ['landmark'];
const HEIGHTS: readonly PlaceKind[] = ['landmark', 'region'];
const LAND: readonly PlaceKind[] = ['region', 'landmark'];
const DIVISION: readonly PlaceKind[] = ['admin2', 'admin1', 'region'];
const TOWNSHIP: readonly PlaceKind[] = ['town', 'city', 'neighbourhood', 'admin2'];

/** Feature words (as the gazetteer keys them) and the kinds of place they name. */
const FEATURE_WORDS: ReadonlyMap<string, readonly PlaceKind[]> = new Map([
	...['lake', 'lakes', 'river', 'creek', 'bay', 'harbor', 'harbour', 'sea', 'ocean', 'gulf'].map(
		(w): [string, readonly PlaceKind[]] => [w, WATER]
	),
	...['strait', 'straits', 'lagoon', 'reservoir', 'canal'].map(
		(w): [string, readonly PlaceKind[]] => [w, WATER]
	),
	...['fort', 'ft', 'camp', 'cape', 'airport', 'airfield', 'airbase', 'base', 'bridge'].map(
		(w): [string, readonly PlaceKind[]] => [w, LANDMARK]
	),
	...['crossing', 'stadium', 'park', 'falls', 'dam', 'volcano', 'square', 'plaza'].map(
		(w): [string, readonly PlaceKind[]] => [w, LANDMARK]
	),
	...['mount', 'mountain', 'mountains', 'range', 'hills'].map(
		(w): [string, readonly PlaceKind[]] => [w, HEIGHTS]
	),
	...['island', 'islands', 'isle', 'archipelago', 'atoll'].map(
		(w): [string, readonly PlaceKind[]] => [w, ISLAND]
	),
	...['peninsula', 'valley', 'desert', 'canyon', 'delta', 'plateau'].map(
		(w): [string, readonly PlaceKind[]] => [w, LAND]
	),
	['county', DIVISION],
	['district', DIVISION],
	['township', TOWNSHIP],
	['twp', TOWNSHIP]
]);

/** Whether a feature word's kinds are those of a division ("County", "Township"). */
export const namesDivision = (kinds: readonly PlaceKind[]) =>
	kinds === DIVISION || kinds === TOWNSHIP;

/** The kinds a span's feature word allows (its first or last word), or null when it has none. */
export function featureKindsOf(key: string): readonly PlaceKind[] | null {
	// Read at every name: the first and last words are cut out, the key is not split.
	const space = key.indexOf(' ');
	if (space < 0) return null;
	return (
		FEATURE_WORDS.get(key.slice(0, space)) ??
		FEATURE_WORDS.get(key.slice(key.lastIndexOf(' ') + 1)) ??
		null
	);
}

/** Kind words in lower case before "of" and a name: "the island of Lesbos". */
const FEATURE_LEADS: ReadonlyMap<string, readonly PlaceKind[]> = new Map(
	['island', 'isle', 'islands', 'atoll', 'archipelago', 'peninsula'].map(
		(w): [string, readonly PlaceKind[]] => [w, ISLAND]
	)
);

/** The kinds "the island of X" allows X, from the words before token `from`, or null. */
export function featureLeadKinds(tokens: Token[], from: number): readonly PlaceKind[] | null {
	if (from < 2) return null;
	const of = tokens[from - 1] as Token;
	const lead = tokens[from - 2] as Token;
	if (of.lower !== 'of' || of.cap || lead.cap || (tokens[from] as Token).gap !== 'space')
		return null;
	return FEATURE_LEADS.get(lead.lower) ?? null;
}

/** A feature's key without its feature word ("lake victoria" → "victoria"), or null. */
export function bareFeatureName(key: string): string | null {
	const words = key.split(' ');
	if (words.length < 2) return null;
	if (FEATURE_WORDS.has(words[0] as string)) return words.slice(1).join(' ');
	if (FEATURE_WORDS.has(words.at(-1) as string)) return words.slice(0, -1).join(' ');
	return null;
}

/** The place is called by the span's whole name, feature word and all ("Lake Charles"). */
function byWholeName(c: Candidate, key: string, gaz: MemoGazetteer): boolean {
	if (gaz.key(c.place.name) === key) return true;
	for (const a of c.place.aliases) if (gaz.key(a) === key) return true;
	return false;
}

/**
 * Whether place `c` is called by the whole name `key`, asked once per name and place in a text
 * (a name's mentions share their readings): `wholeNames` keeps the answers, by key and place.
 */
function calledByWholeName(
	c: Candidate,
	key: string,
	gaz: MemoGazetteer,
	wholeNames: Map<string, Map<number, boolean>>
): boolean {
	let byPlace = wholeNames.get(key);
	if (byPlace === undefined) {
		byPlace = new Map();
		wholeNames.set(key, byPlace);
	}
	let whole = byPlace.get(c.place.index);
	if (whole === undefined) {
		whole = byWholeName(c, key, gaz);
		byPlace.set(c.place.index, whole);
	}
	return whole;
}

/** Keep, for each name with a feature word, its readings of a compatible kind (see above). */
export function featureKindStage(records: NameRecord[], tokens: Token[], gaz: MemoGazetteer): void {
	const wholeNames = new Map<string, Map<number, boolean>>();
	for (const r of records) {
		const s = r.span;
		if (s.form !== 'name' || s.fixed || r.candidates.length === 0) continue;
		const own = featureKindsOf(s.key);
		// A kind word before the name is no part of any reading's name ("the island of Man").
		const named = own ?? featureLeadKinds(tokens, s.from);
		if (named === null) continue;
		const kinds = named === ISLAND ? ISLAND_ITSELF : named;
		const fits: Candidate[] = [];
		for (const c of r.candidates)
			if (
				kinds.includes(c.place.kind) ||
				(own !== null && calledByWholeName(c, s.key, gaz, wholeNames))
			)
				fits.push(c);
		if (fits.length === r.candidates.length) continue;
		if (fits.length > 0) {
			r.candidates = fits;
			r.trace.push(featureKind.id);
		} else r.trace.push(featureNamesakeOnly.id);
	}
}
