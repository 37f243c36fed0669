/** "Plymouth Co.": the county, as local news abbreviates it. */

import type { MemoGazetteer } from '../memo';
import type { RuleInfo } from '../record';
import type { Token } from '../tokenize';
import { ENDING_BITS, joins, type Pick } from './pick';

export const countyAbbreviation: RuleInfo = {
	id: 'recognise/county-abbreviation',
	description: '"Co." after a name reads as its county ("Plymouth Co.")'
};

export function readCountyAbbreviation(
	text: string,
	tokens: Token[],
	i: number,
	pick: Pick,
	gaz: MemoGazetteer
): void {
	const first = tokens[i] as Token;
	const coAt = pick.best + 1;
	const co = coAt < tokens.length ? (tokens[coAt] as Token) : null;
	const coJoined = co !== null && joins(co);
	const coDotted = co !== null && co.text.endsWith('.');
	const isCo = co !== null && co.lower === 'co';
	if (isCo && coDotted && coJoined) {
		const county = `${text.slice(first.start, (tokens[pick.best] as Token).end)} County`;
		if (gaz.has(gaz.key(county))) {
			pick.best = coAt;
			pick.key = gaz.key(county);
			pick.query = county;
			pick.fired |= ENDING_BITS.countyAbbreviation;
		}
	}
}
