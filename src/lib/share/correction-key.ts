/**
 * The key a correction is stored under, for every mention of one name: `nameKey` of the
 * mention's text, so "Georgia", "GEORGIA" and "Georgia's" share one correction. Its own module:
 * the reader needs the key on every page, and applying corrections (`corrections.ts`) only with
 * a link or an edit that has some.
 */
import { nameKey } from '../gazetteer/normalize';
import type { Mention } from '../geoparse/types';
import type { Correction, Corrections } from './types';

/** The key a correction of this mention text is stored under (`'Georgia’s'` → `'georgia s'`). */
export function correctionKey(mentionText: string): string {
	return nameKey(mentionText);
}

/** The correction for a mention, if any (own keys only: `constructor` is not a correction). */
export function correctionFor(
	corrections: Corrections,
	mention: Pick<Mention, 'text'>
): Correction | null {
	const key = nameKey(mention.text);
	return Object.hasOwn(corrections, key) ? (corrections[key] ?? null) : null;
}
