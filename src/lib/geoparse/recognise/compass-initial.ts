/**
 * "S.Africa", "N.KOREA", "N.Ireland": headline style abbreviates a compass word to its initial,
 * written against the name. The span covers both; the lookup reads the word in full.
 */

import type { MemoGazetteer } from '../memo';
import type { RuleInfo, Span } from '../record';
import type { Token } from '../tokenize';

export const compassInitialRule: RuleInfo = {
	id: 'recognise/compass-initial',
	description: 'a compass initial against a name ("S.Africa") reads as the word in full'
};

/** Compass initials and the words they abbreviate, longest reading last ("N.Ireland"). */
const COMPASS_INITIALS: Readonly<Record<string, readonly string[]>> = {
	'N.': ['North', 'Northern'],
	'S.': ['South', 'Southern'],
	'E.': ['East', 'Eastern'],
	'W.': ['West', 'Western']
};

export function compassInitial(
	text: string,
	tokens: Token[],
	i: number,
	gaz: MemoGazetteer
): Span | null {
	const first = tokens[i] as Token;
	const words = first.text.length === 2 ? COMPASS_INITIALS[first.text] : undefined;
	const next = tokens[i + 1];
	if (words === undefined || next === undefined || next.gap !== 'none' || !next.cap) return null;
	const rest = next.allCaps ? next.text.charAt(0) + next.text.slice(1).toLowerCase() : next.text;
	for (const w of words) {
		const query = `${w} ${rest}`;
		const key = gaz.key(query);
		if (!gaz.has(key)) continue;
		return {
			from: i,
			to: i + 2,
			start: first.start,
			end: next.end,
			key,
			query,
			form: 'name',
			demonymOf: null,
			fixed: null,
			rules: [compassInitialRule.id]
		};
	}
	return null;
}
