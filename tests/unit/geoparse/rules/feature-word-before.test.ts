/**
 * `reject/feature-word-before`: a feature word of another language opens a name the gazetteer
 * lacks ("Plaza de Mayo", "Bairro Alto"); neither it nor the name after it is a place alone.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../../src/lib/gazetteer';
import { geoparseRun } from '../../../../src/lib/geoparse';
import { miniGazetteer } from '../../helpers/mini-gazetteer';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await miniGazetteer();
});

const ID = 'reject/feature-word-before';

/** The rule that rejected the mention starting where `name` first occurs, or null. */
function rejectedBy(text: string, name: string): string | null {
	const run = geoparseRun({ text, gazetteer: gaz });
	const r = run.rejected.find((x) => x.span.start === text.indexOf(name));
	return r ? (r.trace.at(-1) ?? null) : null;
}

describe(ID, () => {
	it('rejects the name after the feature word and its connector', () => {
		expect(rejectedBy('Protesters gathered at the Puerta de Madrid in Alcalá.', 'Madrid')).toBe(ID);
		expect(rejectedBy('Tourists crowded the Piazza di Roma on Sunday.', 'Roma')).toBe(ID);
	});

	it('rejects the name right after the feature word', () => {
		expect(rejectedBy('Bars in the Bairro Paris stayed open late.', 'Paris')).toBe(ID);
	});

	it('leaves the name alone without the feature word', () => {
		expect(rejectedBy('Protesters gathered in Madrid on Sunday.', 'Madrid')).toBeNull();
		expect(rejectedBy('He moved to Paris in May.', 'Paris')).toBeNull();
	});

	it('leaves a feature word in lower case alone ("a plaza in Madrid")', () => {
		expect(rejectedBy('They met in a plaza de Madrid, he said.', 'Madrid')).toBeNull();
	});
});
