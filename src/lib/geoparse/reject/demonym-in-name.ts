/**
 * "Scottish and North Irish Yeomanry": a demonym before more of a name is part of it ("British
 * and American troops" is two demonyms: the chunk ends on a demonym).
 */

import type { RejectRule } from './input';
import type { Token } from '../tokenize';

export const demonymInName: RejectRule = {
	id: 'reject/demonym-in-name',
	description:
		'a demonym before more of a name is part of it ("Scottish and North Irish Yeomanry")',
	reason: 'part-of-name',
	test: (x) => {
		const chunk = x.chunk;
		if (!chunk || chunk.to === x.span.to) return false;
		const last = x.tokens[chunk.to - 1] as Token;
		return x.gaz.demonym(last.text) === null;
	}
};
