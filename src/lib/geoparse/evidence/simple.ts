/**
 * The evidence rules that read one word or one fact of a mention: where its capitals are, whether
 * a qualifier or a definition comes with it, the verb after it, the article before it, its
 * letters. One rule each; each sets one flag of `NameEvidence`.
 */

import { definingNoun } from '../context/defining-noun';
import {
	commonWordRank,
	FUNCTION_WORDS,
	OBJECT_PREPOSITIONS,
	PERSON_VERBS
} from '../lexicon/index';
import { isSettlement } from '../../gazetteer/index';
import { inSentence, PLACE_PREPOSITIONS } from '../reject/place-cue';
import type { Token } from '../tokenize';
import { listedWith, type EvidenceRule, type MentionView } from './mention';
import { featureKind } from '../candidates/feature-kind';
import { featureShortName } from '../candidates/feature-short-name';
import { kindLead } from '../recognise/kind-words';
import type { NameRecord } from '../record';

/**
 * Whether a kind word in or before the name kept only its readings of that kind, bound it to
 * the feature the story names with one ("the Murray" after "the Murray River"), or led it ("the
 * city of Solo": `recognise/kind-lead`).
 */
const kindWordChose = (r: NameRecord | undefined) =>
	r !== undefined &&
	(r.trace.includes(featureKind.id) ||
		r.trace.includes(featureShortName.id) ||
		r.trace.includes(kindLead.id));

/**
 * "Solo, Central Java, is …" opening a sentence, where its capital says nothing: a qualifier
 * placed the name among the readings it still has.
 */
const qualifiedAt = (r: NameRecord | undefined, first: Token) =>
	first.sentStart &&
	r !== undefined &&
	r.qualifier !== null &&
	r.qualifier.span >= 0 &&
	r.candidates.length > 0;

/**
 * "Thousands rallied in Solo as the president returned home to Central Java": an ordinary word
 * after a preposition of place, with a reading in a first-level division its sentence names.
 * Read only for one ordinary word after such a preposition.
 */
function inNamedDivision(m: MentionView, r: NameRecord | undefined): boolean {
	const prev = m.prev;
	if (r === undefined || prev === undefined || prev.cap || !PLACE_PREPOSITIONS.has(prev.lower))
		return false;
	if (m.span.to - m.span.from !== 1 || commonWordRank(m.first.lower) === Infinity) return false;
	for (const c of r.candidates) {
		const division = c.place.admin1Name;
		if (division && isSettlement(c.place.kind) && inSentence(m.tokens, m.span.from, division))
			return true;
	}
	return false;
}

export const qualifiedRule: EvidenceRule = {
	id: 'evidence/qualified',
	description: 'some mention has a qualifier ("Paris, Texas") or a definition',
	mention: (m, g) => {
		if (m.records[m.i]?.qualifier) g.evidence.qualified = true;
	},
	holds: (g) => g.evidence.qualified
};

export const capitalisedRule: EvidenceRule = {
	id: 'evidence/capitalised',
	description: 'some mention is capitalised mid-sentence, where capitals mean a name',
	mention: (m, g) => {
		if (!m.first.sentStart && !m.first.titleLine) g.evidence.capitalisedMidSentence = true;
	},
	holds: (g) => g.evidence.capitalisedMidSentence
};

export const definedRule: EvidenceRule = {
	id: 'evidence/defined',
	description:
		'some mention is the subject of a definition ("Mobile is a city in …") or its kind word chose its readings ("the island of Java")',
	mention: (m, g) => {
		const r = m.records[m.i];
		if (
			definingNoun(m.span, m.tokens, m.text) >= 0 ||
			kindWordChose(r) ||
			qualifiedAt(r, m.first) ||
			inNamedDivision(m, r)
		)
			g.evidence.defined = true;
	},
	holds: (g) => g.evidence.defined
};

export const personVerbRule: EvidenceRule = {
	id: 'evidence/person-verb',
	description: 'some mention is followed by a verb of speech ("Walsh said", "Conner, who")',
	mention: (m, g) => {
		const { after, first } = m;
		// "Obama administration": a leader's name before "administration" (a country's is exempt).
		// "crew based at X said": a name after a preposition is its object, not the verb's subject.
		// "of Swansea, who suffered…": after a place cue, "who" is the person named before.
		// Every field is read and the flag written for every mention: a read or a store first made
		// after the evidence chain is optimised ("Conner, who" is rare) would throw it away.
		const before = m.prev;
		const where = m.where;
		const object =
			before !== undefined && first.gap === 'space' && OBJECT_PREPOSITIONS.has(before.lower);
		const speaks =
			!m.listedPlace &&
			after !== undefined &&
			!object &&
			((after.gap === 'space' &&
				(PERSON_VERBS.has(after.lower) || after.text === 'administration')) ||
				(after.gap === 'comma' && after.lower === 'who' && !where));
		g.evidence.personVerb = g.evidence.personVerb || speaks;
	},
	holds: (g) => g.evidence.personVerb
};

export const listedRule: EvidenceRule = {
	id: 'evidence/listed',
	description: 'some mention stands in a list with other names ("Sharon, Cornwall and Salisbury")',
	mention: (m, g) => {
		const span = m.span;
		if (
			listedWith(m.records[m.i - 1]?.span, span, m.tokens) ||
			listedWith(span, m.records[m.i + 1]?.span, m.tokens)
		)
			g.evidence.listed = true;
	},
	holds: (g) => g.evidence.listed
};

const INDEFINITE = new Set(['a', 'an']);

export const afterArticleRule: EvidenceRule = {
	id: 'evidence/after-article',
	description:
		'every mention follows an indefinite article and heads it ("a Reserve"): a common noun',
	mention: (m, g) => {
		const { after, prev, first } = m;
		// "served as a Reserve with…" is a common noun; "a US soldier", "a Louisiana man" a name
		// used as a modifier: any lower-case word after it but a closed-class one is its head noun.
		// "a Florida Highway Patrol report": a capitalised word after it makes it part of a longer
		// name, which the article is for. "a Texas-based firm", "a US-led force": a hyphened
		// compound is a modifier too.
		const modifies =
			after !== undefined &&
			(after.gap === 'space' || after.gap === 'hyphen') &&
			(after.cap || !FUNCTION_WORDS.has(after.lower));
		if (!(prev && first.gap === 'space' && INDEFINITE.has(prev.lower)) || modifies)
			g.evidence.afterArticle = false;
	},
	holds: (g) => g.evidence.afterArticle
};

/** Capitals each followed by a dot: "U.S.", "U.K.", "U.A.E.". */
const DOTTED = /^(?:\p{Lu}\.){2,}$/u;

export const acronymRule: EvidenceRule = {
	id: 'evidence/acronym',
	description: 'every mention is short and in capitals ("UN", "FBI"), none where a place stands',
	mention: (m, g) => {
		const first: Token = m.first;
		// The first word's letters without its dots ("U.S." has 2), counted for every mention, not
		// only after one in capitals: a read first made after optimisation would throw the
		// optimised code away, and capitals are rare enough in some news to be first met late.
		let dots = 0;
		for (let k = 0; k < first.text.length; k++) dots += first.text.charCodeAt(k) === 46 ? 1 : 0;
		const short = first.text.length - dots <= 4;
		const oneWord = m.span.to - m.span.from === 1;
		if (!(first.allCaps && short && oneWord) || m.where) g.evidence.acronym = false;
	},
	holds: (g) => g.evidence.acronym
};

export const dottedRule: EvidenceRule = {
	id: 'evidence/dotted',
	description: 'some mention is capitals with dots ("U.S."): an abbreviation, never the word "us"',
	mention: (m, g) => {
		if (m.span.to - m.span.from === 1 && DOTTED.test(m.first.text)) g.evidence.dotted = true;
	},
	holds: (g) => g.evidence.dotted
};

export const firstNameRule: EvidenceRule = {
	id: 'evidence/first-name',
	description: 'the name is one word that is a common first name ("Lucy")',
	// Read off the name itself when its group is made (`group.ts`).
	mention: () => {},
	holds: (g) => g.evidence.firstName
};
