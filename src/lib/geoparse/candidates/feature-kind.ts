/**
 * "Manchar Lake", "Mount Foo", "Lake X": a feature word in the span says what kind of place the
 * name is, and so does one before it ("the island of Lesbos"). Readings of a compatible kind, or by the whole name ("Lake Charles", "Fort Worth"),
 * are the only ones kept when there are any; when there are none, the readings left are
 * namesakes the feature is called after, marked so that `resolve/feature-namesake` keeps one
 * only where the story's other places are (never a town of that name on another continent).
 */

import { splitKindHint, type Candidate, type Place, type PlaceKind } from '../../gazetteer/index';
import { remember, type MemoGazetteer } from '../memo';
import type { NameRecord, RuleInfo } from '../record';
import { kindTail } from '../recognise/kind-words';
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
const isDivision = (c: Candidate) => c.place.kind === 'admin1' || c.place.kind === 'admin2';
/**
 * Seas, oceans, gulfs and straits: divisions take their names ("Red Sea" governorates of Egypt
 * and Sudan) but news means the water; a division word after the name reads the division
 * ("Red Sea governorate" is looked up as one).
 */
const OPEN_WATER: readonly PlaceKind[] = ['water'];
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
/** A park is a city's site or a national park's area ("Central Park", "Kruger National Park"). */
const PARK: readonly PlaceKind[] = ['landmark', 'region'];
/** Indigenous lands: "Pine Ridge Reservation", "Hay River Reserve", "Katlodeeche First Nation". */
const RESERVE: readonly PlaceKind[] = ['region'];
const DIVISION: readonly PlaceKind[] = ['admin2', 'admin1', 'region'];
const TOWNSHIP: readonly PlaceKind[] = ['town', 'city', 'neighbourhood', 'admin2'];

/** Feature words (as the gazetteer keys them) and the kinds of place they name. */
const FEATURE_WORDS: ReadonlyMap<string, readonly PlaceKind[]> = new Map([
	...['lake', 'lakes', 'river', 'creek', 'bay', 'harbor', 'harbour'].map(
		(w): [string, readonly PlaceKind[]] => [w, WATER]
	),
	...['lagoon', 'reservoir', 'canal'].map((w): [string, readonly PlaceKind[]] => [w, WATER]),
	...['sea', 'ocean', 'gulf', 'strait', 'straits', 'passage', 'firth'].map(
		(w): [string, readonly PlaceKind[]] => [w, OPEN_WATER]
	),
	...['fort', 'ft', 'camp', 'cape', 'airport', 'airfield', 'airbase', 'base', 'bridge'].map(
		(w): [string, readonly PlaceKind[]] => [w, LANDMARK]
	),
	...['crossing', 'stadium', 'falls', 'dam', 'volcano', 'square', 'plaza'].map(
		(w): [string, readonly PlaceKind[]] => [w, LANDMARK]
	),
	['park', PARK],
	...['reserve', 'reservation', 'nation'].map((w): [string, readonly PlaceKind[]] => [w, RESERVE]),
	...['mount', 'mountain', 'mountains', 'range', 'hills', 'alps'].map(
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

/** The kinds of each key asked, remembered: two stages ask it of every mention. */
const kindsByKey = new Map<string, readonly PlaceKind[] | null>();

/** The kinds a span's feature word allows (its first or last word), or null when it has none. */
export function featureKindsOf(key: string): readonly PlaceKind[] | null {
	const known = kindsByKey.get(key);
	if (known !== undefined) return known;
	// The first and last words are cut out, the key is not split.
	const space = key.indexOf(' ');
	const kinds =
		space < 0
			? null
			: (FEATURE_WORDS.get(key.slice(0, space)) ??
				FEATURE_WORDS.get(key.slice(key.lastIndexOf(' ') + 1)) ??
				null);
	return remember(kindsByKey, key, kinds);
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

/**
 * Whether the feature named `key` may be called after place `p`: the place's own name, less a
 * division word ("Province of Batanes"), is the feature's without its feature word ("Cedar" for
 * "Cedar River"), or the whole name when the kind word stood before it ("the island of Muna").
 */
export function calledAfter(p: Place, key: string, gaz: Pick<MemoGazetteer, 'key'>): boolean {
	const bare = bareFeatureName(key) ?? key;
	const own = gaz.key(p.name);
	return own === bare || splitKindHint(own).key === bare;
}

/** The place is called by the span's whole name, feature word and all ("Lake Charles"). */
function byWholeName(c: Candidate, key: string, gaz: MemoGazetteer): boolean {
	if (gaz.key(c.place.name) === key) return true;
	for (const a of c.place.aliases) if (gaz.key(a) === key) return true;
	return false;
}

/**
 * Per place indexed under a name's whole key, whether it is called by that name: undefined until
 * asked. A place the index does not list under the key is called by no name of that key, so
 * most readings (those found once the feature word is dropped: "Adams" for "Adams County") are
 * answered without reading their names.
 */
type WholeNames = Map<number, boolean | undefined>;

/** The answers of each key, per gazetteer: a place's names never change, texts repeat names. */
const wholeNames = new WeakMap<MemoGazetteer, Map<string, WholeNames>>();

/** The answers of `key` (see `WholeNames`), made once per key. */
function wholeNamesOf(key: string, gaz: MemoGazetteer): WholeNames {
	let byKey = wholeNames.get(gaz);
	if (byKey === undefined) {
		byKey = new Map();
		wholeNames.set(gaz, byKey);
	}
	let whole = byKey.get(key);
	if (whole === undefined) {
		whole = new Map();
		for (const index of gaz.gaz.indexedUnder(key)) whole.set(index, undefined);
		remember(byKey, key, whole);
	}
	return whole;
}

/** Whether place `c` is called by the whole name `key` (see `WholeNames`). */
function calledByWholeName(
	c: Candidate,
	key: string,
	gaz: MemoGazetteer,
	whole: WholeNames
): boolean {
	const index = c.place.index;
	if (!whole.has(index)) return false;
	let answer = whole.get(index);
	if (answer === undefined) {
		answer = byWholeName(c, key, gaz);
		whole.set(index, answer);
	}
	return answer;
}

/** Whether reading `c` is kept: of a kind the feature allows, or called by the whole name. */
function fits(
	c: Candidate,
	kinds: readonly PlaceKind[],
	key: string,
	gaz: MemoGazetteer,
	whole: WholeNames | null
): boolean {
	return kinds.includes(c.place.kind) || (whole !== null && calledByWholeName(c, key, gaz, whole));
}

/** What the stage made of one list of readings: the readings kept and the rule that fired. */
interface Kept {
	kinds: readonly PlaceKind[];
	whole: WholeNames | null;
	candidates: Candidate[];
	rule: string | null;
}

/** The readings of `candidates` that fit `kinds` (see above), and the rule that says so. */
function keep(
	candidates: Candidate[],
	kinds: readonly PlaceKind[],
	key: string,
	gaz: MemoGazetteer,
	whole: WholeNames | null,
	divisionHint: boolean
): Kept {
	// The water itself among the readings: the places called after a sea by its whole name give
	// way, and the divisions called after a river or a lake ("Murray River" council, the Murray
	// River's own), unless a division word follows ("Egypt's Red Sea governorate"). Towns keep
	// a lake's or a river's whole name ("Lake Charles").
	const waterItself =
		(kinds === OPEN_WATER || kinds === WATER) &&
		!divisionHint &&
		candidates.some((c) => c.place.kind === 'water');
	const byName = waterItself && kinds === OPEN_WATER ? null : whole;
	const divisionsYield = waterItself && kinds === WATER;
	const fitting = (c: Candidate) =>
		fits(c, kinds, key, gaz, divisionsYield && isDivision(c) ? null : byName);
	let kept = 0;
	for (const c of candidates) if (fitting(c)) kept++;
	if (kept === candidates.length) return { kinds, whole, candidates, rule: null };
	if (kept === 0) {
		// A feature is called after a place by the place's own name: "Suchiate River" after the
		// municipality of Suchiate, not after Ciudad Hidalgo, whose other name that is.
		const own = candidates.filter((c) => calledAfter(c.place, key, gaz));
		const namesakes = own.length > 0 ? own : candidates;
		return { kinds, whole, candidates: namesakes, rule: featureNamesakeOnly.id };
	}
	return { kinds, whole, candidates: candidates.filter(fitting), rule: featureKind.id };
}

/**
 * Keep, for each name with a feature word, its readings of a compatible kind (see above). The
 * mentions of a name share their list of readings: each list is judged once per feature.
 */
export function featureKindStage(records: NameRecord[], tokens: Token[], gaz: MemoGazetteer): void {
	const judged = new Map<Candidate[], Kept>();
	for (const r of records) {
		const s = r.span;
		if (s.form !== 'name' || s.fixed || r.candidates.length === 0) continue;
		const own = featureKindsOf(s.key);
		// A kind word before the name is no part of any reading's name ("the island of Man").
		const named = own ?? featureLeadKinds(tokens, s.from);
		if (named === null) continue;
		const kinds = named === ISLAND ? ISLAND_ITSELF : named;
		const whole = own === null ? null : wholeNamesOf(s.key, gaz);
		let k = judged.get(r.candidates);
		if (k === undefined || k.kinds !== kinds || k.whole !== whole) {
			k = keep(r.candidates, kinds, s.key, gaz, whole, s.rules.includes(kindTail.id));
			judged.set(r.candidates, k);
		}
		if (k.rule === null) continue;
		r.candidates = k.candidates;
		r.trace.push(k.rule);
	}
}
