/**
 * "the village of Synkivka", "Mpondwe, a border town near …", "the Mpondwe and Bunagana
 * crossings", "the Rímac, Chillón and Lurín rivers", "from Watertown and Gladeville": a
 * capitalised name the gazetteer does not know, in words that say it is a settlement, a crossing
 * or a river, is listed as unresolved (not on the map, with a way to find or pin it) instead of
 * passing silently. Only where the words agree: a settlement's noun before "of", an apposition
 * that defines it ("X, a village in …"), a crossing's or river's noun after it (or after a list
 * of names opened by "the"), or a place the story placed beside it after a preposition of place
 * ("from" only for a name that ends as a town's does: "from Paris and Microsoft" is no pair of
 * towns). Never a day, a month, a title, a first name, an ordinary word, or a name read already,
 * unless it was read and left off the map as too weak a place ("Gladeville", whose only reading
 * is a namesake far away). A name found so is listed at its other mentions too.
 */

import {
	AGENT_VERBS,
	commonWordRank,
	FIRST_NAME,
	isGenericNoun,
	LOCATIVE_PREPOSITIONS,
	NEVER_PLACES,
	PERSON_VERBS,
	TITLES
} from './lexicon/index';
import { sentenceAdverb } from './context/defining-noun';
import type { NameRecord, RuleInfo } from './record';
import { definedSubject } from './recognise/defined-subject';
import { farOutlier } from './resolve/far-outlier';
import { featureNamesake } from './resolve/feature-namesake';
import { loneAbroad } from './resolve/lone-abroad';
import { placenessCut } from './resolve/places';
import { smallStray } from './resolve/small-stray';
import { streetElsewhere } from './resolve/street-elsewhere';
import type { Token } from './tokenize';

export const unknownSettlement: RuleInfo = {
	id: 'output/unknown-settlement',
	description:
		'a name the gazetteer lacks that the words around it make a settlement ("the village of Synkivka")'
};

/** Nouns of settlements and divisions before "of": "the village of X", "the district of X". */
const OF_NOUNS = new Set(
	`village villages town towns city hamlet hamlets district districts region province
settlement settlements municipality commune suburb township`.split(/\s+/)
);

/** Nouns an apposition defines a settlement by: "X, a village near …", "X, a border town". */
const APPOSITION_NOUNS = new Set(
	'village town city hamlet settlement township municipality commune suburb'.split(/\s+/)
);

/** Words after the apposition's noun that keep it a place ("a town near …", "a village of 300"). */
const APPOSITION_NEXT = new Set(
	`in near on of outside about some just close north south east west northeast northwest
southeast southwest where which that with located situated along across`.split(/\s+/)
);

/**
 * Nouns after a name, or a list of names, that say what they are: "the Mpondwe crossing", "the
 * Mpondwe and Bunagana crossings", "the Rímac, Chillón and Lurín rivers". Of settlements only
 * plurals: "the Trump camp", "the Olympic village" name no place.
 */
const KIND_AFTER = new Set(
	`crossing crossings checkpoint checkpoints river rivers lakes islands villages towns`.split(/\s+/)
);

/** Names in one list before a kind noun: more is a run-on, not a list. */
const MAX_LISTED = 6;

/**
 * The names of "the X crossing", "the X border crossing", "the X, Y and Z rivers" before the
 * kind noun at token `k`, those read already left out; none unless the list opens with "the".
 */
function listBeforeKind(tokens: Token[], covered: Uint8Array, k: number): Run[] {
	const noun = tokens[k] as Token;
	if (noun.cap || noun.gap !== 'space' || !KIND_AFTER.has(noun.lower)) return [];
	let end = tokens[k - 1]?.lower === 'border' && !tokens[k - 1]?.cap ? k - 1 : k;
	if (end < k && tokens[end]?.gap !== 'space') return [];
	const runs: Run[] = [];
	while (runs.length < MAX_LISTED) {
		if (tokens[end - 1]?.cap !== true) return [];
		let from = end - 1;
		while (from > 0 && (tokens[from] as Token).gap === 'space' && tokens[from - 1]?.cap) from--;
		const run = runAt(tokens, covered, from);
		if (run !== null && run.to === end) runs.push(run);
		const first = tokens[from] as Token;
		const before = tokens[from - 1];
		if (before === undefined) return [];
		if (first.gap === 'comma' && before.cap) end = from;
		else if (before.cap) return [];
		else if (first.gap === 'space' && before.lower === 'and') end = from - 1;
		else return first.gap === 'space' && before.lower === 'the' ? runs.reverse() : [];
		// "Chillón, and Lurín": the comma before "and".
		if (end < from && tokens[end]?.gap !== 'space' && tokens[end]?.gap !== 'comma') return [];
	}
	return [];
}

/**
 * Prepositions before a pair of a placed name and an unknown one that take people and firms as
 * often ("from Paris and Microsoft"): then the unknown name must end as a town's name does.
 */
const LOOSE_PREPOSITIONS = new Set(['from', 'between']);

/** Endings of English town names: "Gladeville", "Watertown", "Pittsburgh", "Stratford". */
const TOWN_ENDING = /(?:ville|town|burg|burgh|borough|boro|ford|field|wood|ton|port)$/;

/** Words a name of at most this many words is made of. */
const MAX_WORDS = 3;

/** A word that may be part of an unknown settlement's name: no ordinary word, day or title. */
export function nameWord(t: Token): boolean {
	return (
		t.cap &&
		!t.allCaps &&
		!t.titleLine &&
		commonWordRank(t.lower) > 3000 &&
		!isGenericNoun(t.lower) &&
		!NEVER_PLACES.has(t.lower) &&
		!TITLES.has(t.lower)
	);
}

/** A capitalised word joined to the one before it by a space. */
const joined = (t: Token | undefined) => t !== undefined && t.cap && t.gap === 'space';

/** A name's run of tokens `[from, to)`. */
interface Run {
	from: number;
	to: number;
}

/** The end of the run of capitalised words joined by spaces from token `i`. */
function runEnd(tokens: Token[], i: number): number {
	let j = i;
	do j++;
	while (j < tokens.length && joined(tokens[j]));
	return j;
}

/** Whether token `k` is "a" or "the" after a comma: an apposition may open there. */
function commaArticleAt(tokens: Token[], k: number): boolean {
	const a = tokens[k];
	return a !== undefined && a.gap === 'comma' && (a.lower === 'a' || a.lower === 'the');
}

/**
 * The run of capitalised words from token `i`, if it can be an unknown settlement's name:
 * at most 3 words, none read already, none an ordinary word, not a lone first name.
 */
function runAt(tokens: Token[], covered: Uint8Array, i: number): Run | null {
	const j = runEnd(tokens, i);
	if (j - i > MAX_WORDS) return null;
	for (let k = i; k < j; k++) {
		const t = tokens[k] as Token;
		if (covered[k] || !nameWord(t)) return null;
	}
	if (j - i === 1 && FIRST_NAME.has((tokens[i] as Token).text)) return null;
	return { from: i, to: j };
}

/** Runs named after "the village of", and its plural's "and Y" ("the villages of X and Y"). */
function afterOfNoun(tokens: Token[], covered: Uint8Array, i: number): Run[] {
	const of = tokens[i - 1];
	const noun = tokens[i - 2];
	if (of?.lower !== 'of' || noun === undefined || noun.cap || !OF_NOUNS.has(noun.lower)) return [];
	const run = runAt(tokens, covered, i);
	if (run === null || (tokens[i] as Token).gap !== 'space') return [];
	const out = [run];
	const and = tokens[run.to];
	if (and?.lower === 'and' && and.gap === 'space' && tokens[run.to + 1]?.gap === 'space') {
		const next = runAt(tokens, covered, run.to + 1);
		if (next !== null) out.push(next);
	}
	return out;
}

/** "X, a village near …", "X, a small border town in …": the apposition defines the name. */
function beforeApposition(tokens: Token[], run: Run): boolean {
	if (!commaArticleAt(tokens, run.to)) return false;
	// Up to two lower-case words before the noun: "a small border town".
	for (let k = run.to + 1; k <= run.to + 3; k++) {
		const t = tokens[k];
		if (t === undefined || t.cap || t.gap !== 'space') return false;
		if (APPOSITION_NOUNS.has(t.lower)) {
			const next = tokens[k + 1];
			return next === undefined || next.gap !== 'space' || APPOSITION_NEXT.has(next.lower);
		}
	}
	return false;
}

/**
 * A word that may be the verb of a clause the name is the subject of: "near Kupiansk, and
 * Zelensky said", "in Kyiv and Hanwha builds". Then "and" joins clauses, not two places.
 */
const verbLike = (t: Token) =>
	AGENT_VERBS.has(t.lower) || PERSON_VERBS.has(t.lower) || /(?:s|ed)$/.test(t.lower);

/**
 * "from Watertown and Gladeville", "near Kupiansk and Synkivka": after a preposition of place,
 * a name paired by "and" with a name the story placed is a place of the same kind.
 */
function pairedWithPlace(tokens: Token[], placed: Uint8Array, run: Run): boolean {
	const and = tokens[run.from - 1];
	if (and?.lower !== 'and' || and.gap !== 'space' || (tokens[run.from] as Token).gap !== 'space')
		return false;
	// The placed name before "and", alone after its preposition.
	let k = run.from - 2;
	if (k < 0 || placed[k] !== PLACED) return false;
	while (k > 0 && placed[k - 1] === PLACED && joined(tokens[k])) k--;
	const prep = tokens[k - 1];
	const after = tokens[run.to];
	const ends = after === undefined || after.gap !== 'space' || !(after.cap || verbLike(after));
	const last = tokens[run.to - 1] as Token;
	if (prep === undefined || prep.cap || !ends || last.possessive) return false;
	if (LOCATIVE_PREPOSITIONS.has(prep.lower)) return true;
	return LOOSE_PREPOSITIONS.has(prep.lower) && TOWN_ENDING.test(last.lower);
}

/**
 * "at Bajo Chiquito and Lajas Blancas in …", "from Gladeville and Paris": after a preposition of
 * place (or "at", which a place placed after the pair makes one), a name paired by "and" with a name the story placed after it is a place of the same
 * kind (after "from" or "between" only a name that ends as a town's does).
 */
function pairedBeforePlace(tokens: Token[], placed: Uint8Array, run: Run): boolean {
	const prep = tokens[run.from - 1];
	const first = tokens[run.from] as Token;
	const and = tokens[run.to];
	const last = tokens[run.to - 1] as Token;
	if (prep === undefined || prep.cap || first.gap !== 'space' || last.possessive) return false;
	if (and?.lower !== 'and' || and.gap !== 'space' || tokens[run.to + 1]?.gap !== 'space')
		return false;
	// The placed name after "and", ending the pair.
	let k = run.to + 1;
	if (placed[k] !== PLACED) return false;
	while (k + 1 < tokens.length && placed[k + 1] === PLACED && joined(tokens[k + 1])) k++;
	const after = tokens[k + 1];
	if (after !== undefined && after.gap === 'space' && (after.cap || verbLike(after))) return false;
	if (LOCATIVE_PREPOSITIONS.has(prep.lower) || prep.lower === 'at') return true;
	return LOOSE_PREPOSITIONS.has(prep.lower) && TOWN_ENDING.test(last.lower);
}

/** Plural nouns a list's apposition defines settlements by: "X and Y, villages in …". */
const PLURAL_APPOSITION_NOUNS = new Set(
	'villages towns hamlets settlements townships communes suburbs'.split(/\s+/)
);

/**
 * "X and Y, tea-growing villages in …", "X, Y and Z, two towns near …": a plural apposition
 * after the last name of a list, with up to two lower-case words before its noun.
 */
function beforePluralApposition(tokens: Token[], run: Run): boolean {
	const opener = tokens[run.to];
	if (opener === undefined || opener.gap !== 'comma' || opener.cap) return false;
	for (let k = run.to; k <= run.to + 2; k++) {
		const t = tokens[k];
		if (t === undefined || t.cap || (k > run.to && t.gap !== 'space' && t.gap !== 'hyphen'))
			return false;
		if (PLURAL_APPOSITION_NOUNS.has(t.lower)) {
			const next = tokens[k + 1];
			return next !== undefined && next.gap === 'space' && APPOSITION_NEXT.has(next.lower);
		}
	}
	return false;
}

/**
 * The names of a list ending with `last` ("Mundakkai and Chooralmala", "X, Y and Z"), walking
 * back over "and" and commas; those read already are left out. Empty unless it has two names.
 */
function listEndingAt(tokens: Token[], taken: Uint8Array, placed: Uint8Array, last: Run): Run[] {
	const runs: Run[] = [last];
	let names = 1;
	let end = last.from;
	while (names < MAX_LISTED) {
		const sep = tokens[end] as Token;
		const and = tokens[end - 1];
		let k: number;
		if (sep.gap === 'space' && and?.lower === 'and' && !and.cap) {
			k = end - 2;
			// "X, and Y": the comma before "and".
			if (and.gap !== 'space' && and.gap !== 'comma') break;
		} else if (sep.gap === 'comma') k = end - 1;
		else break;
		if (k < 0 || !(tokens[k] as Token).cap) break;
		let from = k;
		while (from > 0 && (tokens[from] as Token).gap === 'space' && tokens[from - 1]?.cap) from--;
		names++;
		if (placed[from] !== PLACED) {
			const run = runAt(tokens, taken, from);
			if (run === null || run.to !== k + 1) return [];
			runs.push(run);
		}
		end = from;
		if (tokens[end]?.gap !== 'space' && tokens[end]?.gap !== 'comma') break;
	}
	return names >= 2 ? runs.reverse() : [];
}

/** Resolve rules that leave a name off the map. */
const DROPPED = [
	placenessCut.id,
	farOutlier.id,
	loneAbroad.id,
	smallStray.id,
	featureNamesake.id,
	streetElsewhere.id
];

/**
 * The tokens of the names the story placed on the map (1), and of those it read but left off
 * the map as too weak a place (2): "Gladeville", whose only reading is a namesake far away.
 */
function placedTokens(tokens: Token[], records: NameRecord[]): Uint8Array {
	const placed = new Uint8Array(tokens.length);
	for (const r of records) {
		const trace = r.group?.trace;
		if (r.span.form !== 'name' || trace === undefined || r.candidates.length === 0) continue;
		const cut = DROPPED.some((id) => trace.includes(id));
		placed.fill(cut ? CUT : PLACED, r.span.from, r.span.to);
	}
	return placed;
}

const PLACED = 1;
const CUT = 2;

/** The words of a run, in lower case ("xe pian"). */
const runKey = (tokens: Token[], r: Run) =>
	tokens
		.slice(r.from, r.to)
		.map((t) => t.lower)
		.join(' ');

/**
 * The other mentions of names found ("the banks of the Rímac" after "the Rímac, Chillón and
 * Lurín rivers"): one name, one sense in a story. Not at a sentence's start.
 */
function laterMentions(tokens: Token[], taken: Uint8Array, found: Run[]): Run[] {
	const names = new Set(found.map((r) => runKey(tokens, r)));
	const out: Run[] = [];
	if (names.size === 0) return out;
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i] as Token;
		if (!t.cap || t.sentStart || (joined(t) && tokens[i - 1]?.cap === true)) continue;
		const run = runAt(tokens, taken, i);
		if (run !== null && names.has(runKey(tokens, run))) out.push(run);
	}
	return out;
}

/**
 * The `[start, end)` of the names of settlements the gazetteer lacks (see above); `covered[i]`
 * is set for the tokens of every mention already read.
 */
export function unknownSettlements(
	tokens: Token[],
	covered: Uint8Array,
	records: NameRecord[]
): [number, number][] {
	const placed = placedTokens(tokens, records);
	// A name read but left off the map is free to be listed here.
	const taken = covered.slice();
	for (let k = 0; k < taken.length; k++) if (placed[k] === CUT) taken[k] = 0;
	const found: Run[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i] as Token;
		// A kind noun is rare: test it here, not by a call that makes an empty list per word.
		if (!t.cap && KIND_AFTER.has(t.lower))
			for (const run of listBeforeKind(tokens, taken, i)) found.push(run);
		// Only where a run of capitalised words starts.
		if (!t.cap || taken[i] || (joined(t) && tokens[i - 1]?.cap === true)) continue;
		const of = afterOfNoun(tokens, taken, i);
		if (of.length > 0) {
			found.push(...of);
			continue;
		}
		// The words around the run first, its words only where they fit (most names are neither).
		const paired = !t.sentStart && tokens[i - 1]?.lower === 'and';
		const end = runEnd(tokens, i);
		const next = tokens[end];
		const pairs = !t.sentStart && next?.lower === 'and';
		const listed = paired && next?.gap === 'comma';
		if (!paired && !pairs && !commaArticleAt(tokens, end)) continue;
		const run = runAt(tokens, taken, i);
		if (run === null) continue;
		// "Separately, a town in Kent voted": an adverb opening the sentence, no name.
		const adverb = t.sentStart && run.to - run.from === 1 && sentenceAdverb(t.lower);
		if (!adverb && beforeApposition(tokens, run)) found.push(run);
		else if (paired && pairedWithPlace(tokens, placed, run)) found.push(run);
		else if (pairs && pairedBeforePlace(tokens, placed, run)) found.push(run);
		else if (listed && beforePluralApposition(tokens, run))
			found.push(...listEndingAt(tokens, taken, placed, run));
	}
	// "Synkivka, a village near Kupiansk, …" opening a sentence: a subject the text defines as a
	// place (`recognise/defined-subject`) that the gazetteer lacks.
	for (const r of records)
		if (r.candidates.length === 0 && r.span.rules.includes(definedSubject.id))
			found.push({ from: r.span.from, to: r.span.to });
	found.push(...laterMentions(tokens, taken, found));
	found.sort((a, b) => a.from - b.from);
	const out: [number, number][] = [];
	for (const r of found) {
		const last = out.at(-1);
		const start = (tokens[r.from] as Token).start;
		if (last === undefined || start >= last[1]) out.push([start, (tokens[r.to - 1] as Token).end]);
	}
	return out;
}
