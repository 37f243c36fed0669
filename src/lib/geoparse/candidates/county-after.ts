/**
 * "Bolton, Tolland County": a county named as one right after a town puts the town in it. Only a
 * name written with its county word: a bare name that also names a county ("Paris, France";
 * "New York") is read by `qualifierAfter`.
 */

import type { Candidate } from '../../gazetteer/index';
import type { NameRecord, RuleInfo } from '../record';
import type { Token } from '../tokenize';

export const countyAfterRule: RuleInfo = {
	id: 'candidates/county-after',
	description: 'a county named right after a town and a comma holds it ("Bolton, Tolland County")'
};

/** Words that end a county's name as news writes it after a town ("Bolton, Tolland County"). */
const COUNTY_WORDS = new Set(['county', 'parish']);

const NO_CANDIDATES: Candidate[] = [];

/** The readings of the county after record `i` that may hold it (none when there is none). */
export function countyAfter(i: number, records: NameRecord[], tokens: Token[]): Candidate[] {
	const span = (records[i] as NameRecord).span;
	const nextRecord = records[i + 1];
	const next = nextRecord?.span;
	if (next === undefined || next.from !== span.to || next.form !== 'name') return NO_CANDIDATES;
	if ((tokens[next.from] as Token).gap !== 'comma') return NO_CANDIDATES;
	if (!COUNTY_WORDS.has((tokens[next.to - 1] as Token).lower)) return NO_CANDIDATES;
	// A list of counties ("Winneshiek County, Allamakee County") is no town and its county.
	if (COUNTY_WORDS.has((tokens[span.to - 1] as Token).lower)) return NO_CANDIDATES;
	const counties: Candidate[] = [];
	for (const c of (nextRecord as NameRecord).candidates) {
		const p = c.place;
		if (p.kind === 'admin2' && p.admin1Code !== '' && c.match !== 'loose') counties.push(c);
	}
	return counties;
}
