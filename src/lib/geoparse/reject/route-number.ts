/** A code in capitals hyphened to a number is a route ("US-24", "NC-12"). */

import type { RejectRule } from './input';

const ROUTE_NUMBER = /^\d{1,4}[A-Z]?$/;

export const routeNumber: RejectRule = {
	id: 'reject/route-number',
	description: 'a code in capitals hyphened to a number is a route ("US-24", "NC-12")',
	reason: 'street',
	test: (x) =>
		x.words === 1 &&
		x.first.allCaps &&
		x.first.text.length <= 3 &&
		x.after?.gap === 'hyphen' &&
		ROUTE_NUMBER.test(x.after.text)
};
