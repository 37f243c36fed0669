/**
 * "BUENOS AIRES, Argentina — … marches were held in Córdoba and Rosario": a dateline that names
 * its country sets the country of the story under it, up to the next dateline (a roundup of
 * briefs has one per item). A name under it that has readings in that country and elsewhere
 * has those raised by `WEIGHTS.kindCue`, as a cue in the text would: Rosario, Santa Fe, not
 * Rosario, Batangas, which the brief about a ferry in the Philippines above brought near.
 */

import type { Candidate } from '../../gazetteer/index';
import { dateline } from '../evidence/dateline';
import type { NameRecord, RuleInfo } from '../record';
import type { Token } from '../tokenize';
import { WEIGHTS } from '../weights';

export const datelineCountry: RuleInfo = {
	id: 'candidates/dateline-country',
	description:
		'a dateline naming its country ("BUENOS AIRES, Argentina —") raises that country\'s readings under it'
};

/** The country a dateline record names after its city ("MANILA, Philippines"), or null. */
function countryOf(r: NameRecord): string | null {
	const q = r.qualifier;
	if (q === null || q.containers.length !== 1) return null;
	const c = q.containers[0];
	return c !== undefined && c.admin1 === null ? c.country : null;
}

/** Whether the readings mix the country `cc` with others. */
function mixes(candidates: readonly Candidate[], cc: string): boolean {
	let inside = false;
	let outside = false;
	for (const c of candidates) {
		if (c.place.countryCode === cc) inside = true;
		else outside = true;
	}
	return inside && outside;
}

/** Raise, under each dateline naming its country, the readings in that country (see above). */
export function datelineCountryStage(records: NameRecord[], tokens: Token[]): void {
	let cc: string | null = null;
	for (const r of records) {
		const s = r.span;
		if (s.form !== 'name') continue;
		if (dateline(s, tokens)) {
			cc = countryOf(r);
			continue;
		}
		if (cc === null || s.fixed || r.qualifier !== null || !mixes(r.candidates, cc)) continue;
		const country = cc;
		r.candidates = r.candidates
			.map((c) =>
				c.place.countryCode === country ? { ...c, score: c.score + WEIGHTS.kindCue } : c
			)
			.sort((a, b) => b.score - a.score);
		r.trace.push(datelineCountry.id);
	}
}
