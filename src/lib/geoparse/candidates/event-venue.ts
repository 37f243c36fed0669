/**
 * "Team USA won in Paris", "the race in Paris", "the final in Lisbon": a city named as where a
 * contest or an event took place is, in news, the one the world knows (Paris, France), not a
 * small namesake that the story's other places happen to pull towards (Paris, Texas, in a story
 * that also names Houston). The name's most prominent reading, a capital or one ten times the
 * people of every other, is raised as a kind word would raise it (`WEIGHTS.kindCue`), twice
 * that when no other name of the story is first read within `LOCAL_KM` of a namesake or as the
 * county that holds it: a story really local to a namesake (its neighbours, its county named)
 * still outvotes it, and "Paris, Texas" is fixed by its qualifier. A state named is no sign of
 * a local story ("Simone Biles, of Spring, Texas, won gold in Paris"), unless it is a side of the
 * contest ("Georgia beat Alabama … won in Athens": US college teams go by their states' names),
 * and then a namesake in that state is the home ground and nothing is raised.
 * Read only after "in"/"at" with an event's word just before: other names pay one comparison.
 */

import type { Candidate } from '../../gazetteer/index';
import { haversineKm } from '../../gazetteer/near';
import type { MemoGazetteer } from '../memo';
import type { NameRecord, RuleInfo } from '../record';
import type { Token } from '../tokenize';
import { WEIGHTS } from '../weights';
import { raiseReading } from './raise';

export const eventVenue: RuleInfo = {
	id: 'candidates/event-venue',
	description:
		'a city named where a contest took place ("won in Paris", "the race in Paris") is its best-known reading'
};

/** Words of contests and events before "in X" ("won in", "the final in", "gold in"). */
const EVENT_WORDS = new Set(
	`won win wins winning victory race races final finals semifinal match matches game games
tournament championship championships title gold silver bronze medal medals marathon
olympics cup prix grand slam open derby rally regatta tour stage`.split(/\s+/)
);

/** Importance above every other reading (≈ ten times the people) that makes one prominent. */
const PROMINENT_MARGIN = 1;

/** How far (km) from a namesake another place of the story makes the story local to it. */
const LOCAL_KM = 150;

/** Words of a result between two sides: "Georgia beat Alabama", "a win over Texas". */
const RESULT_VERBS = new Set(
	`beat beats defeated defeats edged edges routed routs downed downs upset upsets topped tops
stunned stuns blanked outlasted`.split(/\s+/)
);
const BEFORE_SIDE = new Set([...RESULT_VERBS, 'over', 'against', 'vs', 'versus']);

/** Whether the name of tokens `[from, to)` is a side of a result ("Georgia beat Alabama"). */
function sideOfResult(tokens: Token[], from: number, to: number): boolean {
	const after = tokens[to];
	const before = tokens[from - 1];
	return (
		(after !== undefined && after.gap === 'space' && RESULT_VERBS.has(after.lower)) ||
		(before !== undefined && !before.cap && BEFORE_SIDE.has(before.lower))
	);
}

/**
 * How a story stands to the namesakes of an event's city: far from them, local to one, or naming
 * as a side of the contest a state that holds one ("home").
 */
type Namesake = 'far' | 'local' | 'home';

/**
 * Whether another name of the story is first read within `LOCAL_KM` of a namesake, or as the
 * county that holds it (local), or as a state that is a side of a result and holds one.
 */
function localToNamesake(
	candidates: Candidate[],
	prominent: number,
	key: string,
	records: NameRecord[],
	tokens: Token[]
): Namesake {
	let local = false;
	for (const r of records) {
		const top = r.candidates[0];
		if (r.span.key === key || r.span.form !== 'name' || top === undefined) continue;
		const [lng, lat] = top.place.point;
		// A county is local; a state is not ("Biles, of Spring, Texas, won gold in Paris"),
		// unless it is a side ("Georgia beat Alabama").
		const county = top.place.kind === 'admin2';
		const side = top.place.kind === 'admin1' && sideOfResult(tokens, r.span.from, r.span.to);
		for (let j = 0; j < candidates.length; j++) {
			if (j === prominent) continue;
			const p = (candidates[j] as Candidate).place;
			const same = p.countryCode === top.place.countryCode;
			if (side && same && p.admin1Name === top.place.name) return 'home';
			if (county && same && p.admin2Name === top.place.name) local = true;
			const [nlng, nlat] = p.point;
			if (haversineKm(lat, lng, nlat, nlng) < LOCAL_KM) local = true;
		}
	}
	return local ? 'local' : 'far';
}

/** Whether an event's word stands right before "in"/"at" before token `from` (a word between). */
function afterEventWord(tokens: Token[], from: number): boolean {
	const prep = tokens[from - 1];
	if (prep === undefined || prep.cap || (prep.lower !== 'in' && prep.lower !== 'at')) return false;
	if ((tokens[from] as Token).gap !== 'space') return false;
	for (let k = from - 2; k >= Math.max(0, from - 3); k--) {
		const t = tokens[k] as Token;
		if (EVENT_WORDS.has(t.lower)) return true;
		if (t.gap !== 'space' && t.gap !== 'hyphen') return false;
	}
	return false;
}

/** The index of the name's prominent reading (a capital, or far the best known), or -1. */
function prominentReading(candidates: Candidate[], gaz: MemoGazetteer): number {
	let best = -1;
	let second = -Infinity;
	for (let j = 0; j < candidates.length; j++) {
		const imp = (candidates[j] as Candidate).place.importance;
		if (best < 0 || imp > (candidates[best] as Candidate).place.importance) {
			if (best >= 0) second = (candidates[best] as Candidate).place.importance;
			best = j;
		} else if (imp > second) second = imp;
	}
	if (best < 0) return -1;
	const top = candidates[best] as Candidate;
	return gaz.isCapital(top.place) || top.place.importance >= second + PROMINENT_MARGIN ? best : -1;
}

/** Raise the prominent reading of names named as an event's place (see above). */
export function eventVenueStage(records: NameRecord[], tokens: Token[], gaz: MemoGazetteer): void {
	let keys: Set<string> | null = null;
	for (const r of records) {
		if (r.span.form !== 'name' || r.span.fixed || r.candidates.length < 2) continue;
		if (!afterEventWord(tokens, r.span.from)) continue;
		(keys ??= new Set()).add(r.span.key);
	}
	if (keys === null) return;
	// A name the story qualifies anywhere ("Paris, Texas") is the place its qualifier says.
	for (const r of records) if (r.qualifier !== null) keys.delete(r.span.key);
	const raise = new Map<string, number>();
	for (const r of records) {
		if (!keys.has(r.span.key) || r.span.fixed || r.candidates.length < 2) continue;
		const k = prominentReading(r.candidates, gaz);
		// None stands out: nothing to raise (the first by prior may still lose the votes).
		if (k < 0) continue;
		let by = raise.get(r.span.key);
		if (by === undefined) {
			const local = localToNamesake(r.candidates, k, r.span.key, records, tokens);
			by = local === 'home' ? 0 : local === 'local' ? WEIGHTS.kindCue : 2 * WEIGHTS.kindCue;
			raise.set(r.span.key, by);
		}
		if (by === 0) continue;
		r.candidates = raiseReading(r.candidates, k, by);
		r.trace.push(eventVenue.id);
	}
}
