/** "Boko Haram", "a Toyota Camry": a one-word name that starts a longer name of no place. */

import { KIND_WORDS } from '../../gazetteer/index';
import {
	DIRECTIONS,
	isGenericNoun,
	NEVER_PLACES,
	PLACE_HEAD_NOUNS,
	TITLES
} from '../lexicon/index';
import type { Span } from '../record';
import type { Token } from '../tokenize';
import type { EvidenceRule } from './mention';

export const beforeNameRule: EvidenceRule = {
	id: 'evidence/before-name',
	description: 'every mention starts a longer capitalised name that is no place ("Boko Haram")',
	mention: (m, g) => {
		if (!startsName(m.span, m.records[m.i + 1]?.span, m.after)) g.evidence.beforeName = false;
	},
	holds: (g) => g.evidence.beforeName
};

/**
 * Whether a one-word mention starts a longer name that is no place: "Boko Haram", "Aga Khan",
 * "a Toyota Camry", "Chapman Valve" (the word after is capitalised mid-sentence and is no place,
 * kind word, institution's noun, title, day or direction). A prominent place keeps its reading
 * (`confidence.ts`): "Tokyo Olympics" is Tokyo's.
 */
function startsName(span: Span, next: Span | undefined, after: Token | undefined): boolean {
	return (
		span.to - span.from === 1 &&
		after !== undefined &&
		// "Stamford Mayor Dan Malloy": a title after a place is its office holder's.
		!TITLES.has(after.lower) &&
		after.gap === 'space' &&
		after.cap &&
		!after.allCaps &&
		!after.sentStart &&
		!(next !== undefined && next.from === span.to) &&
		!isGenericNoun(after.lower) &&
		!PLACE_HEAD_NOUNS.has(after.lower) &&
		!NEVER_PLACES.has(after.lower) &&
		!DIRECTIONS.has(after.lower) &&
		KIND_WORDS[after.lower] === undefined
	);
}
