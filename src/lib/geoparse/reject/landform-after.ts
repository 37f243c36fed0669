/**
 * "Niger Delta", "Congo Basin", "Jos Plateau": a landform named after the place is another,
 * larger place, which the gazetteer lacks; the name alone would put it at the country's
 * centre, hundreds of kilometres away.
 */

import type { RejectRule } from './input';
import type { Token } from '../tokenize';

/** Landforms named after a place ("Niger Delta") that the gazetteer does not hold. */
const LANDFORMS = new Set(['delta', 'basin', 'plateau', 'peninsula', 'desert', 'highlands']);

export const landformAfter: RejectRule = {
	id: 'reject/landform-after',
	description: 'a landform named after the place ("Niger Delta", "Congo Basin")',
	reason: 'part-of-name',
	test: (x) =>
		x.joined && (x.after as Token).gap === 'space' && LANDFORMS.has((x.after as Token).lower)
};
