/**
 * "Clarke police", "D-Braxton": US news names a county by its bare name, which the gazetteer
 * indexes alone only when the word is no first name or ordinary word. A capitalised word that
 * names no place alone but does with "County" after it is read as the county where what stands
 * around it says so: a place's police or voters after it, or a legislator's party tag before it.
 * Counties are named after people: alone, such a word is as often a surname ("Braxton said").
 */

import { commonWordRank, PLACE_HEAD_NOUNS } from '../lexicon/index';
import type { MemoGazetteer } from '../memo';
import type { RuleInfo, Span } from '../record';
import type { Token } from '../tokenize';
import { afterPartyTag } from './party-tag';

export const bareCountyRule: RuleInfo = {
	id: 'recognise/bare-county',
	description: 'a county by its bare name before its police or after a party tag ("Clarke police")'
};

export function bareCounty(
	text: string,
	tokens: Token[],
	i: number,
	gaz: MemoGazetteer
): Span | null {
	const t = tokens[i] as Token;
	if (!t.cap || t.allCaps) return null;
	const next = tokens[i + 1];
	const head = next !== undefined && next.gap === 'space' && PLACE_HEAD_NOUNS.has(next.lower);
	if (!head && !afterPartyTag(tokens, i)) return null;
	// The frequency list after the cheap tests around the word: most capitalised words fail those.
	if (commonWordRank(t.lower) < Infinity) return null;
	if (gaz.span(t.text).known) return null;
	const query = `${t.text} County`;
	const probe = gaz.span(query);
	if (!probe.name) return null;
	return {
		from: i,
		to: i + 1,
		start: t.start,
		end: t.end,
		key: probe.key,
		query,
		form: 'name',
		demonymOf: null,
		fixed: null,
		rules: [bareCountyRule.id]
	};
}
