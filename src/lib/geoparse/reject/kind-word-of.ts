/**
 * "the Canton of Jura", "the Municipality of Utuado": a kind word alone before "of" and a
 * name is what the name is, not a place called after the word (Canton, Ohio).
 */

import { KIND_WORDS } from '../../gazetteer/index';
import type { RejectRule } from './input';

export const kindWordOf: RejectRule = {
	id: 'reject/kind-word-of',
	description: 'a kind word before "of" and a name ("the Canton of Jura")',
	reason: 'part-of-name',
	test: (x) =>
		x.words === 1 &&
		x.after?.lower === 'of' &&
		x.after.gap === 'space' &&
		KIND_WORDS[x.first.lower] !== undefined &&
		x.tokens[x.span.to + 1]?.cap === true
};
