// Generated from pipeline.ts by src/cli/geoparse-pipeline.ts (npm run geoparse:pipeline).
// Do not edit: change the lists in pipeline.ts and run the script again.

/**
 * The hot rule lists of `pipeline.ts`, each rule called at a call site of its own so the engine
 * can inline it (a loop over a list is one call site for every rule in it).
 */

import type { MentionView } from './evidence/mention';
import type { Group } from './record';
import type { RejectInput, RejectRule } from './reject/input';
import { beforeNameRule } from './evidence/before-name';
import { wireDateline } from './evidence/dateline';
import { locativeRule } from './evidence/locative';
import { personCertainRule } from './evidence/person-certain';
import { productRule } from './evidence/product';
import {
	acronymRule,
	afterArticleRule,
	capitalisedRule,
	definedRule,
	dottedRule,
	firstNameRule,
	listedRule,
	personVerbRule,
	qualifiedRule
} from './evidence/simple';
import { airlineContext } from './reject/airline-context';
import { ampersand } from './reject/ampersand';
import { calendarWord } from './reject/calendar-word';
import { churchPatrons } from './reject/church-patrons';
import { clubInSport } from './reject/club-in-sport';
import { clubSuffix } from './reject/club-suffix';
import { clubWord } from './reject/club-word';
import { degreeAfterComma } from './reject/degree-after-comma';
import { demonymInName } from './reject/demonym-in-name';
import { directionWord } from './reject/direction-word';
import { directionsBeforeName } from './reject/directions-before-name';
import { diseaseAfter } from './reject/disease-after';
import { dottedAbbreviation } from './reject/dotted-abbreviation';
import { featureOfWord } from './reject/feature-of-word';
import { featureWordBefore } from './reject/feature-word-before';
import { firstNameSurname } from './reject/first-name-surname';
import { headOfName } from './reject/head-of-name';
import { initialBefore } from './reject/initial-before';
import { institutionOf } from './reject/institution-of';
import { kindWordOf } from './reject/kind-word-of';
import { knownSurname } from './reject/known-surname';
import { landformAfter } from './reject/landform-after';
import { leagueHeading } from './reject/league-heading';
import { majorSurnameAlone } from './reject/major-surname-alone';
import { nameSuffixAfter } from './reject/name-suffix-after';
import { newspaperOrAirline } from './reject/newspaper-or-airline';
import { ordinaryWordBeforeName } from './reject/ordinary-word-before-name';
import { organisationBeforeOf } from './reject/organisation-before-of';
import { organisationOf } from './reject/organisation-of';
import { organisationWordAfter } from './reject/organisation-word-after';
import { organisationWordWithin } from './reject/organisation-word-within';
import { personInRun } from './reject/person-in-run';
import { postalCode } from './reject/postal-code';
import { reduplicated } from './reject/reduplicated';
import { routeNumber } from './reject/route-number';
import { saintFeast } from './reject/saint-feast';
import { saintPossessive } from './reject/saint-possessive';
import { speciesAfter } from './reject/species-after';
import { streetWordAfter } from './reject/street-word-after';
import { tailOfName } from './reject/tail-of-name';
import { titleAlone } from './reject/title-alone';
import { titleBefore } from './reject/title-before';
import { triggerAlone } from './reject/trigger-alone';
import { twoLetterWord } from './reject/two-letter-word';
import { wordAfterPlace } from './reject/word-after-place';

/** The first rule of `NAME_REJECT_RULES` that holds for a name, or null. */
export function rejectName(x: RejectInput): RejectRule | null {
	if (calendarWord.test(x)) return calendarWord;
	if (directionWord.test(x)) return directionWord;
	if (dottedAbbreviation.test(x)) return dottedAbbreviation;
	if (degreeAfterComma.test(x)) return degreeAfterComma;
	if (twoLetterWord.test(x)) return twoLetterWord;
	if (reduplicated.test(x)) return reduplicated;
	if (postalCode.test(x)) return postalCode;
	if (streetWordAfter.test(x)) return streetWordAfter;
	if (diseaseAfter.test(x)) return diseaseAfter;
	if (speciesAfter.test(x)) return speciesAfter;
	if (landformAfter.test(x)) return landformAfter;
	if (leagueHeading.test(x)) return leagueHeading;
	if (routeNumber.test(x)) return routeNumber;
	if (directionsBeforeName.test(x)) return directionsBeforeName;
	if (titleAlone.test(x)) return titleAlone;
	if (institutionOf.test(x)) return institutionOf;
	if (featureOfWord.test(x)) return featureOfWord;
	if (featureWordBefore.test(x)) return featureWordBefore;
	if (headOfName.test(x)) return headOfName;
	if (kindWordOf.test(x)) return kindWordOf;
	if (triggerAlone.test(x)) return triggerAlone;
	if (ordinaryWordBeforeName.test(x)) return ordinaryWordBeforeName;
	if (tailOfName.test(x)) return tailOfName;
	if (wordAfterPlace.test(x)) return wordAfterPlace;
	if (saintPossessive.test(x)) return saintPossessive;
	if (churchPatrons.test(x)) return churchPatrons;
	if (saintFeast.test(x)) return saintFeast;
	if (titleBefore.test(x)) return titleBefore;
	if (initialBefore.test(x)) return initialBefore;
	if (nameSuffixAfter.test(x)) return nameSuffixAfter;
	if (clubWord.test(x)) return clubWord;
	if (clubSuffix.test(x)) return clubSuffix;
	if (clubInSport.test(x)) return clubInSport;
	if (newspaperOrAirline.test(x)) return newspaperOrAirline;
	if (organisationOf.test(x)) return organisationOf;
	if (organisationBeforeOf.test(x)) return organisationBeforeOf;
	if (airlineContext.test(x)) return airlineContext;
	if (ampersand.test(x)) return ampersand;
	if (personInRun.test(x)) return personInRun;
	if (organisationWordAfter.test(x)) return organisationWordAfter;
	if (organisationWordWithin.test(x)) return organisationWordWithin;
	if (firstNameSurname.test(x)) return firstNameSurname;
	if (knownSurname.test(x)) return knownSurname;
	if (majorSurnameAlone.test(x)) return majorSurnameAlone;
	return null;
}

/** The first rule of `DEMONYM_REJECT_RULES` that holds for a demonym, or null. */
export function rejectDemonym(x: RejectInput): RejectRule | null {
	if (demonymInName.test(x)) return demonymInName;
	return null;
}

/** Every rule of `EVIDENCE_RULES`, in order, reads one mention into its group's evidence. */
export function readEvidence(m: MentionView, g: Group): void {
	qualifiedRule.mention(m, g);
	wireDateline.mention(m, g);
	capitalisedRule.mention(m, g);
	locativeRule.mention(m, g);
	definedRule.mention(m, g);
	productRule.mention(m, g);
	personCertainRule.mention(m, g);
	personVerbRule.mention(m, g);
	listedRule.mention(m, g);
	afterArticleRule.mention(m, g);
	beforeNameRule.mention(m, g);
	acronymRule.mention(m, g);
	dottedRule.mention(m, g);
	firstNameRule.mention(m, g);
}

/** Adds `id` to the group's trace when `holds`. */
function traceIf(g: Group, holds: boolean, id: string): void {
	if (holds) g.trace.push(id);
}

/** The id of every rule of `EVIDENCE_RULES` whose evidence holds, on the group's trace. */
export function traceEvidence(g: Group): void {
	traceIf(g, qualifiedRule.holds(g), qualifiedRule.id);
	traceIf(g, wireDateline.holds(g), wireDateline.id);
	traceIf(g, capitalisedRule.holds(g), capitalisedRule.id);
	traceIf(g, locativeRule.holds(g), locativeRule.id);
	traceIf(g, definedRule.holds(g), definedRule.id);
	traceIf(g, productRule.holds(g), productRule.id);
	traceIf(g, personCertainRule.holds(g), personCertainRule.id);
	traceIf(g, personVerbRule.holds(g), personVerbRule.id);
	traceIf(g, listedRule.holds(g), listedRule.id);
	traceIf(g, afterArticleRule.holds(g), afterArticleRule.id);
	traceIf(g, beforeNameRule.holds(g), beforeNameRule.id);
	traceIf(g, acronymRule.holds(g), acronymRule.id);
	traceIf(g, dottedRule.holds(g), dottedRule.id);
	traceIf(g, firstNameRule.holds(g), firstNameRule.id);
}
