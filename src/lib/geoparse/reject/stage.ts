/**
 * The reject stage: every recognised name becomes a record; the reject rules of `pipeline.ts`
 * (one file each in this folder) run on it in order, and the first that holds rejects it (a
 * person, an organisation, a calendar word, part of a longer name). A state abbreviation read
 * after a town ("Paris, Ky.") is fixed by its form and never rejected.
 */

import type { LookupOptions } from '../../gazetteer/index';
import { commonWordRank, FIRST_NAME } from '../lexicon/index';
import type { MemoGazetteer } from '../memo';
import { DEMONYM_REJECT_RULES } from '../pipeline';
import { newRecord, type Chunk, type NameRecord, type Span } from '../record';
import { findChunks } from '../recognise/chunks';
import type { Token } from '../tokenize';
import { rejectInput, type RejectDocument, type RejectInput, type RejectRule } from './input';
import { calendarWord } from './calendar-word';
import { directionWord } from './direction-word';
import { dottedAbbreviation } from './dotted-abbreviation';
import { degreeAfterComma } from './degree-after-comma';
import { twoLetterWord } from './two-letter-word';
import { postalCode } from './postal-code';
import { streetWordAfter } from './street-word-after';
import { diseaseAfter } from './disease-after';
import { landformAfter } from './landform-after';
import { leagueHeading } from './league-heading';
import { routeNumber } from './route-number';
import { directionsBeforeName } from './directions-before-name';
import { titleAlone } from './title-alone';
import { institutionOf } from './institution-of';
import { featureOfWord } from './feature-of-word';
import { kindWordOf } from './kind-word-of';
import { triggerAlone } from './trigger-alone';
import { ordinaryWordBeforeName } from './ordinary-word-before-name';
import { tailOfName } from './tail-of-name';
import { wordAfterPlace } from './word-after-place';
import { saintPossessive } from './saint-possessive';
import { churchPatrons } from './church-patrons';
import { titleBefore } from './title-before';
import { initialBefore } from './initial-before';
import { nameSuffixAfter } from './name-suffix-after';
import { clubWord } from './club-word';
import { clubSuffix } from './club-suffix';
import { ampersand } from './ampersand';
import { personInRun } from './person-in-run';
import { organisationWordAfter } from './organisation-word-after';
import { firstNameSurname } from './first-name-surname';
import { knownSurname } from './known-surname';
import { majorSurnameAlone } from './major-surname-alone';
import { collectSurnames } from './surnames';

/** Countries and first-level divisions only (one shared object: the memo keys on it). */
const MAJOR_QUERY: LookupOptions = { limit: 1, kinds: ['country', 'admin1'], loose: false };
const TOP_QUERY: LookupOptions = { limit: 1, loose: false };

/** The first rule of `rules` that holds, or null. */
function firstRule(
	rules: readonly RejectRule[],
	doc: RejectDocument,
	span: Span,
	chunk: Chunk | null
): RejectRule | null {
	const x = rejectInput(doc, span, chunk);
	for (const rule of rules) if (rule.test(x)) return rule;
	return null;
}

/**
 * The first rule of `NAME_REJECT_RULES` that holds for a name, or null: the list's rules in its
 * order, each called at its own site (a hot path: one loop over the list would make one call
 * site for 33 functions, which the engine cannot inline; measured, that cost the demo article a
 * tenth of its parse). `tests/unit/geoparse/rules/reject.test.ts` checks the order is the list's.
 */
export function firstNameRule(x: RejectInput): RejectRule | null {
	if (calendarWord.test(x)) return calendarWord;
	if (directionWord.test(x)) return directionWord;
	if (dottedAbbreviation.test(x)) return dottedAbbreviation;
	if (degreeAfterComma.test(x)) return degreeAfterComma;
	if (twoLetterWord.test(x)) return twoLetterWord;
	if (postalCode.test(x)) return postalCode;
	if (streetWordAfter.test(x)) return streetWordAfter;
	if (diseaseAfter.test(x)) return diseaseAfter;
	if (landformAfter.test(x)) return landformAfter;
	if (leagueHeading.test(x)) return leagueHeading;
	if (routeNumber.test(x)) return routeNumber;
	if (directionsBeforeName.test(x)) return directionsBeforeName;
	if (titleAlone.test(x)) return titleAlone;
	if (institutionOf.test(x)) return institutionOf;
	if (featureOfWord.test(x)) return featureOfWord;
	if (kindWordOf.test(x)) return kindWordOf;
	if (triggerAlone.test(x)) return triggerAlone;
	if (ordinaryWordBeforeName.test(x)) return ordinaryWordBeforeName;
	if (tailOfName.test(x)) return tailOfName;
	if (wordAfterPlace.test(x)) return wordAfterPlace;
	if (saintPossessive.test(x)) return saintPossessive;
	if (churchPatrons.test(x)) return churchPatrons;
	if (titleBefore.test(x)) return titleBefore;
	if (initialBefore.test(x)) return initialBefore;
	if (nameSuffixAfter.test(x)) return nameSuffixAfter;
	if (clubWord.test(x)) return clubWord;
	if (clubSuffix.test(x)) return clubSuffix;
	if (ampersand.test(x)) return ampersand;
	if (personInRun.test(x)) return personInRun;
	if (organisationWordAfter.test(x)) return organisationWordAfter;
	if (firstNameSurname.test(x)) return firstNameSurname;
	if (knownSurname.test(x)) return knownSurname;
	if (majorSurnameAlone.test(x)) return majorSurnameAlone;
	return null;
}

/** The records of the recognised spans: those kept, in reading order, and those rejected. */
export function rejectStage(
	tokens: Token[],
	recognised: Span[],
	gaz: MemoGazetteer
): { kept: NameRecord[]; rejected: NameRecord[] } {
	const { chunks, chunkOf } = findChunks(tokens);
	// A surname that is also a country or state ("Michael Jordan") makes it a person later only
	// where no preposition of place stands before it ("Jordan said", not "flew to Jordan").
	const surnames = new Set<string>();
	const majorSurnames = new Set<string>();
	for (const s of collectSurnames(tokens, chunks)) {
		if (gaz.lookup(s, MAJOR_QUERY).length === 0) surnames.add(s);
		else majorSurnames.add(s);
	}
	const covered = new Uint8Array(tokens.length);
	for (const s of recognised) covered.fill(1, s.from, s.to);
	// A first-level division by its own name, no ordinary word nor first name ("Centre", "Georgia"):
	// countries are left out, as parties take their names ("United Russia").
	const isMajor = (s: Span) => {
		const top = gaz.lookup(s.query, TOP_QUERY)[0];
		return (
			top !== undefined &&
			top.place.kind === 'admin1' &&
			top.place.name === s.query &&
			!s.query
				.split(' ')
				.some((w) => commonWordRank(w.toLowerCase()) < Infinity || FIRST_NAME.has(w))
		);
	};
	const doc: RejectDocument = { tokens, gaz, surnames, majorSurnames, covered, isMajor };
	const kept: NameRecord[] = [];
	const rejected: NameRecord[] = [];
	for (const span of recognised) {
		const chunk = chunks[chunkOf[span.from] ?? -1] ?? null;
		const rule =
			span.form === 'demonym'
				? firstRule(DEMONYM_REJECT_RULES, doc, span, chunk)
				: span.fixed !== null
					? null
					: firstNameRule(rejectInput(doc, span, chunk));
		const record = newRecord(span);
		if (rule === null) kept.push(record);
		else {
			record.trace.push(rule.id);
			rejected.push(record);
		}
	}
	return { kept, rejected };
}
