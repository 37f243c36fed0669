/**
 * "Team USA won in Paris", "the race in Paris", "the final in Lisbon": a city named as where a
 * contest or an event took place is, in news, the one the world knows (Paris, France), not a
 * small namesake that the story's other places happen to pull towards (Paris, Texas, in a story
 * that also names Houston). The name's most prominent reading, a capital or one ten times the
 * people of every other, is raised as a kind word would raise it (`WEIGHTS.kindCue`), twice
 * that when no other name of the story is first read within `LOCAL_KM` of a namesake or as the
 * county that holds it: a story really local to a namesake (its neighbours, its county named)
 * still outvotes it, and "Paris, Texas" is fixed by its qualifier. A state named is no sign of
 * a local story ("Simone Biles, of Spring, Texas, won gold in Paris").
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

/**
 * Whether another name of the story is first read within `LOCAL_KM` of a namesake, or as the
 * county that holds it.
 */
function localToNamesake(
	candidates: Candidate[],
	prominent: number,
	key: string,
	records: NameRecord[]
): boolean {
	for (const r of records) {
		const top = r.candidates[0];
		if (r.span.key === key || r.span.form !== 'name' || top === undefined) continue;
		const [lng, lat] = top.place.point;
		// A county is local; a state is not ("Biles, of Spring, Texas, won gold in Paris").
		const county = top.place.kind === 'admin2';
		for (let j = 0; j < candidates.length; j++) {
			if (j === prominent) continue;
			const p = (candidates[j] as Candidate).place;
			if (county && p.admin2Name === top.place.name && p.countryCode === top.place.countryCode)
				return true;
			const [nlng, nlat] = p.point;
			if (haversineKm(lat, lng, nlat, nlng) < LOCAL_KM) return true;
		}
	}
	return false;
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
			const local = localToNamesake(r.candidates, k, r.span.key, records);
			by = local ? WEIGHTS.kindCue : 2 * WEIGHTS.kindCue;
			raise.set(r.span.key, by);
		}
		r.candidates = raiseReading(r.candidates, k, by);
		r.trace.push(eventVenue.id);
	}
}
