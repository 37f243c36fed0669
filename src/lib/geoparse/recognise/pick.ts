/**
 * The end of a name being read, its key and lookup query, and which ending rules changed it
 * (one per recogniser call, changed in place by the rules of `scan.ts`'s `refineEnd`).
 */

import type { Token } from '../tokenize';

export class Pick {
	best = -1;
	key = '';
	query = '';
	/** Bits of the ending rules that fired (`ENDING_BITS`), turned into ids on the span. */
	fired = 0;
}

/** Bits of `Pick.fired`, one per ending rule, in the order `refineEnd` runs them. */
export const ENDING_BITS = {
	countyAbbreviation: 1,
	townBeforeCityWord: 2,
	featureSuffix: 4,
	kindLead: 8,
	kindTail: 16
};

/** Whether a token joins the word before it into one name (a space, a hyphen or nothing). */
export const joins = (t: Token) => t.gap === 'space' || t.gap === 'hyphen' || t.gap === 'none';
