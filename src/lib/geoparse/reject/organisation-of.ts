/**
 * "the Bank of England", "the Museum of London", "the Diocese of Rome", "the Institute of
 * Iceland": a name after "of" and an organisation's capitalised head ends that organisation's name,
 * no mention of the place (issue: names inside organisations are not places). A place's own
 * heads are no organisation's: "the Republic of Ireland", "the Kingdom of Spain", "the Province
 * of Quebec", "the City of London", "the Port of Rotterdam" stay places. Read only after "of".
 */

import type { Token } from '../tokenize';
import type { RejectInput, RejectRule } from './input';

/**
 * Capitalised heads of organisations named "X of Place". Kept narrow on purpose: schools and
 * universities ("University of Georgia"), churches, hospitals and societies are left out, as the
 * news corpora we measure on (LGL, TR-News) mark the place in their names as a place, and
 * geoF1c fell with them (LGL by 0.004 with universities and schools).
 */
const ORGANISATION_HEADS = new Set(
	`bank exchange chamber museum library institute institution observatory orchestra symphony
philharmonic opera ballet conservatory polytechnic diocese archdiocese seminary`.split(/\s+/)
);

function test(x: RejectInput): boolean {
	const of = x.prev;
	if (of === undefined || of.lower !== 'of' || of.cap || x.first.gap !== 'space') return false;
	const head = x.tokens[x.span.from - 2] as Token | undefined;
	return head !== undefined && head.cap && of.gap === 'space' && ORGANISATION_HEADS.has(head.lower);
}

export const organisationOf: RejectRule = {
	id: 'reject/organisation-of',
	description:
		'a name after an organisation\'s head and "of" ends its name ("the Bank of England", "the Museum of London")',
	reason: 'organisation',
	test
};
