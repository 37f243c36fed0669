/**
 * The recognise rules (src/lib/geoparse/recognise/) and the evidence rules (evidence/), each with
 * an example sentence: the mention it reads carries the rule's id on its trace (the evidence's
 * on its group's), on the mini gazetteer.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../../src/lib/gazetteer';
import { geoparseRun } from '../../../../src/lib/geoparse';
import { EVIDENCE_RULES, RECOGNISE_RULES } from '../../../../src/lib/geoparse/pipeline';
import type { NameRecord } from '../../../../src/lib/geoparse/record';
import { miniGazetteer } from '../../helpers/mini-gazetteer';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await miniGazetteer();
});

/** The record of the mention written `name` in `text` (its first), or undefined. */
function recordOf(text: string, name: string): NameRecord | undefined {
	const run = geoparseRun({ text, gazetteer: gaz });
	return run.records.find((r) => text.slice(r.span.start, r.span.end) === name);
}

/** Rule id → [sentence, the mention it reads]. */
const RECOGNISED: Record<string, [string, string]> = {
	'recognise/longest-name': ['Rain fell in New York.', 'New York'],
	'recognise/compass-initial': ['S.Africa beat N.Korea.', 'S.Africa'],
	'recognise/state-abbreviation': ['It rained in Macon, Ga., today.', 'Ga.'],
	'recognise/listed-with-kind': ['Oconee and Clarke counties voted.', 'Clarke'],
	'recognise/kind-lead': ['Officials of the city of Paris voted.', 'Paris'],
	'recognise/kind-tail': ['Flooding hit the Karbala province again.', 'Karbala'],
	'recognise/article-the': ['The Hague court met.', 'The Hague'],
	'recognise/bare-county': ['Clarke police said no.', 'Clarke'],
	'recognise/demonym': ['Iraqi officials met.', 'Iraqi'],
	'recognise/town-before-city-word': ['Dublin City Council met.', 'Dublin'],
	'recognise/kind-after-list': ['The Danube and Sava rivers rose.', 'Sava'],
	'recognise/kind-before-list': ['Storms hit the states of Ohio, Iowa and Texas.', 'Iowa']
};

/** Evidence rule id → [sentence, a mention of the name it holds for]. */
const EVIDENCE: Record<string, [string, string]> = {
	'evidence/qualified': ['It rained in Macon, Ga., today.', 'Macon'],
	'evidence/locative': ['It rained in Macon today.', 'Macon'],
	'evidence/capitalised': ['It rained in Macon today.', 'Macon'],
	'evidence/listed': ['It rained in Macon, Athens and Augusta.', 'Athens'],
	'evidence/person-verb': ['Houston said no.', 'Houston'],
	'evidence/person': ['"We will go," said Houston.', 'Houston'],
	'evidence/product': ['She drove a 1995 Lincoln to work.', 'Lincoln'],
	'evidence/dotted': ['U.S. officials met.', 'U.S.'],
	'evidence/wire-dateline': ['DUBLIN (Reuters) - Talks went on.', 'DUBLIN'],
	'evidence/defined': ['Macon is a city in Bibb County, Georgia.', 'Macon']
};

describe('recognise rules', () => {
	it('are listed once each, with an id in recognise/ and a description', () => {
		const ids = RECOGNISE_RULES.map((r) => r.id);
		for (const r of RECOGNISE_RULES) {
			expect(r.id).toMatch(/^recognise\/[a-z-]+$/);
			expect(r.description.length).toBeGreaterThan(10);
		}
		expect(new Set(ids).size).toBe(ids.length);
	});

	it.each(Object.entries(RECOGNISED))('%s', (id, [text, name]) => {
		expect(recordOf(text, name)?.trace).toContain(id);
	});
});

describe('evidence rules', () => {
	it('are listed once each, with an id in evidence/ and a description', () => {
		const ids = EVIDENCE_RULES.map((r) => r.id);
		for (const id of ids) expect(id).toMatch(/^evidence\/[a-z-]+$/);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it.each(Object.entries(EVIDENCE))('%s', (id, [text, name]) => {
		expect(recordOf(text, name)?.group?.trace).toContain(id);
	});

	it('evidence/locative: the end of a span from a place ("from New Orleans to Lubbock")', () => {
		expect(
			recordOf('Ports closed from New Orleans to Lubbock.', 'Lubbock')?.group?.trace
		).toContain('evidence/locative');
		expect(recordOf('He sent it to Lubbock.', 'Lubbock')?.group?.trace ?? []).not.toContain(
			'evidence/locative'
		);
	});

	it('evidence/locative: a port named after its city ("the Port of Macon")', () => {
		for (const text of ['Ships waited at the Port of Macon.', 'Ships left the port of Macon.'])
			expect(recordOf(text, 'Macon')?.group?.trace).toContain('evidence/locative');
		expect(
			recordOf('Ships waited at the Bank of Macon.', 'Macon')?.group?.trace ?? []
		).not.toContain('evidence/locative');
	});

	it('evidence/defined: a kind word that chose the readings defines the name too', () => {
		expect(recordOf('Ash fell on the island of Java.', 'Java')?.group?.trace).toContain(
			'evidence/defined'
		);
		expect(recordOf('Ash fell on Java.', 'Java')?.group?.trace ?? []).not.toContain(
			'evidence/defined'
		);
	});

	it('a plain mention holds none of the evidence against a place', () => {
		const trace = recordOf('It rained in Macon today.', 'Macon')?.group?.trace ?? [];
		for (const id of ['evidence/person', 'evidence/person-verb', 'evidence/product'])
			expect(trace).not.toContain(id);
	});
});
