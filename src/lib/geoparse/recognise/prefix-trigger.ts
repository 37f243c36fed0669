/** "Camp X", "Mount X": the trigger makes X a place even when "Camp X" is not indexed. */

import { PREFIX_TRIGGERS } from '../lexicon/index';
import type { MemoGazetteer } from '../memo';
import type { RuleInfo } from '../record';
import type { Token } from '../tokenize';
import { joins, type Pick } from './pick';

export const prefixTrigger: RuleInfo = {
	id: 'recognise/prefix-trigger',
	description: '"Camp X", "Mount X": a trigger word makes a known name X after it a place'
};

/** Sets `pick` to "Trigger X" (X looked up) and answers true when the trigger applies at `i`. */
export function readPrefixTrigger(
	text: string,
	tokens: Token[],
	i: number,
	pick: Pick,
	gaz: MemoGazetteer
): boolean {
	const first = tokens[i] as Token;
	if (PREFIX_TRIGGERS[first.lower] === undefined) return false;
	const next = tokens[i + 1];
	if (!next || !next.cap || !joins(next)) return false;
	if (!gaz.has(gaz.key(next.text))) return false;
	pick.best = i + 1;
	pick.key = gaz.key(text.slice(first.start, next.end));
	pick.query = next.text;
	return true;
}
