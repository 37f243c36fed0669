/**
 * Role of a mention: literal (where something is or happens) or associative (a country or
 * capital standing for its government or people, a demonym, a modifier: "US soldier").
 */

import type { PlaceKind } from '../../gazetteer/index';
import { AGENT_VERBS, ASSOCIATIVE_HEADS } from '../lexicon/index';
import type { Token } from '../tokenize';
import type { MentionRole } from '../types';

/** Words before a country that make it a party rather than a location ("war against Iran"). */
const PARTY_BEFORE = new Set(['between', 'against', 'with', 'by', 'for']);

/**
 * Nouns of ground and travel before "between": "the border between Iraq and Syria", "trains
 * between Paris and Rennes" name where things are, not parties ("talks between Iran and Iraq").
 */
const SPATIAL_BEFORE = new Set(
	`border borders frontier boundary road roads route routes highway railway rail line lines
	flights flight trains train buses bus ferry ferries traffic pipeline bridge corridor crossing
	distance drive journey trip travel area region halfway midway`.split(/\s+/)
);

/**
 * The token at `i`, or undefined past either end. A read past the end of the array would cost
 * the optimised caller a bailout the first time a mention ends the text.
 */
function tokenAt(tokens: Token[], i: number): Token | undefined {
	return i >= 0 && i < tokens.length ? tokens[i] : undefined;
}

/**
 * Decide the role of the mention covering tokens `[from, to)`, chosen to be a place of `kind`;
 * `capital` says whether it is a national capital (which stands for its government as often as a
 * country does: "Tehran warned").
 */
export function roleOf(
	tokens: Token[],
	from: number,
	to: number,
	form: 'name' | 'demonym',
	kind: PlaceKind,
	capital: boolean
): MentionRole {
	if (form === 'demonym') return 'associative';
	if (kind !== 'country' && !capital) return 'literal';
	const last = tokens[to - 1] as Token;
	if (last.possessive) return 'associative';
	const next = tokenAt(tokens, to);
	// A headline's "Iran ‘will retaliate’": the country speaks or acts.
	if (next && next.quoted && next.gap === 'other') return 'associative';
	if (next && (next.gap === 'space' || next.gap === 'hyphen')) {
		if (AGENT_VERBS.has(next.lower) || ASSOCIATIVE_HEADS.has(next.lower)) return 'associative';
		// "a US counter-attack", "US-led": a modifier joined by a hyphen.
		if (next.gap === 'hyphen' && !next.cap) return 'associative';
		// "the US Defence secretary": an adjective before a capitalised office.
		const after = tokenAt(tokens, to + 1);
		if (next.cap && after && ASSOCIATIVE_HEADS.has(after.lower)) return 'associative';
		if (next.cap && ASSOCIATIVE_HEADS.has(next.lower)) return 'associative';
	}
	const prev = tokenAt(tokens, from - 1);
	// Read on every call, not only after "the": arithmetic first met after optimisation bails out.
	const beforeThe = tokenAt(tokens, from - 2);
	const first = tokens[from] as Token;
	if (prev && first.gap === 'space') {
		// "the" before: "between the US and".
		const before = prev.lower === 'the' ? beforeThe : prev;
		// "the border between", "trains between": the places are where, not who.
		const ahead = tokenAt(tokens, prev.lower === 'the' ? from - 3 : from - 2);
		const spatial =
			before?.lower === 'between' && ahead !== undefined && SPATIAL_BEFORE.has(ahead.lower);
		if (before && PARTY_BEFORE.has(before.lower) && kind === 'country' && !spatial)
			return 'associative';
		if (prev.lower === 'between' && !spatial) return 'associative';
	}
	return 'literal';
}
