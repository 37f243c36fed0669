/**
 * "Cagayan and Isabela provinces", "the Danube and Sava rivers", "the Batanes islands": a kind
 * word in lower case after a name, or in the plural after a list of names, says what each of
 * them is. A division word becomes a hint for the lookup of every item ("Isabela province"), as
 * `recognise/kind-tail` makes it for one name; a feature word joins every item's key ("sava
 * river"), so that `candidates/feature-kind` keeps the readings of its kind, and the lookup reads
 * the whole name when the gazetteer has it ("Reykjanes peninsula"). The mention stays the name.
 */

import type { MemoGazetteer } from '../memo';
import { listedWith } from '../evidence/mention';
import type { NameRecord, RuleInfo, Span } from '../record';
import type { Token } from '../tokenize';
import { splitKindHint } from '../../gazetteer/index';

export const kindAfterList: RuleInfo = {
	id: 'recognise/kind-after-list',
	description:
		'a kind word after a list says what each item is ("Cagayan and Isabela provinces", "the Sava river")'
};

/**
 * Division words in the plural, after a list of two names or more, and the singular the lookup
 * reads as a hint. Counties and parishes the gazetteer has by their whole name ("Oconee County")
 * are read whole by `recognise/listed-with-kind`; the others are hinted here ("Kildare and
 * Wicklow counties"). One name alone before the plural is the place's divisions ("Punjab
 * provinces" is rare; "Indiana counties" common), so a list it must be.
 */
export const DIVISIONS: ReadonlyMap<string, string> = new Map([
	['provinces', 'province'],
	['states', 'state'],
	['regions', 'region'],
	['districts', 'district'],
	['departments', 'department'],
	['prefectures', 'prefecture'],
	['governorates', 'governorate'],
	['oblasts', 'oblast'],
	['counties', 'county'],
	['parishes', 'parish']
]);

/**
 * A feature word in lower case: the word the key takes; whether it is a plural, which every item
 * of a list before it takes (a singular: the last name only); and whether one name alone takes
 * the plural ("the Batanes islands", "the Rwenzori mountains"; not "the Nile rivers").
 */
interface FeatureAfter {
	word: string;
	plural: boolean;
	alone: boolean;
}

const singular = (word: string): [string, FeatureAfter] => [
	word,
	{ word, plural: false, alone: true }
];

/** Feature words after a name or a list ("the Sava river", "the Batanes islands"). */
const FEATURES: ReadonlyMap<string, FeatureAfter> = new Map([
	...['river', 'island', 'peninsula', 'valley', 'volcano', 'strait'].map(singular),
	['rivers', { word: 'river', plural: true, alone: false }],
	['dams', { word: 'dam', plural: true, alone: false }],
	['islands', { word: 'islands', plural: true, alone: true }],
	['mountains', { word: 'mountains', plural: true, alone: true }]
]);

/** The lower-case word right after the span, or null (a possessive or punctuation ends it). */
function wordAfter(span: Span, tokens: Token[]): Token | null {
	const last = tokens[span.to - 1] as Token;
	const next = tokens[span.to];
	if (next === undefined || next.cap || next.gap !== 'space' || last.possessive) return null;
	return next;
}

/** The items of the list that ends with record `i` (in order), itself alone when no list. */
function listEndingAt(records: NameRecord[], i: number, tokens: Token[]): NameRecord[] {
	let k = i;
	while (k > 0 && listedWith((records[k - 1] as NameRecord).span, records[k]?.span, tokens)) k--;
	return records.slice(k, i + 1);
}

/** A name read with a division word after its list: the word is a hint for its lookup. */
export function hintDivision(r: NameRecord, singular: string, rule = kindAfterList.id): void {
	const s = r.span;
	if (s.form !== 'name' || s.fixed || splitKindHint(s.key).kind !== null) return;
	s.query = `${s.query} ${singular}`;
	s.rules.push(rule);
}

/** A name read with a feature word after it: the word joins its key (and its lookup if known). */
function joinFeature(r: NameRecord, word: string, gaz: MemoGazetteer): void {
	const s = r.span;
	if (s.form !== 'name' || s.fixed || s.key.includes(' ' + word)) return;
	const whole = `${s.query} ${word}`;
	const key = gaz.key(whole);
	if (gaz.has(key)) s.query = whole;
	s.key = key;
	s.rules.push(kindAfterList.id);
}

/** 1 when the span was read with a kind word after it (a word of its name as evidence), else 0. */
export const kindWordAfter = (span: Span): number =>
	span.rules.includes(kindAfterList.id) || span.rules.includes(KIND_BEFORE_LIST) ? 1 : 0;

/** `recognise/kind-before-list`'s id ("the provinces of Jujuy, Salta and Catamarca"). */
export const KIND_BEFORE_LIST = 'recognise/kind-before-list';

/** Read the kind words after names and lists into the names' lookups and keys (see above). */
export function kindAfterListStage(
	records: NameRecord[],
	tokens: Token[],
	gaz: MemoGazetteer
): void {
	for (let i = 0; i < records.length; i++) {
		const r = records[i] as NameRecord;
		if (r.span.form !== 'name') continue;
		const next = wordAfter(r.span, tokens);
		if (next === null) continue;
		const division = DIVISIONS.get(next.lower);
		const feature = FEATURES.get(next.lower);
		if (division === undefined && feature === undefined) continue;
		if (division !== undefined) {
			const items = listEndingAt(records, i, tokens);
			if (items.length > 1) for (const item of items) hintDivision(item, division);
		} else if (feature !== undefined && !feature.plural) joinFeature(r, feature.word, gaz);
		else if (feature !== undefined) {
			const items = listEndingAt(records, i, tokens);
			if (items.length > 1 || feature.alone)
				for (const item of items) joinFeature(item, feature.word, gaz);
		}
	}
}
