/**
 * "Bwera, a border town near Kasese", "Moschun, a village outside Kyiv": an apposition that
 * defines a name as a settlement near another place places it as "X, near Y" does
 * (`candidates/near-named`): of its readings only those close to the other place are kept, and
 * when none is, the town is one the gazetteer lacks (unresolved), not a namesake abroad.
 */

import type { RuleInfo } from '../record';
import type { Token } from '../tokenize';

export const appositionNear: RuleInfo = {
	id: 'candidates/apposition-near',
	description:
		'an apposition places the name near another ("Bwera, a border town near Kasese") as "X, near Y" does'
};

/** Nouns of settlements an apposition defines a name by. */
const SETTLEMENT_NOUNS = new Set(
	'village town city hamlet settlement township municipality commune suburb port'.split(' ')
);

/** Lower-case words at most between the article and the noun ("a small border town"). */
const MAX_MODIFIERS = 2;

/**
 * The index of the "near"/"outside" word of an apposition that opens at token `k` (right after
 * the name): ", a [two words at most] village near", or -1. Its words are in lower case.
 */
export function appositionNearWord(tokens: Token[], k: number): number {
	const a = tokens[k];
	if (a === undefined || a.gap !== 'comma' || (a.lower !== 'a' && a.lower !== 'an')) return -1;
	for (let m = k + 1; m <= k + 1 + MAX_MODIFIERS; m++) {
		const t = tokens[m];
		if (t === undefined || t.cap || (t.gap !== 'space' && t.gap !== 'hyphen')) return -1;
		if (!SETTLEMENT_NOUNS.has(t.lower)) continue;
		let n = m + 1;
		if (tokens[n]?.lower === 'just' && tokens[n]?.gap === 'space') n++;
		const word = tokens[n];
		return word !== undefined && word.gap === 'space' && !word.cap ? n : -1;
	}
	return -1;
}
