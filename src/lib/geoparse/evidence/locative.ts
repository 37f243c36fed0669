/** Whether a mention stands where a place is expected ("in Maryville", "the town of Bam"). */

import {
	DIRECTIONS,
	LOCATIVE_PREPOSITIONS,
	PLACE_HEAD_NOUNS,
	PLACE_NOUNS,
	PLACE_OF_NOUNS
} from '../lexicon/index';
import { afterPartyTag } from '../recognise/party-tag';
import type { Span } from '../record';
import type { Token } from '../tokenize';
import { dateline } from './dateline';
import type { EvidenceRule } from './mention';

export const locativeRule: EvidenceRule = {
	id: 'evidence/locative',
	description: 'some mention stands where a place is expected ("in X", "east of X", "X police")',
	mention: (m, g) => {
		if (m.where) g.evidence.locative = true;
	},
	holds: (g) => g.evidence.locative
};

/**
 * "the Port of Antwerp", "the harbour of Piraeus": a port is named after its city, capitalised
 * or not (a port's own name the gazetteer knows, "Port of Spain", is read whole before this).
 */
const PORT_NOUNS = new Set(['port', 'harbour', 'harbor']);

/** Capitalised words a name before "to" may have ("from Santo Domingo to …"). */
const FROM_NAME_WORDS = 4;

/** "from Santo Domingo to Barahona": a capitalised name ending at `k` opened by "from". */
function fromBefore(tokens: Token[], k: number): boolean {
	for (let j = k; j >= 0 && j > k - FROM_NAME_WORDS; j--) {
		const t = tokens[j] as Token;
		if (!t.cap) return t.lower === 'from' && j < k;
		if (t.gap !== 'space') return false;
	}
	return false;
}

/**
 * "near Parachute and Rifle": the second of a pair after a preposition of place, the capitalised
 * name before "and" ending at `k`.
 */
function pairedAfterPreposition(tokens: Token[], k: number): boolean {
	for (let j = k; j >= 0 && j > k - FROM_NAME_WORDS; j--) {
		const t = tokens[j] as Token;
		if (!t.cap) return j < k && LOCATIVE_PREPOSITIONS.has(t.lower);
		if (t.gap !== 'space') return false;
	}
	return false;
}

/** "as far as X", "as far south as X": the "as" at `k` closes a distance's phrase. */
function asFarAs(tokens: Token[], k: number): boolean {
	const far = tokens[k - 1]?.lower === 'far' ? k - 1 : tokens[k - 2]?.lower === 'far' ? k - 2 : -1;
	return far > 0 && tokens[far - 1]?.lower === 'as';
}

/** "as far as Solo and Klaten": the second of a pair after "as far as". */
function pairedAfterFar(tokens: Token[], k: number): boolean {
	for (let j = k; j >= 0 && j > k - FROM_NAME_WORDS; j--) {
		const t = tokens[j] as Token;
		if (!t.cap) return j < k && t.lower === 'as' && asFarAs(tokens, j);
		if (t.gap !== 'space') return false;
	}
	return false;
}

/**
 * Whether the mention stands where a place is expected: after a preposition of place ("in
 * Maryville"), after a direction or a noun for a place and "of" ("two miles east of Brandon",
 * "the town of Bam", "the Port of Antwerp"), as the town of a person's residence ("John Smith, 42, of Swansea"),
 * after a legislator's party tag ("D-Pa."), before a place's police or voters ("Gwinnett police"),
 * as the end of a span from a place ("from Santo Domingo to Barahona"), as the second of a pair
 * after a preposition of place ("near Parachute and Rifle"), after "as far as", or as a
 * dateline ("HUME –").
 */
export function locative(span: Span, tokens: Token[]): boolean {
	const first = tokens[span.from] as Token;
	const prev = tokens[span.from - 1];
	// "Sen. Bob Casey, D-Pa.", "Rep. Jane Doe (R-Fairfax)": a legislator's state or home town.
	if (afterPartyTag(tokens, span.from) || dateline(span, tokens)) return true;
	// "Gwinnett police", "Preble voters": a place's authorities or people after it.
	const next = tokens[span.to];
	if (next !== undefined && next.gap === 'space' && PLACE_HEAD_NOUNS.has(next.lower)) return true;
	if (!prev || first.gap !== 'space') return false;
	if (LOCATIVE_PREPOSITIONS.has(prev.lower)) return true;
	if (prev.lower === 'to') return fromBefore(tokens, span.from - 2);
	if (prev.lower === 'and')
		return pairedAfterPreposition(tokens, span.from - 2) || pairedAfterFar(tokens, span.from - 2);
	// "Ash fell as far as Solo": how far something reached.
	if (prev.lower === 'as') return asFarAs(tokens, span.from - 1);
	if (prev.lower !== 'of') return false;
	const before = tokens[span.from - 2];
	if (prev.gap === 'comma' || before === undefined) return prev.gap === 'comma';
	// "east of X"; "the town of X", "the villages of X and Y", "the capital of X", "the mayor of X".
	return (
		DIRECTIONS.has(before.lower) ||
		PORT_NOUNS.has(before.lower) ||
		(!before.cap && (PLACE_NOUNS.has(before.lower) || PLACE_OF_NOUNS.has(before.lower)))
	);
}
