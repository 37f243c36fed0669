/** Names joined by an ampersand are a firm ("Stevens & Wilkinson"). */

import type { RejectRule } from './input';

export const ampersand: RejectRule = {
	id: 'reject/ampersand',
	description: 'names joined by an ampersand are a firm ("Stevens & Wilkinson")',
	reason: 'organisation',
	test: (x) => x.first.ampersand || x.after?.ampersand === true
};
