/**
 * "The Hague", "The Bronx": a capitalised article before a name whose gazetteer name has it
 * starts the mention (the index keys names without it).
 */

import type { LookupOptions } from '../../gazetteer/index';
import type { MemoGazetteer } from '../memo';
import type { RuleInfo } from '../record';
import type { Token } from '../tokenize';

export const articleThe: RuleInfo = {
	id: 'recognise/article-the',
	description: '"The Hague": a capitalised article the place\'s name has starts the mention'
};

const TOP_QUERY: LookupOptions = { limit: 1, loose: false };

/** The first token of the mention: `from - 1` for such an article, `from` otherwise. */
export function articleBefore(
	tokens: Token[],
	from: number,
	query: string,
	gaz: MemoGazetteer
): number {
	const the = tokens[from - 1];
	if (the === undefined || the.text !== 'The' || (tokens[from] as Token).gap !== 'space')
		return from;
	const top = gaz.lookup(query, TOP_QUERY)[0];
	const name = top?.place.name ?? '';
	return name.startsWith('The ') && gaz.key(name) === gaz.key(query) ? from - 1 : from;
}
