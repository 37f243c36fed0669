/**
 * Country or namesake: "Georgia" is a country and a US state, "Lebanon" a country and a dozen
 * American towns. The words the story uses of the name say which: a country has a president,
 * a king, an army and an embassy ("Georgia's prime minister", "the king of Jordan"), is
 * described as one ("Georgia, the former Soviet republic") and names its parties, armies and
 * embassies after its people ("the Georgian Dream party", "the Lebanese Army"): a demonym
 * inside a longer name casts no vote of its own (a demonym standing alone does, and is no cue:
 * "Georgians" are the state's voters too); a US state has a
 * governor and lawmakers ("Georgia's governor", "Georgia lawmakers"). A cue raises the prior of
 * the readings of its kind by `WEIGHTS.kindCue`; the story's other places still vote (Atlanta
 * and Savannah make Georgia the state whatever a stray word says). Likewise a country's
 * capital in a story that names the country ("sanctions on Havana" after "arrests in Cuba", in a
 * Miami story whose Florida towns pull toward Havana, Florida).
 */

import { candidate, type Candidate, type PlaceKind } from '../../gazetteer/index';
import type { MemoGazetteer } from '../memo';
import type { NameRecord, RuleInfo } from '../record';
import type { Token } from '../tokenize';
import { WEIGHTS } from '../weights';

export const countryCue: RuleInfo = {
	id: 'candidates/country-cue',
	description:
		'words of a country about the name ("Georgia\'s prime minister", "Georgian police") raise its country reading'
};

export const capitalCue: RuleInfo = {
	id: 'candidates/capital-cue',
	description:
		'the capital of a country the story names is raised over its namesakes ("Cuba … Havana")'
};

export const stateCue: RuleInfo = {
	id: 'candidates/state-cue',
	description:
		'words of a state about the name ("Georgia\'s governor", "Georgia lawmakers") raise its division reading'
};

/** Heads of a country: "X's president", "the president of X". */
const COUNTRY_HEADS = new Set([
	'president',
	'presidency',
	'premier',
	'prime',
	'king',
	'queen',
	'monarch',
	'monarchy',
	'emir',
	'sultan',
	'junta',
	'parliament',
	'army',
	'military',
	'navy',
	'embassy',
	'ambassador',
	'envoy',
	'foreign',
	'defence',
	'regime'
]);

/** Nouns that describe a country: "X, the former Soviet republic", "the kingdom of X". */
const COUNTRY_NOUNS = new Set(['country', 'nation', 'republic', 'kingdom', 'monarchy', 'emirate']);

/** Heads of a US state (or a province): "X's governor", "X lawmakers". */
const STATE_HEADS = new Set([
	'governor',
	'gov',
	'legislature',
	'legislators',
	'lawmakers',
	'statehouse',
	'counties'
]);

type Cue = 'country' | 'admin1' | null;

/** The cue of the word right after a mention: "X's president", "X lawmakers". */
function cueAfter(tokens: Token[], to: number): Cue {
	// No read past the last token: an index out of bounds throws the optimised code away.
	if (to >= tokens.length) return null;
	const last = tokens[to - 1] as Token;
	const next = tokens[to] as Token;
	if (next.gap !== 'space') return null;
	if (last.possessive && COUNTRY_HEADS.has(next.lower)) return 'country';
	if (STATE_HEADS.has(next.lower)) return 'admin1';
	return null;
}

/** "Georgia, the former Soviet republic" / "Jordan, a kingdom of 11 million". */
function describedAfter(tokens: Token[], to: number): Cue {
	if (to >= tokens.length) return null;
	const det = tokens[to] as Token;
	if (det.gap !== 'comma' || (det.lower !== 'the' && det.lower !== 'a')) return null;
	for (let k = to + 1; k < Math.min(tokens.length, to + 5); k++) {
		const t = tokens[k] as Token;
		if (t.gap !== 'space') return null;
		if (COUNTRY_NOUNS.has(t.lower)) return 'country';
	}
	return null;
}

/** "the president of X", "the former Soviet republic of X", "the governor of X". */
function cueBefore(tokens: Token[], from: number): Cue {
	if (from < 1) return null;
	const of = tokens[from - 1] as Token;
	if (of.lower !== 'of' || (tokens[from] as Token).gap !== 'space') return null;
	for (let k = from - 2; k >= Math.max(0, from - 4); k--) {
		const t = tokens[k] as Token;
		if (COUNTRY_HEADS.has(t.lower) || COUNTRY_NOUNS.has(t.lower)) return 'country';
		if (STATE_HEADS.has(t.lower)) return 'admin1';
		if (t.gap !== 'space' && k < from - 2) return null;
	}
	return null;
}

/**
 * The reading with its prior raised, made as the gazetteer makes readings: a literal would give
 * the lists of readings two shapes, and every loop over them would read both more slowly.
 */
const raised = (c: Candidate): Candidate =>
	candidate(c.place, c.score + WEIGHTS.kindCue, c.match, c.kindHintMatched);

/**
 * The readings, those that `cued` raised, best first. Built by push, not map: an optimised map
 * makes a holey array, and every stage that reads candidates would be compiled again for it.
 */
export function raiseWhere(candidates: Candidate[], cued: (c: Candidate) => boolean): Candidate[] {
	const out: Candidate[] = [];
	for (const c of candidates) out.push(cued(c) ? raised(c) : c);
	return out.sort((a, b) => b.score - a.score);
}

/** Whether the reading is the capital of a country in `named` (few readings are capitals). */
function isCapitalOf(c: Candidate, named: Set<string>, gaz: MemoGazetteer): boolean {
	return gaz.isCapital(c.place) && named.has(c.place.countryCode);
}

/**
 * Whether some but not all of the readings are the capital of a country in `named`, the
 * country itself not among them: "Panama" is the country and its capital Panamá, and naming the
 * country says nothing for its capital over it.
 */
function mixesCapital(
	candidates: readonly Candidate[],
	named: Set<string>,
	gaz: MemoGazetteer
): boolean {
	if (candidates.length < 2) return false;
	let capitalOf: string | null = null;
	let all = true;
	for (const c of candidates) {
		if (isCapitalOf(c, named, gaz)) capitalOf = c.place.countryCode;
		else all = false;
	}
	if (capitalOf === null || all) return false;
	for (const c of candidates)
		if (c.place.kind === 'country' && c.place.countryCode === capitalOf) return false;
	return true;
}

/** Whether the name has a reading of `kind` and one of another kind to choose between. */
function contested(candidates: Candidate[], kind: PlaceKind): boolean {
	return (
		candidates.some((c) => c.place.kind === kind) && candidates.some((c) => c.place.kind !== kind)
	);
}

/** The country a name's readings include, if a demonym of the story names its people. */
function ofPeople(candidates: Candidate[], people: Set<string>): boolean {
	for (const c of candidates)
		if (c.place.kind === 'country') return people.has(c.place.countryCode);
	return false;
}

/** What the words around a name's mentions cue (a name with none has no entry). */
interface Cues {
	country: boolean;
	admin1: boolean;
}

/** What one list of readings says: its country's people are named; it mixes a capital. */
interface Readings {
	people: boolean;
	capital: boolean;
}

/**
 * What `candidates` say (see `Readings`), judged once per list in `judged` (the mentions of a
 * name share their list): one walk over the readings for both questions.
 */
function readingsOf(
	candidates: Candidate[],
	people: Set<string>,
	named: Set<string>,
	gaz: MemoGazetteer,
	judged: Map<Candidate[], Readings>
): Readings {
	let r = judged.get(candidates);
	if (r === undefined) {
		r = {
			people: people.size > 0 && ofPeople(candidates, people),
			capital: named.size > 0 && mixesCapital(candidates, named, gaz)
		};
		judged.set(candidates, r);
	}
	return r;
}

/** The countries the story names, by name or by any demonym (`people` among them). */
function namedCountries(records: NameRecord[], people: Set<string>): Set<string> {
	const named = new Set(people);
	for (const r of records) {
		const top = r.candidates[0];
		const cc = r.span.demonymOf?.countryCode;
		if (cc) named.add(cc);
		if (r.span.form === 'name' && top?.place.kind === 'country') named.add(top.place.countryCode);
	}
	return named;
}

/**
 * Raise the readings the story's words cue (see above). `inNames` are the demonyms rejected as
 * part of a longer name ("Georgian Dream").
 */
export function kindCueStage(
	records: NameRecord[],
	inNames: NameRecord[],
	tokens: Token[],
	gaz: MemoGazetteer
): void {
	const people = new Set<string>();
	for (const d of inNames) {
		const cc = d.span.demonymOf?.countryCode;
		if (cc) people.add(cc);
	}
	// Read before any list is raised: for the capitals of the countries the story names.
	const named = namedCountries(records, people);
	const judged = new Map<Candidate[], Readings>();
	const cues = new Map<string, Cues>();
	for (const r of records) {
		const s = r.span;
		if (s.form !== 'name' || s.fixed || r.candidates.length < 2) continue;
		const cue = cueAfter(tokens, s.to) ?? describedAfter(tokens, s.to) ?? cueBefore(tokens, s.from);
		const country =
			cue === 'country' ||
			(people.size > 0 && readingsOf(r.candidates, people, named, gaz, judged).people);
		if (!country && cue !== 'admin1') continue;
		let seen = cues.get(s.key);
		if (seen === undefined) {
			seen = { country: false, admin1: false };
			cues.set(s.key, seen);
		}
		if (country) seen.country = true;
		if (cue === 'admin1') seen.admin1 = true;
	}
	// A named country's capital among a name's readings is raised over its namesakes.
	for (const r of records) {
		if (named.size === 0) break;
		if (r.span.form !== 'name' || r.span.fixed) continue;
		if (!readingsOf(r.candidates, people, named, gaz, judged).capital) continue;
		r.candidates = raiseWhere(r.candidates, (c) => isCapitalOf(c, named, gaz));
		r.trace.push(capitalCue.id);
	}
	if (cues.size === 0) return;
	for (const r of records) {
		const seen = cues.get(r.span.key);
		if (seen === undefined || seen.country === seen.admin1) continue;
		const kind: PlaceKind = seen.country ? 'country' : 'admin1';
		if (!contested(r.candidates, kind)) continue;
		r.candidates = raiseWhere(r.candidates, (c) => c.place.kind === kind);
		r.trace.push(seen.country ? countryCue.id : stateCue.id);
	}
}
