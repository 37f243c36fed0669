/** A surname of a person the document names ("Esper said"). */

import type { RejectRule } from './input';

export const knownSurname: RejectRule = {
	id: 'reject/known-surname',
	description: 'a surname of a person the document names ("Esper said")',
	reason: 'person',
	test: (x) => x.words === 1 && x.surnames.has(x.first.lower)
};
