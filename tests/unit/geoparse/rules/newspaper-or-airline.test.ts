/**
 * `reject/newspaper-or-airline`: a place's name inside a newspaper's, a broadcaster's or an
 * airline's is no mention of the place; the place named on its own stays.
 */

import { ruleTables } from './rule-table';

ruleTables({
	'reject/newspaper-or-airline': {
		fires: [
			['The Washington Post reported the talks.', 'Washington'],
			['Officials told the Times of India on Monday.', 'India'],
			['Reporters from the Kenya Times were there.', 'Kenya'],
			['Qatar Airways cancelled flights on Monday.', 'Qatar']
		],
		keeps: [
			['The Washington Post said the post office in Washington was closed.', 'Washington', 1],
			['He flew to Qatar on Monday.', 'Qatar'],
			['News from India reached them.', 'India']
		]
	}
});
