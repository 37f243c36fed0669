/**
 * "Shares of SQM fell 4% in New York" in a story from Chile: a name that is both a first-level
 * division and a city of millions in it (New York, Quebec) is, seen from a story set abroad, the
 * city. The division's reading leads on its prior, and nothing in the story speaks for either,
 * so the city's reading is raised as a kind word would raise it (`WEIGHTS.kindCue`). Only when
 * no other name or demonym of the story is in the division's country: a US story ("New York
 * lawmakers" beside Albany) is left to its own places.
 */

import { isSettlement, splitKindHint, type Candidate } from '../../gazetteer/index';
import { kindAfterList } from '../recognise/kind-after-list';
import { kindBeforeList } from '../recognise/kind-before-list';
import { kindLead, kindTail } from '../recognise/kind-words';
import type { NameRecord, RuleInfo } from '../record';
import { WEIGHTS } from '../weights';
import { raiseReading } from './raise';

export const cityFromAbroad: RuleInfo = {
	id: 'candidates/city-from-abroad',
	description:
		'a division that is also a great city in it, named from a story abroad, is the city ("in New York", from Chile)'
};

/** Importance a city needs (≈ a million people). */
const GREAT_CITY = 6;

/** The index of a great city in the division that leads the readings, or -1. */
function cityInDivision(candidates: Candidate[]): number {
	const top = candidates[0];
	if (top === undefined || top.place.kind !== 'admin1') return -1;
	for (let j = 1; j < candidates.length; j++) {
		const p = (candidates[j] as Candidate).place;
		if (
			isSettlement(p.kind) &&
			p.importance >= GREAT_CITY &&
			p.countryCode === top.place.countryCode &&
			p.admin1Code === top.place.admin1Code
		)
			return j;
	}
	return -1;
}

/**
 * Whether a record names a place of `country`, or its people: by its own name or an official
 * one (a noisy other name, "Bank" for Portsmouth, says nothing).
 */
function inCountry(o: NameRecord, country: string): boolean {
	if (o.span.demonymOf?.countryCode === country) return true;
	const top = o.candidates[0];
	return (
		o.span.form === 'name' &&
		top !== undefined &&
		top.place.countryCode === country &&
		(top.match === 'name' || top.match === 'alias')
	);
}

/**
 * Whether the text writes the division's word with the name ("Karbala Province", "the Kyiv
 * region", "Cagayan and Isabela provinces"): then it is the division.
 */
const kindWritten = (r: NameRecord) =>
	splitKindHint(r.span.key).kind !== null || r.span.rules.some((id) => KIND_RULES.has(id));

/** Rules that read a division word beside the name. */
const KIND_RULES = new Set([kindTail.id, kindAfterList.id, kindBeforeList.id, kindLead.id]);

/** Raise the great city of divisions named from a story abroad (see above). */
export function cityFromAbroadStage(records: NameRecord[]): void {
	let found: NameRecord[] | null = null;
	for (const r of records)
		if (
			r.span.form === 'name' &&
			!r.span.fixed &&
			cityInDivision(r.candidates) > 0 &&
			!kindWritten(r)
		)
			(found ??= []).push(r);
	if (found === null) return;
	for (const r of found) {
		const country = (r.candidates[0] as Candidate).place.countryCode;
		const home = records.some((o) => o.span.key !== r.span.key && inCountry(o, country));
		if (home) continue;
		r.candidates = raiseReading(r.candidates, cityInDivision(r.candidates), WEIGHTS.kindCue);
		r.trace.push(cityFromAbroad.id);
	}
}
