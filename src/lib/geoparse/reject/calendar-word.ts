/** A day, a month or a faith alone ("Friday", "Easter") is no place. */

import { NEVER_PLACES } from '../lexicon/index';
import type { RejectRule } from './input';

export const calendarWord: RejectRule = {
	id: 'reject/calendar-word',
	description: 'a day, a month or a faith alone ("Friday", "Easter") is no place',
	reason: 'calendar',
	test: (x) => x.words === 1 && NEVER_PLACES.has(x.first.lower)
};
