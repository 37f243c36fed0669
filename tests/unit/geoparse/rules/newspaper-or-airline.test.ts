/**
 * `reject/newspaper-or-airline`: a place's name inside a newspaper's, a broadcaster's or an
 * airline's is no mention of the place; the place named on its own stays.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../../src/lib/gazetteer';
import { geoparseRun } from '../../../../src/lib/geoparse';
import { miniGazetteer } from '../../helpers/mini-gazetteer';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await miniGazetteer();
});

const ID = 'reject/newspaper-or-airline';

/** The rule that rejected the mention starting at the `nth` occurrence of `name`, or null. */
function rejectedBy(text: string, name: string, nth = 0): string | null {
	const run = geoparseRun({ text, gazetteer: gaz });
	let start = text.indexOf(name);
	for (let i = 0; i < nth; i++) start = text.indexOf(name, start + 1);
	const r = run.rejected.find((x) => x.span.start === start);
	return r ? (r.trace.at(-1) ?? null) : null;
}

describe(ID, () => {
	it('rejects the name of a newspaper\'s place ("X Post", "Times of X")', () => {
		expect(rejectedBy('The Washington Post reported the talks.', 'Washington')).toBe(ID);
		expect(rejectedBy('Officials told the Times of India on Monday.', 'India')).toBe(ID);
		expect(rejectedBy('Reporters from the Kenya Times were there.', 'Kenya')).toBe(ID);
	});

	it("rejects the name of an airline's place", () => {
		expect(rejectedBy('Qatar Airways cancelled flights on Monday.', 'Qatar')).toBe(ID);
	});

	it('keeps the place outside such a name', () => {
		const text = 'The Washington Post said the post office in Washington was closed.';
		expect(rejectedBy(text, 'Washington', 1)).toBeNull();
		expect(rejectedBy('He flew to Qatar on Monday.', 'Qatar')).toBeNull();
		expect(rejectedBy('News from India reached them.', 'India')).toBeNull();
	});
});
