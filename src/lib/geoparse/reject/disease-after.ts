/** A disease noun after the name ("Marburg virus", "Lyme disease"). */

import { FUNCTION_WORDS } from '../lexicon/index';
import type { RejectRule } from './input';
import type { Token } from '../tokenize';

/** Nouns that make a name before them a pathogen's or a disease's ("Marburg virus"). */
const DISEASE_NOUNS = new Set(['virus', 'viruses', 'fever', 'disease', 'encephalitis', 'syndrome']);

/**
 * Whether a disease noun follows the name, right after it or after one adjective: "Marburg
 * virus", "Lyme disease", "Middle East respiratory syndrome", "Crimean-Congo haemorrhagic fever".
 * Such names keep the place only as a label; "flu" is left out ("Texas flu deaths" are Texan).
 */
function followedByDisease(tokens: Token[], to: number): boolean {
	const next = tokens[to];
	if (next === undefined || next.gap !== 'space') return false;
	if (DISEASE_NOUNS.has(next.lower)) return true;
	const then = tokens[to + 1];
	return (
		!next.cap &&
		!FUNCTION_WORDS.has(next.lower) &&
		then !== undefined &&
		then.gap === 'space' &&
		DISEASE_NOUNS.has(then.lower)
	);
}

export const diseaseAfter: RejectRule = {
	id: 'reject/disease-after',
	description: 'a disease noun after the name ("Marburg virus", "Lyme disease")',
	reason: 'disease',
	test: (x) => followedByDisease(x.tokens, x.span.to)
};
