/**
 * "Cedar River", "Hamilton Township": a feature word after the name makes the feature the place,
 * the name alone being looked up (once: in "Cedar River Valley" the river is named).
 */

import { FEATURE_SUFFIXES } from '../lexicon/index';
import type { MemoGazetteer } from '../memo';
import type { RuleInfo } from '../record';
import type { Token } from '../tokenize';
import { ENDING_BITS, type Pick } from './pick';

export const featureSuffix: RuleInfo = {
	id: 'recognise/feature-suffix',
	description: 'a feature word after a name joins it ("Cedar River"), the name alone looked up'
};

export function readFeatureSuffix(
	text: string,
	tokens: Token[],
	i: number,
	pick: Pick,
	gaz: MemoGazetteer
): void {
	const first = tokens[i] as Token;
	const afterBest = pick.best + 1;
	const feature = tokens[afterBest];
	// Not a headline's capitals: "TOKYO FALLS 2 PCT" is a verb after the name, not a waterfall.
	if (
		feature &&
		feature.cap &&
		!(feature.allCaps && feature.titleLine) &&
		feature.gap === 'space' &&
		FEATURE_SUFFIXES.has(feature.lower) &&
		!FEATURE_SUFFIXES.has((tokens[pick.best] as Token).lower)
	) {
		pick.best = afterBest;
		pick.key = gaz.key(text.slice(first.start, feature.end));
		pick.fired |= ENDING_BITS.featureSuffix;
	}
}
