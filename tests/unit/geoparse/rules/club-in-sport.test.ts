/**
 * `reject/club-in-sport`: in sport copy "Manchester City" is a club, not the city; outside
 * sport copy, or where the pair is a town's own name, the place stays.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../../src/lib/gazetteer';
import { geoparseRun } from '../../../../src/lib/geoparse';
import { miniGazetteer } from '../../helpers/mini-gazetteer';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await miniGazetteer();
});

const ID = 'reject/club-in-sport';

/** The rule that rejected the mention starting where `name` first occurs, or null. */
function rejectedBy(text: string, name: string): string | null {
	const run = geoparseRun({ text, gazetteer: gaz });
	const r = run.rejected.find((x) => x.span.start === text.indexOf(name));
	return r ? (r.trace.at(-1) ?? null) : null;
}

describe(ID, () => {
	it('rejects a town with a club word in a match report', () => {
		expect(rejectedBy('Rodri gave Manchester City a 1-0 win in Istanbul.', 'Manchester')).toBe(ID);
		expect(rejectedBy('Manchester City beat Milan on Saturday.', 'Manchester')).toBe(ID);
		expect(rejectedBy('Fans saw Paris United score twice in the final.', 'Paris')).toBe(ID);
	});

	it('keeps the city outside sport copy', () => {
		expect(rejectedBy('Manchester City Council approved the budget.', 'Manchester')).not.toBe(ID);
		expect(rejectedBy('Rain fell on Manchester on Saturday.', 'Manchester')).toBeNull();
	});

	it('keeps a town whose own name ends in "City"', () => {
		const text = 'Kansas City beat Denver 24-20 in the final.';
		expect(rejectedBy(text, 'Kansas City')).toBeNull();
		const run = geoparseRun({ text, gazetteer: gaz });
		expect(run.result.mentions.map((m) => m.text)).toContain('Kansas City');
	});

	it('keeps the town before "City Council", even after a vote of 6-1', () => {
		const text = 'The Paris City Council voted 6-1 to extend the line.';
		expect(rejectedBy(text, 'Paris')).toBeNull();
	});
});
