/**
 * The recogniser's scanner (a hot kernel, shaped for the JIT): find the spans of the text that
 * name a place the gazetteer knows, left to right, never overlapping.
 *
 * Greedy longest match over capitalised words (with connectors inside: "Isle of Man"), guided by
 * the gazetteer's probe (is this a name, does a longer one go on from it), one binary search per
 * distinct stretch of text, remembered by the memo. The special readers and the ending rules are
 * the recognise rules of `pipeline.ts`, each in its own file; the scanner calls them in that
 * order and records on each span the ids of those that read it (`Span.rules`).
 */

import { splitKindHint } from '../../gazetteer/index';
import type { MemoGazetteer } from '../memo';
import {
	commonWordRank,
	CONNECTORS,
	PARTY_TAGS,
	PREFIX_TRIGGERS,
	SUFFIX_TRIGGERS
} from '../lexicon/index';
import type { RuleInfo, Span } from '../record';
import type { Token } from '../tokenize';
import { articleBefore, articleThe } from './article-the';
import { bareCounty } from './bare-county';
import { compassInitial } from './compass-initial';
import { countyAbbreviation, readCountyAbbreviation } from './county-abbreviation';
import { demonymAt, demonymSpan, demonymWins } from './demonym';
import { featureSuffix, readFeatureSuffix } from './feature-suffix';
import { kindLead, kindTail, nameAfterKindLead, nameAfterLead, readKindWords } from './kind-words';
import { listedWithKind } from './listed-with-kind';
import { afterPartyTag } from './party-tag';
import { ENDING_BITS, joins, Pick } from './pick';
import { prefixTrigger, readPrefixTrigger } from './prefix-trigger';
import { sharedKindWords } from './shared-kind';
import { stateAbbreviation, stateAbbreviationRule } from './state-abbreviation';
import { readTownBeforeCityWord, townBeforeCityWordRule } from './town-before-city-word';

export const longestName: RuleInfo = {
	id: 'recognise/longest-name',
	description: 'the longest run of capitalised words the gazetteer knows as a name'
};

export const noContraction: RuleInfo = {
	id: 'recognise/no-contraction',
	description: '"We\'ll", "Don\'t": a contraction is never a name'
};

/** Longest name the gazetteer has, at most this many words. */
const MAX_WORDS = 7;

const CONTRACTION = /['’](?:ll|re|ve|d|m|t)$/i;
/** A French or Italian article elided before a capitalised word: "d'Ivoire", "l'Aquila". */
const ELIDED = /^(?:d|l|dell|dall|all|nell|sull)['’]\p{Lu}/u;
const hasApostrophe = (s: string) => s.includes("'") || s.includes('’');

/**
 * "Police Department", "Department of Justice": a kind word around an ordinary word is no place
 * name, even where a place has that word for its name.
 */
function ordinaryBase(key: string): boolean {
	const base = splitKindHint(key).key;
	return !base.includes(' ') && commonWordRank(base) < Infinity;
}

/**
 * The endings of a name that news writes around it (`pick.best` ≥ 0, changed in place), in
 * order: "Plymouth Co.", "Dublin City Council", "Cedar River", "the city of X" / "X province".
 * Every test and index is computed for every name: a read first made after this function is
 * optimised would throw the optimised code away. The rare endings live in their own function:
 * it is compiled (and recompiled when a rare branch is first met) alone, not with the
 * recogniser's whole loop inlined around it.
 */
function refineEnd(text: string, tokens: Token[], i: number, pick: Pick, gaz: MemoGazetteer): void {
	readCountyAbbreviation(text, tokens, i, pick, gaz);
	readTownBeforeCityWord(text, tokens, i, pick, gaz);
	readFeatureSuffix(text, tokens, i, pick, gaz);
	readKindWords(tokens, i, pick);
}

/** The ids of the rules that read a name (`pick.fired`, the trigger, the lead, the article). */
function rulesOf(pick: Pick, trigger: boolean, lead: boolean, article: boolean): string[] {
	const rules = [trigger ? prefixTrigger.id : longestName.id];
	const f = pick.fired;
	if (f !== 0) {
		if (f & ENDING_BITS.countyAbbreviation) rules.push(countyAbbreviation.id);
		if (f & ENDING_BITS.townBeforeCityWord) rules.push(townBeforeCityWordRule.id);
		if (f & ENDING_BITS.featureSuffix) rules.push(featureSuffix.id);
		if (f & ENDING_BITS.kindLead) rules.push(kindLead.id);
		if (f & ENDING_BITS.kindTail) rules.push(kindTail.id);
	}
	if (lead) rules.push(nameAfterLead.id);
	if (article) rules.push(articleThe.id);
	return rules;
}

/** Find every name and demonym span, left to right, never overlapping. */
export function recognize(text: string, tokens: Token[], gaz: MemoGazetteer): Span[] {
	const spans: Span[] = [];
	const sharedKind = sharedKindWords(tokens);
	const pick = new Pick();
	let i = 0;
	while (i < tokens.length) {
		const first = tokens[i] as Token;
		// Called for every token (it answers at once for most texts): a call first made after the
		// recogniser is optimised would throw the optimised code away.
		const listed = listedWithKind(text, tokens, i, sharedKind, gaz);
		if (listed) {
			spans.push(listed);
			i = listed.to;
			continue;
		}
		const compass = first.cap ? compassInitial(text, tokens, i, gaz) : null;
		if (compass) {
			spans.push(compass);
			i = compass.to;
			continue;
		}
		// "We'll", "I'm", "Don't": contractions are never names.
		// "D-Pa.", "R-Fairfax": the party letter is no part of the place after it.
		const partyTag = PARTY_TAGS.has(first.text) && afterPartyTag(tokens, i + 1);
		if (!first.cap || partyTag || (hasApostrophe(first.text) && CONTRACTION.test(first.text))) {
			i++;
			continue;
		}
		let best = -1;
		let bestKey = '';
		let bestQuery = '';
		for (let j = i; j < tokens.length && j - i < MAX_WORDS; j++) {
			const t = tokens[j] as Token;
			if (j > i && !joins(t)) break;
			// "Côte d'Ivoire", "Val d'Isère": an elided article before a capital is a name's word.
			const cap = t.cap || (j > i && ELIDED.test(t.text));
			if (!cap && !CONNECTORS.has(t.lower) && !(j > i && SUFFIX_TRIGGERS.has(t.lower) && t.cap))
				break;
			const spanText = j === i ? first.text : text.slice(first.start, t.end);
			const probe = gaz.span(spanText);
			// A possessive ends the name ("Iran's second..."), except on its last word, and except
			// inside a name the gazetteer has with it ("Cox's Bazar", "King's Lynn").
			if (j > i && (tokens[j - 1] as Token).possessive && !probe.known && !probe.longer) break;
			const key = probe.key;
			// "DeKalb City Council", "Florida State University": a kind word read as a hint only
			// when the name ends there, not when it starts an organisation's name.
			const next = tokens[j + 1];
			const hintOnly = !probe.name;
			// "Ohio Department of Health": the name goes on, possibly after "of".
			const afterNext = tokens[j + 2];
			const continues =
				next !== undefined &&
				joins(next) &&
				(next.cap ||
					(next.lower === 'of' && afterNext !== undefined && afterNext.cap && joins(afterNext)));
			if (cap && probe.known && !(j > i && hintOnly && (continues || ordinaryBase(key)))) {
				best = j;
				bestKey = key;
				bestQuery = spanText;
			}
			if (!probe.longer) {
				// Kind words extend a known name even when the full form is not indexed.
				const next = tokens[j + 1];
				if (!(next && next.cap && joins(next) && SUFFIX_TRIGGERS.has(next.lower))) break;
			}
		}
		pick.fired = 0;
		// The trigger word is tested here, before the call: the reader is asked of few words.
		// "Fort Providence": a trigger that is a name alone ("Fort") still reads the name after it.
		const trigger =
			best <= i &&
			PREFIX_TRIGGERS[first.lower] !== undefined &&
			readPrefixTrigger(text, tokens, i, pick, gaz);
		if (trigger) {
			best = pick.best;
			bestKey = pick.key;
			bestQuery = pick.query;
		}
		const state = stateAbbreviation(tokens, i, gaz);
		if (state) {
			spans.push({
				from: i,
				to: i + 1,
				start: first.start,
				end: first.end,
				key: `state ${state.admin1Code.toLowerCase()}`,
				query: first.text,
				form: 'name',
				demonymOf: null,
				fixed: state,
				rules: [stateAbbreviationRule.id]
			});
			i++;
			continue;
		}
		const country = demonymAt(first, gaz);
		const wins = country !== null && demonymWins(first, gaz);
		if (best === i && wins) best = -1;
		if (best >= 0) {
			pick.best = best;
			pick.key = bestKey;
			pick.query = bestQuery;
			refineEnd(text, tokens, i, pick, gaz);
			best = pick.best;
			bestKey = pick.key;
			bestQuery = pick.query;
		}
		if (best >= 0) {
			const last = tokens[best] as Token;
			const named = nameAfterKindLead(tokens, i, best);
			const from = articleBefore(tokens, named, bestQuery, gaz);
			spans.push({
				from,
				to: best + 1,
				start: (tokens[from] as Token).start,
				end: last.end,
				key: bestKey,
				query: bestQuery,
				form: 'name',
				demonymOf: null,
				fixed: null,
				rules: rulesOf(pick, trigger, named !== i, from !== named)
			});
			i = best + 1;
			continue;
		}
		const county = best < 0 && !country ? bareCounty(text, tokens, i, gaz) : null;
		if (county) {
			spans.push(county);
			i++;
			continue;
		}
		if (country) spans.push(demonymSpan(i, first, country, gaz));
		i++;
	}
	return spans;
}
