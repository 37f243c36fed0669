/**
 * The pipeline, declared: the stages in the order `parse.ts` runs them, and the rules of each
 * stage in the order they apply. Every rule is one file in the folder of its stage and exports
 * an id (its folder and file), a one-line description and its function. A decision records the
 * id of the rule that made it on the name's record (`NameRecord.trace`) or group
 * (`Group.trace`); `explain.ts` turns those ids into the CLI's `--explain` and the places' `why`.
 *
 * 1. tokenize          `tokenize.ts`
 * 2. recognise         `recognise/`: the scanner (`scan.ts`, a hot kernel) calls its readers in
 *                      the order of `RECOGNISE_RULES`; names defined in the text are added after
 *                      the reject stage (`recognise/defined-subject.ts`)
 * 3. reject            `reject/`: the first rule of `NAME_REJECT_RULES` that holds rejects a name
 * 4. candidates        `candidates/`: lookup, qualifiers, definitions, stand-ins
 * 5. group + evidence  `group.ts`, `evidence/`: one group per name, its evidence flags
 * 6. resolve           `resolve/`: votes in rounds (a hot kernel), the placeness cut, again
 * 7. output            `mentions.ts`, `output.ts`, `explain.ts`
 *
 * The hot lists (the reject rules, the evidence rules) are called through
 * `pipeline.generated.ts`, which `npm run geoparse:pipeline` writes from this file: every rule
 * at a call site of its own, which the engine can inline, as a loop over a list could not. Run
 * it after changing those lists; a unit test fails while it is out of date.
 */

import {
	afterArticleRule,
	acronymRule,
	capitalisedRule,
	definedRule,
	dottedRule,
	firstNameRule,
	listedRule,
	personVerbRule,
	qualifiedRule
} from './evidence/simple';
import { beforeNameRule } from './evidence/before-name';
import { wireDateline } from './evidence/dateline';
import { locativeRule } from './evidence/locative';
import type { EvidenceRule } from './evidence/mention';
import { personCertainRule } from './evidence/person-certain';
import { productRule } from './evidence/product';
import { countyAfterRule } from './candidates/county-after';
import { inCountyRule } from './candidates/in-county';
import {
	countryCodeDropped,
	countryNotAlternate,
	fixedByForm,
	looseOnlyWhenNone,
	townByOwnName
} from './candidates/lookup';
import { featureKind, featureNamesakeOnly } from './candidates/feature-kind';
import { featureShortName } from './candidates/feature-short-name';
import { datelineCity } from './candidates/dateline-city';
import { nearNamed, nearNone } from './candidates/near-named';
import { appositionNear } from './candidates/apposition-near';
import { looseAbroad } from './candidates/loose-abroad';
import { datelineCountry } from './candidates/dateline-country';
import { possessiveQualifier } from './candidates/possessive-qualifier';
import { namedAfterFeature } from './candidates/named-after-feature';
import { definiteArticle } from './candidates/definite-article';
import { townsSuchAs } from './candidates/towns-such-as';
import { capitalCue, countryCue, stateCue } from './candidates/kind-cue';
import { eventVenue } from './candidates/event-venue';
import { seatOfGovernment } from './candidates/seat-of-government';
import { cityFromAbroad } from './candidates/city-from-abroad';
import { namedElsewhereRule } from './candidates/named-elsewhere';
import { definedLookup, qualifierUnmet, standInRule } from './candidates/qualify';
import { definition } from './context/definition';
import { definedSubject } from './recognise/defined-subject';
import { qualifierAfterRule } from './context/qualifiers';
import { neighboursRule } from './evidence/neighbours';
import { capitalAndDivision } from './evidence/capital-and-division';
import { strangerNamesakes, strangersRule } from './evidence/strangers';
import type { RuleInfo } from './record';
import { unknownFeature } from './unknown-feature';
import { unknownSettlement } from './unknown-settlement';
import { farCapital, farOutlier } from './resolve/far-outlier';
import { farProminent } from './resolve/far-prominent';
import { featureNamesake } from './resolve/feature-namesake';
import { loneAbroad } from './resolve/lone-abroad';
import { smallStray } from './resolve/small-stray';
import { streetElsewhere } from './resolve/street-elsewhere';
import { placenessCut } from './resolve/places';
import { articleThe } from './recognise/article-the';
import { bareCountyRule } from './recognise/bare-county';
import { compassInitialRule } from './recognise/compass-initial';
import { countyAbbreviation } from './recognise/county-abbreviation';
import { demonymRule } from './recognise/demonym';
import { featureSuffix } from './recognise/feature-suffix';
import { kindAfterList } from './recognise/kind-after-list';
import { kindBeforeList } from './recognise/kind-before-list';
import { kindLead, kindTail, nameAfterLead } from './recognise/kind-words';
import { listedWithKindRule } from './recognise/listed-with-kind';
import { partyTag } from './recognise/party-tag';
import { prefixTrigger } from './recognise/prefix-trigger';
import { longestName, noContraction } from './recognise/scan';
import { stateAbbreviationRule } from './recognise/state-abbreviation';
import { townBeforeCityWordRule } from './recognise/town-before-city-word';
import { airlineContext, airlineElsewhere } from './reject/airline-context';
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
import { headOfName } from './reject/head-of-name';
import { firstNameSurname } from './reject/first-name-surname';
import { initialBefore } from './reject/initial-before';
import type { RejectRule } from './reject/input';
import { institutionOf } from './reject/institution-of';
import { kindWordOf } from './reject/kind-word-of';
import { knownSurname } from './reject/known-surname';
import { landformAfter } from './reject/landform-after';
import { leagueHeading } from './reject/league-heading';
import { majorSurnameAlone } from './reject/major-surname-alone';
import { nameSuffixAfter } from './reject/name-suffix-after';
import { newspaperOrAirline } from './reject/newspaper-or-airline';
import { ordinaryWordBeforeName } from './reject/ordinary-word-before-name';
import { organisationOf } from './reject/organisation-of';
import { organisationBeforeOf } from './reject/organisation-before-of';
import { organisationWordAfter } from './reject/organisation-word-after';
import { organisationWordWithin } from './reject/organisation-word-within';
import { personInRun } from './reject/person-in-run';
import { placeCue } from './reject/place-cue';
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

/**
 * The recognise rules in the order the scanner tries them at each word: the list readers, the
 * skips, the longest match (or a trigger), the state abbreviation, the demonym, the endings
 * (`refineEnd`), the mention's start, then the bare county.
 */
export const RECOGNISE_RULES: readonly RuleInfo[] = [
	listedWithKindRule,
	compassInitialRule,
	partyTag,
	noContraction,
	longestName,
	prefixTrigger,
	stateAbbreviationRule,
	demonymRule,
	countyAbbreviation,
	townBeforeCityWordRule,
	featureSuffix,
	kindLead,
	kindTail,
	nameAfterLead,
	articleThe,
	bareCountyRule,
	definedSubject,
	kindAfterList,
	kindBeforeList
];

/** The reject rules of a name, in order: the first that holds rejects it. */
export const NAME_REJECT_RULES: readonly RejectRule[] = [
	calendarWord,
	directionWord,
	dottedAbbreviation,
	degreeAfterComma,
	twoLetterWord,
	reduplicated,
	postalCode,
	streetWordAfter,
	diseaseAfter,
	speciesAfter,
	landformAfter,
	leagueHeading,
	routeNumber,
	directionsBeforeName,
	titleAlone,
	institutionOf,
	featureOfWord,
	featureWordBefore,
	headOfName,
	kindWordOf,
	triggerAlone,
	ordinaryWordBeforeName,
	tailOfName,
	wordAfterPlace,
	saintPossessive,
	churchPatrons,
	saintFeast,
	titleBefore,
	initialBefore,
	nameSuffixAfter,
	clubWord,
	clubSuffix,
	clubInSport,
	newspaperOrAirline,
	organisationOf,
	organisationBeforeOf,
	airlineContext,
	ampersand,
	personInRun,
	organisationWordAfter,
	organisationWordWithin,
	firstNameSurname,
	knownSurname,
	majorSurnameAlone
];

/** The reject rules of a demonym. */
export const DEMONYM_REJECT_RULES: readonly RejectRule[] = [demonymInName];

/** The evidence rules, read on every mention of a name into its group's evidence. */
export const EVIDENCE_RULES: readonly EvidenceRule[] = [
	qualifiedRule,
	wireDateline,
	capitalisedRule,
	locativeRule,
	definedRule,
	productRule,
	personCertainRule,
	personVerbRule,
	listedRule,
	afterArticleRule,
	beforeNameRule,
	acronymRule,
	dottedRule,
	firstNameRule
];

/**
 * The candidate rules, in the order they apply: the lookup's (per name), the qualifiers' and
 * definitions' (per mention, `candidates/qualify.ts`), then one across names.
 */
export const CANDIDATE_RULES: readonly RuleInfo[] = [
	fixedByForm,
	countryCodeDropped,
	countryNotAlternate,
	looseOnlyWhenNone,
	townByOwnName,
	qualifierAfterRule,
	possessiveQualifier,
	countyAfterRule,
	inCountyRule,
	standInRule,
	qualifierUnmet,
	definition,
	definedLookup,
	looseAbroad,
	featureKind,
	featureNamesakeOnly,
	namedAfterFeature,
	featureShortName,
	datelineCity,
	appositionNear,
	nearNamed,
	nearNone,
	datelineCountry,
	countryCue,
	capitalCue,
	stateCue,
	eventVenue,
	seatOfGovernment,
	cityFromAbroad,
	definiteArticle,
	townsSuchAs,
	namedElsewhereRule
];

/**
 * The resolve stage's rules: the evidence read off the first pass, then the placeness cut
 * (`resolve/places.ts`). The votes themselves are the terms of `resolve/score.ts`.
 */
export const RESOLVE_RULES: readonly RuleInfo[] = [
	neighboursRule,
	strangersRule,
	strangerNamesakes,
	placenessCut,
	featureNamesake,
	farOutlier,
	farCapital,
	farProminent,
	loneAbroad,
	smallStray,
	streetElsewhere
];

/**
 * The output stage's rules: names the gazetteer lacks that their kind word, or the words around
 * them, make places.
 */
const OUTPUT_RULES: readonly RuleInfo[] = [unknownFeature, unknownSettlement];

/** Rules run once over the reject stage's result, not per name: one sense per name. */
const AFTER_REJECT_RULES: readonly RuleInfo[] = [airlineElsewhere];

/** Exceptions a reject rule reads before it holds (recorded on the name's trace when they do). */
const REJECT_EXCEPTIONS: readonly RuleInfo[] = [placeCue];

/** Rules of the grouping (`group.ts`): which mentions of a name are one sense. */
const GROUP_RULES: readonly RuleInfo[] = [capitalAndDivision];

/** Every rule by id (for `--explain`). */
export const RULES: ReadonlyMap<string, RuleInfo> = new Map(
	[
		...RECOGNISE_RULES,
		...NAME_REJECT_RULES,
		...DEMONYM_REJECT_RULES,
		...REJECT_EXCEPTIONS,
		...GROUP_RULES,
		...CANDIDATE_RULES,
		...EVIDENCE_RULES,
		...RESOLVE_RULES,
		...AFTER_REJECT_RULES,
		...OUTPUT_RULES
	].map((r): [string, RuleInfo] => [r.id, r])
);
