/**
 * `resolve/far-outlier`: a town thousands of kilometres from every other place of the story,
 * chosen at a low share, named once without a qualifier, is kept off the map (unresolved).
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../../src/lib/gazetteer';
import { geoparseRun } from '../../../../src/lib/geoparse';
import type { Group, Scored } from '../../../../src/lib/geoparse/record';
import { isFarOutlier, type StoryPoint } from '../../../../src/lib/geoparse/resolve/far-outlier';
import { miniGazetteer } from '../../helpers/mini-gazetteer';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await miniGazetteer();
});

const ID = 'resolve/far-outlier';
const STORY =
	'Rockets hit Baghdad and Karbala on Monday, and roads near Basra, Mosul and Najaf closed.';

function read(text: string, name: string) {
	const run = geoparseRun({ text, gazetteer: gaz });
	const start = text.indexOf(name);
	const record = run.records.find((r) => r.span.start === start);
	const mention = run.result.mentions.find((m) => m.start === start);
	return { trace: record?.group?.trace ?? [], mention, unresolved: run.result.unresolved ?? [] };
}

describe(ID, () => {
	it('keeps a weakly chosen far town of one mention off the map', () => {
		const r = read(`${STORY} Crews from Manchester helped.`, 'Manchester');
		expect(r.trace).toContain(ID);
		expect(r.mention).toBeUndefined();
		expect(r.unresolved.map((u) => u.text)).toEqual(['Manchester']);
	});

	it('keeps a far town named with a qualifier', () => {
		const r = read(`${STORY} Crews from Manchester, England, helped.`, 'Manchester');
		expect(r.trace).not.toContain(ID);
		expect(r.mention).toBeDefined();
	});

	it('keeps a town near the story', () => {
		const r = read(`${STORY} Crews from Taji helped.`, 'Taji');
		expect(r.trace).not.toContain(ID);
		expect(r.mention).toBeDefined();
	});

	it('reads a world city by another of its names as no actor named from afar', () => {
		// Thane (Maharashtra, 1.8 million) is also called "Tanna", an island of Vanuatu.
		const [thane] = gaz.lookup('Mumbai');
		if (!thane) throw new Error('the mini gazetteer has Mumbai');
		const world = { ...thane.place, importance: 7.5 };
		const group = { count: 1, evidence: { qualified: false, defined: false } } as Group;
		const pacific: StoryPoint[] = [{ at: 1, lng: 168.3, lat: -17.7, country: 'VU', world: false }];
		const scored = (match: 'name' | 'alternate') =>
			({ candidate: { ...thane, place: world, match }, share: 0.5 }) as unknown as Scored;
		expect(isFarOutlier(group, scored('alternate'), 0, pacific, new Set())).toBe(true);
		expect(isFarOutlier(group, scored('name'), 0, pacific, new Set())).toBe(false);
	});
});
