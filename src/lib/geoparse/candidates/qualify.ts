/**
 * The qualify stage: the qualifier after each name ("Paris, Texas", "Bolton, Tolland County"),
 * or the divisions a definition places it in ("Lima is a city in Allen County, Ohio"), onto its
 * record; the readings of a qualified or defined name gain the divisions themselves as
 * stand-ins for a namesake the gazetteer lacks, and lose the settlements outside a named county.
 */

import { candidate, isSettlement, type Candidate } from '../../gazetteer/index';
import { definition, definitionOf } from '../context/definition';
import { qualifierAfter, qualifierAfterRule, satisfies } from '../context/qualifiers';
import type { MemoGazetteer } from '../memo';
import type { NameRecord, Qualifier, RuleInfo } from '../record';
import type { Token } from '../tokenize';
import { SCORES } from '../weights';
import { countyAfter, countyAfterRule } from './county-after';
import { inCounty, inCountyRule } from './in-county';
import { possessiveBefore, possessiveQualifier } from './possessive-qualifier';
import { CANDIDATE_QUERY, candidatesFor, DEFINED_QUERY } from './lookup';

export const standInRule: RuleInfo = {
	id: 'candidates/stand-in',
	description: "the qualifier's division stands in for a town of it the gazetteer lacks"
};
export const qualifierUnmet: RuleInfo = {
	id: 'candidates/qualifier-unmet',
	description:
		'a town qualified by a country none of its readings lies in ("Springfield, Kenya") is one the gazetteer lacks'
};
export const definedLookup: RuleInfo = {
	id: 'candidates/defined-lookup',
	description: "a defined name's namesakes are looked up deeper, those in its divisions kept"
};

const containerOf = (c: Candidate) => ({
	country: c.place.countryCode,
	admin1: c.place.admin1Code
});

/** A division's reading as a stand-in, recorded on the record it stands in for. */
function standIn(c: Candidate, r: NameRecord): Candidate {
	const s = candidate(c.place, SCORES.standIn, c.match, false);
	r.standIns.push(s);
	return s;
}

/**
 * `own` with the divisions of the qualifier (`outer`, of `kind`) standing in for a namesake
 * inside them that the gazetteer lacks: "Bolton, Connecticut", "Bolton, Conn." (no Bolton of
 * Connecticut indexed) is somewhere in Connecticut, not the Bolton of Massachusetts.
 */
function withStandIns(
	r: NameRecord,
	own: Candidate[],
	outer: Candidate[],
	q: Qualifier,
	kind: 'admin1' | 'admin2'
): Candidate[] {
	if (own.some((c) => satisfies(c, q))) return own;
	// A list of states or countries ("Missouri, New York") reads as a qualifier too: only a name
	// read as nothing but settlements is a town the gazetteer may lack.
	if (own.some((c) => !isSettlement(c.place.kind))) return own;
	// "Springfield, Kenya": a country stands in for no town; the town is off the map.
	if (q.containers.every((k) => k.admin1 === null)) {
		r.trace.push(qualifierUnmet.id);
		return [];
	}
	const out = own.slice();
	for (const c of outer) {
		if (c.place.kind === kind && c.match !== 'loose') out.push(standIn(c, r));
	}
	if (out.length > own.length) r.trace.push(standInRule.id);
	return out;
}

/** The readings of a qualifier: its name's, or the state an abbreviation names ("Conn."). */
function outerOf(q: Qualifier, records: NameRecord[], gaz: MemoGazetteer): Candidate[] {
	if (q.span >= 0) return records[q.span]?.candidates ?? [];
	const k = q.containers[0];
	const place = k && k.admin1 !== null ? gaz.byId(`admin1:${k.country}.${k.admin1}`) : null;
	return place === null ? [] : [candidate(place, SCORES.fixed, 'alias', false)];
}

/** "Lima is a city in Allen County, Ohio": the definition's divisions and their readings. */
function defined(
	r: NameRecord,
	d: NonNullable<ReturnType<typeof definitionOf>>,
	gaz: MemoGazetteer
): void {
	const own = r.candidates;
	let extended = own.slice();
	const span = r.span;
	r.trace.push(definition.id);
	if (own.length >= CANDIDATE_QUERY.limit && span.fixed === null) {
		for (const c of candidatesFor(gaz, span.query, DEFINED_QUERY).candidates.slice(own.length)) {
			if (satisfies(c, d.qualifier)) extended.push(c);
		}
		if (extended.length > own.length) r.trace.push(definedLookup.id);
	}
	const n = extended.length;
	extended = inCounty(extended, d.counties);
	if (extended.length < n) r.trace.push(inCountyRule.id);
	let stood = false;
	for (const c of d.within) {
		if (!own.some((o) => o.place.index === c.place.index)) {
			extended.push(standIn(c, r));
			stood = true;
		}
	}
	if (stood) r.trace.push(standInRule.id);
	r.candidates = extended;
}

export function qualifyStage(
	text: string,
	records: NameRecord[],
	tokens: Token[],
	gaz: MemoGazetteer
): void {
	for (let i = 0; i < records.length; i++) {
		const r = records[i] as NameRecord;
		let q = qualifierAfter(i, records, tokens, gaz);
		const counties = q === null ? countyAfter(i, records, tokens) : NO_CANDIDATES;
		if (counties.length > 0) {
			// "Bolton, Tolland County": in one of the counties so named, or the county stands in.
			q = { containers: counties.map(containerOf), span: -1 };
			r.trace.push(countyAfterRule.id);
			const n = r.candidates.length;
			const inside = inCounty(r.candidates, counties);
			if (inside.length < n) r.trace.push(inCountyRule.id);
			r.candidates = withStandIns(r, inside, counties, q, 'admin2');
		} else if (q !== null) {
			r.trace.push(qualifierAfterRule.id);
			r.candidates = withStandIns(r, r.candidates, outerOf(q, records, gaz), q, 'admin1');
		} else {
			q = possessiveBefore(i, records, tokens);
			if (q !== null) {
				r.trace.push(possessiveQualifier.id);
				r.candidates = withStandIns(r, r.candidates, outerOf(q, records, gaz), q, 'admin1');
			}
		}
		// Most texts define nothing: the test reads two tokens after the name.
		const d = q === null ? definitionOf(i, records, tokens, text) : null;
		if (d !== null) {
			q = d.qualifier;
			defined(r, d, gaz);
		}
		r.qualifier = q;
	}
}

const NO_CANDIDATES: Candidate[] = [];
