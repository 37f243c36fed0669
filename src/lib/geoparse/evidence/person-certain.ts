/** Mentions that are certainly a person's, whatever place shares the name. */

import { KINSHIP, PERSON_VERBS } from '../lexicon/index';
import type { Span } from '../record';
import type { Token } from '../tokenize';
import type { EvidenceRule } from './mention';

export const personCertainRule: EvidenceRule = {
	id: 'evidence/person',
	description:
		'some mention is certainly a person\'s (\'said Georgia.\', "Georgia\'s father", "Flores, 26,")',
	// Written on every mention (a store first made late, as a person's mention is, would throw
	// the optimised evidence code away).
	mention: (m, g) => {
		g.evidence.person = g.evidence.person || personCertain(m.span, m.tokens);
	},
	holds: (g) => g.evidence.person
};

const AGE = /^\d{1,3}$/;

/**
 * Whether the mention is certainly a person's name, whatever place shares it: the speaker of an
 * inverted attribution ('"…," said Georgia.'), a possessive before a kinship noun ("Georgia's
 * father"), or a name with an age in apposition ("Flores, 26,").
 */
function personCertain(span: Span, tokens: Token[]): boolean {
	const first = tokens[span.from] as Token;
	const last = tokens[span.to - 1] as Token;
	const prev = tokens[span.from - 1];
	const after = tokens[span.to];
	// Read for every mention, not only after a possessive: a comparison first made after the
	// caller is optimised (this is inlined there) would throw the optimised code away.
	const kin = after !== undefined && after.gap === 'space' && KINSHIP.has(after.lower);
	if (last.possessive) return kin;
	// "Flores, 26, had just left": an age in apposition. The word after the number is read for
	// every mention, as the kinship word above, not only after a number.
	const next = tokens[span.to + 1];
	const age = after?.gap === 'comma' && AGE.test(after.text);
	const closed = next?.gap === 'comma';
	if (age && closed) return true;
	const ends = after === undefined || after.gap === 'comma' || after.gap === 'break';
	// "according to Taylor.": a source that ends the clause, one word, is a person's surname.
	const source =
		span.to - span.from === 1 &&
		prev?.lower === 'to' &&
		tokens[span.from - 2]?.lower === 'according';
	return (
		ends && prev !== undefined && first.gap === 'space' && (PERSON_VERBS.has(prev.lower) || source)
	);
}
