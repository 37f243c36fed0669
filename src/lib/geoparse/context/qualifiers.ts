/**
 * Explicit qualifiers: "Paris, Texas", "Alexandria, La.", "Taji, Iraq". A name followed by a comma
 * and a division or a country is constrained to places inside it.
 */

import type { Candidate, Gazetteer } from '../../gazetteer/index';
import { US_STATE_ABBREVIATIONS } from '../lexicon/index';
import type { Token } from '../tokenize';
import type { Span } from '../candidates/recognize';

/** Places inside which the qualified name must lie: a country, optionally one of its divisions. */
export interface Qualifier {
	country: string;
	admin1: string | null;
}

/**
 * The qualifier after span `i`, if the next thing in the text is ", <division or country>".
 * `candidates[k]` are the lookup results of `spans[k]`.
 */
export function qualifierAfter(
	i: number,
	spans: Span[],
	candidates: Candidate[][],
	tokens: Token[],
	gaz: Gazetteer
): Qualifier | null {
	const span = spans[i] as Span;
	const next = tokens[span.to];
	if (!next || next.gap !== 'comma' || !next.cap) return null;
	const following = spans[i + 1];
	if (following && following.from === span.to && following.form === 'name') {
		const top = (candidates[i + 1] ?? []).find((c) => c.match !== 'loose');
		if (top && (top.place.kind === 'admin1' || top.place.kind === 'country')) {
			// The division must not be the name itself ("New York, New York" is the city).
			return {
				country: top.place.countryCode,
				admin1: top.place.kind === 'admin1' ? top.place.admin1Code : null
			};
		}
	}
	// "Alexandria, La.": AP-style state abbreviations, which the gazetteer does not index alone.
	const state = US_STATE_ABBREVIATIONS[next.lower];
	if (state !== undefined && (next.text.endsWith('.') || next.allCaps)) {
		if (gaz.byId(`admin1:US.${state}`)) return { country: 'US', admin1: state };
	}
	return null;
}

/** Whether a candidate lies inside the qualifier. */
export function satisfies(c: Candidate, q: Qualifier): boolean {
	if (c.place.countryCode !== q.country) return false;
	return q.admin1 === null || c.place.admin1Code === q.admin1;
}
