/**
 * The trace and its words (src/lib/geoparse/explain.ts) on the mini gazetteer: every id on a
 * trace names a declared rule, the chosen reading's terms add up to its score, and each place's
 * `why` says what decided it.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../../src/lib/gazetteer';
import { explain, geoparse, geoparseRun } from '../../../../src/lib/geoparse';
import { RULES } from '../../../../src/lib/geoparse/pipeline';
import { miniGazetteer } from '../../helpers/mini-gazetteer';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await miniGazetteer();
});

const TEXT =
	'Flooding closed roads from Lima, Ohio, to Findlay, and officials in Allen County said more ' +
	'rain was expected. Mayor Houston said Paris, Texas, was spared. Iraqi officials met in Baghdad.';

const whyOf = (text: string, name: string) =>
	geoparse({ text, gazetteer: gaz, why: true }).places.find((p) => p.name === name)?.why ?? [];

describe('the trace', () => {
	it('holds only ids of rules the pipeline declares', () => {
		const run = geoparseRun({ text: TEXT, gazetteer: gaz, why: true });
		const ids = [
			...run.records.flatMap((r) => r.trace),
			...run.rejected.flatMap((r) => r.trace),
			...run.groups.flatMap((g) => g.trace)
		];
		expect(ids.length).toBeGreaterThan(10);
		for (const id of ids) expect(RULES.has(id), id).toBe(true);
	});

	it("keeps the chosen reading's score term by term, adding up to its total", () => {
		const run = geoparseRun({ text: TEXT, gazetteer: gaz, why: true });
		run.kept.forEach((g, i) => {
			const t = g.terms;
			expect(t).not.toBeNull();
			if (t === null) return;
			const sum =
				t.prior +
				t.world +
				t.country +
				t.region +
				t.admin1 +
				t.qualifier +
				t.qualifies +
				t.listLevel +
				t.standalone +
				t.county +
				t.near;
			expect(sum).toBeCloseTo(run.resolved[i]?.[0]?.total ?? NaN, 9);
		});
	});
});

describe("a place's why", () => {
	it('names the qualifier written with the name', () => {
		expect(whyOf('Paris, Texas, was spared.', 'Paris')).toContain('named with Texas');
		expect(whyOf('Lima, Ohio, flooded.', 'Lima')).toContain('named with Ohio');
	});

	it('counts the other places of the story near it', () => {
		const why = whyOf(TEXT, 'Findlay');
		expect(
			why.some((w) => /^\d+ other places? in the story (?:is|are) within \d+ km$/.test(w))
		).toBe(true);
	});

	it('says when the place is the largest of its name', () => {
		expect(
			whyOf('Officials in Paris met.', 'Paris').some((w) => /^largest of \d+ places/.test(w))
		).toBe(true);
	});

	it('says when a contest or national politics chose the best-known reading', () => {
		expect(whyOf('Team USA won in Paris, and flew home to Houston.', 'Paris')).toContain(
			'named where a contest took place'
		);
		expect(
			whyOf('Both parties flew in surrogates from Washington to Atlanta.', 'Washington')
		).toContain('named as the seat of government');
	});

	it('says which demonym named a country', () => {
		expect(whyOf(TEXT, 'Iraq')).toContain('called "Iraqi"');
	});
});

describe('--explain', () => {
	it('lists each mention with the rules that fired, the top candidates and the why', () => {
		const report = explain(TEXT, geoparseRun({ text: TEXT, gazetteer: gaz, why: true }));
		expect(report).toContain('"Lima" [');
		expect(report).toContain('candidates/qualifier-after');
		expect(report).toMatch(
			/"Houston" \[\d+, \d+\) rejected\n {2}recognise\/longest-name: .+\n {2}reject\/title-before: /
		);
		expect(report).toMatch(/\n {2}why: .*named with Ohio/);
		expect(report).toMatch(/\d+\.\d\d +\d+% +Lima \(city, Ohio, United States\)/);
	});
});
