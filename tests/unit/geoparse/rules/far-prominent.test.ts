/**
 * `resolve/far-prominent`: a far outlier (`resolve/far-outlier`) whose namesakes include one far
 * better known is read as that one ("Geneva" in a story of African ports, pulled towards Illinois
 * by "officials in Washington"). On the mini gazetteer.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../../src/lib/gazetteer';
import { miniGazetteer } from '../../helpers/mini-gazetteer';
import { readMention } from './helpers';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await miniGazetteer();
});

const ID = 'resolve/far-prominent';
const STORY =
	'Floods hit Mombasa and Kano on Monday, and roads near Durban, Giza and Jeddah closed.';
const IRAQ =
	'Rockets hit Baghdad and Karbala on Monday, and roads near Basra, Mosul and Najaf closed.';

describe(ID, () => {
	it('reads a weak far town as its far better-known namesake', () => {
		const r = readMention(
			gaz,
			`${STORY} A spokesman for the bank in Geneva said a loan was under review, and officials in Washington said it could be approved.`,
			'Geneva'
		);
		expect(r.trace).toContain(ID);
		expect(r.place).toBe('CH/city');
	});

	it('leaves the town when the story is near it', () => {
		const r = readMention(
			gaz,
			'Officials in Chicago, Peoria, Springfield and Decatur met; a spokesman in Geneva agreed.',
			'Geneva'
		);
		expect(r.trace).not.toContain(ID);
		expect(r.place).toBe('US/city');
	});

	it('keeps a far outlier with no better-known namesake off the map', () => {
		const r = readMention(gaz, `${IRAQ} Crews from Manchester helped.`, 'Manchester');
		expect(r.trace).not.toContain(ID);
		expect(r.unresolved).toBe('resolve/far-outlier');
	});
});
