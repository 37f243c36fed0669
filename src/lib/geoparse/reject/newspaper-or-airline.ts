/**
 * "The Jerusalem Post", "the Times of India", "Sky News", "Qatar Airways": a name
 * inside a newspaper's, a broadcaster's or an airline's name is no mention of the place. The
 * words are capitalised, joined to the name: "Jerusalem post office" or "news from Kenya" stay.
 */

import type { Token } from '../tokenize';
import type { RejectInput, RejectRule } from './input';

/** Words after a place's name that make the pair a newspaper, a broadcaster or an airline. */
const TITLE_AFTER = new Set(
	`post times news herald tribune gazette chronicle telegraph journal inquirer examiner
courier dispatch observer independent guardian standard mail express sun star globe
bulletin monitor daily airlines airways air`.split(/\s+/)
);

/** Words before "of" and a name that make it a newspaper ("the Times of India"). */
const TITLE_OF = new Set(['times', 'voice', 'gazette', 'herald', 'star']);

const capJoined = (t: Token | undefined) => t !== undefined && t.cap && t.gap === 'space';

function test(x: RejectInput): boolean {
	const after = x.after;
	if (capJoined(after) && TITLE_AFTER.has((after as Token).lower)) {
		// Not a word that goes on as a name of its own ("Sun Valley", "Star City").
		const next = x.tokens[x.span.to + 1];
		return !(capJoined(next) && !TITLE_AFTER.has((next as Token).lower));
	}
	const prev = x.prev;
	if (prev === undefined || x.first.gap !== 'space' || prev.lower !== 'of' || prev.cap)
		return false;
	const title = x.tokens[x.span.from - 2];
	return title !== undefined && title.cap && TITLE_OF.has(title.lower);
}

export const newspaperOrAirline: RejectRule = {
	id: 'reject/newspaper-or-airline',
	description:
		'a name inside a newspaper\'s or an airline\'s ("The Jerusalem Post", "Qatar Airways")',
	reason: 'organisation',
	test
};
