/** "a 1995 Honda Accord": a model year makes the name a product. */

import type { Span } from '../record';
import type { Token } from '../tokenize';
import type { EvidenceRule } from './mention';

export const productRule: EvidenceRule = {
	id: 'evidence/product',
	description: 'some mention follows a determiner and a model year ("a 1995 Honda")',
	mention: (m, g) => {
		if (afterModelYear(m.span, m.tokens)) g.evidence.product = true;
	},
	holds: (g) => g.evidence.product
};

const YEAR = /^(?:19|20)\d\d$/;
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'my', 'our', 'its', 'your']);

/**
 * Whether a one-word mention follows a determiner and a year: "a 1995 Honda Accord", "her 2003
 * Mercury". A model year makes the name a product (a car); a place is not counted that way.
 */
function afterModelYear(span: Span, tokens: Token[]): boolean {
	const year = tokens[span.from - 1];
	const det = tokens[span.from - 2];
	if (span.to - span.from !== 1 || !year || !det) return false;
	return (
		(tokens[span.from] as Token).gap === 'space' &&
		YEAR.test(year.text) &&
		DETERMINERS.has(det.lower)
	);
}
