/**
 * "the London School of Economics", "the Massachusetts Institute of Technology": a name before
 * an institution's head and "of" and a capitalised word opens that institution's name, no
 * mention of the place. Only where all three follow ("London School" alone, "a Kenya institute
 * of …" are left to the other rules).
 */

import type { Token } from '../tokenize';
import type { RejectInput, RejectRule } from './input';

/** Heads of institutions named "Place Head of Field". */
const HEADS = new Set(['school', 'institute', 'college', 'academy', 'conservatory']);

const capJoined = (t: Token | undefined) => t !== undefined && t.cap && t.gap === 'space';

function test(x: RejectInput): boolean {
	const head = x.after;
	if (!capJoined(head) || !HEADS.has((head as Token).lower)) return false;
	const of = x.tokens[x.span.to + 1];
	if (of === undefined || of.cap || of.lower !== 'of' || of.gap !== 'space') return false;
	return capJoined(x.tokens[x.span.to + 2]);
}

export const organisationBeforeOf: RejectRule = {
	id: 'reject/organisation-before-of',
	description:
		'a name opening an institution\'s "X School of Y" ("the London School of Economics")',
	reason: 'organisation',
	test
};
