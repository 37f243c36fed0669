/**
 * `resolve/far-outlier`: a town thousands of kilometres from every other place of the story,
 * chosen at a low share, named once without a qualifier, is kept off the map (unresolved).
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../../src/lib/gazetteer';
import { geoparseRun } from '../../../../src/lib/geoparse';
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
});
