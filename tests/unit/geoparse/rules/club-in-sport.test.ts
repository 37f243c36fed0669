/**
 * `reject/club-in-sport`: in sport copy "Manchester City" is a club, not the city; outside
 * sport copy, or where the pair is a town's own name, the place stays.
 */

import { expect, it } from 'vitest';
import { geoparse } from '../../../../src/lib/geoparse';
import { gazetteer, ruleTables } from './rule-table';

ruleTables({
	'reject/club-in-sport': {
		fires: [
			['Rodri gave Manchester City a 1-0 win in Istanbul.', 'Manchester'],
			['Manchester City beat Milan on Saturday.', 'Manchester'],
			['Fans saw Paris United score twice in the final.', 'Paris']
		],
		keeps: [
			['Manchester City Council approved the budget.', 'Manchester'],
			['Rain fell on Manchester on Saturday.', 'Manchester'],
			['Kansas City beat Denver 24-20 in the final.', 'Kansas City'],
			// The town before "City Council", even after a vote of 6-1.
			['The Paris City Council voted 6-1 to extend the line.', 'Paris']
		]
	}
});

it('keeps a town whose own name ends in "City" as a place', () => {
	const text = 'Kansas City beat Denver 24-20 in the final.';
	const mentions = geoparse({ text, gazetteer: gazetteer() }).mentions.map((m) => m.text);
	expect(mentions).toContain('Kansas City');
});
