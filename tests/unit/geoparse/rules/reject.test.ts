/**
 * The reject rules (src/lib/geoparse/reject/), each with an example sentence it rejects a name in
 * and one where the same name stays a place, on the mini gazetteer.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../../src/lib/gazetteer';
import { geoparseRun } from '../../../../src/lib/geoparse';
import { DEMONYM_REJECT_RULES, NAME_REJECT_RULES } from '../../../../src/lib/geoparse/pipeline';
import { miniGazetteer } from '../../helpers/mini-gazetteer';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await miniGazetteer();
});

/** The id of the rule that rejected the last mention `name` in `text`, or null when none did. */
function rejectedBy(text: string, name: string): string | null {
	const run = geoparseRun({ text, gazetteer: gaz });
	const start = text.lastIndexOf(name);
	const r = run.rejected.find((x) => x.span.start === start);
	return r ? (r.trace.at(-1) ?? null) : null;
}

/** Rule id → [sentence it rejects `name` in, name, sentence where `name` stays]. */
const EXAMPLES: Record<string, [string, string, string]> = {
	'reject/degree-after-comma': ['Jane Doe, M.D., spoke in Ohio.', 'M.D.', 'Jane Doe spoke.'],
	'reject/postal-code': ['The OK sign went up in Texas.', 'OK', 'Texas voted.'],
	'reject/street-word-after': [
		'She lives on Washington Street now.',
		'Washington',
		'She lives in Washington now.'
	],
	'reject/disease-after': ['Doctors call it Paris syndrome.', 'Paris', 'Doctors in Paris agree.'],
	'reject/landform-after': ['Rain fell on the Paris Basin.', 'Paris', 'Rain fell on Paris.'],
	'reject/league-heading': [
		'ATLANTIC DIVISION\nBoston 40 12',
		'ATLANTIC',
		'Ships crossed the Atlantic.'
	],
	'reject/route-number': ['Crews closed US-24 near Toledo.', 'US', 'Crews in the US worked.'],
	'reject/kind-word-of': ['The Canton of Zurich voted.', 'Canton', 'Canton, Ohio voted.'],
	'reject/title-alone': ['The pageant crowned Miss Ohio on Sunday.', 'Miss', 'Ohio voted.'],
	'reject/tail-of-name': [
		'The Acme Widget Boston plant closed.',
		'Boston',
		'The Boston plant closed.'
	],
	'reject/person-in-run': ['Prime Minister Ted Houston spoke.', 'Houston', 'He spoke in Houston.'],
	'reject/title-before': ['Mayor Houston said no.', 'Houston', 'Officials in Houston said no.'],
	'reject/initial-before': ['The coach, D. Houston, left.', 'Houston', 'The coach left Houston.'],
	'reject/name-suffix-after': ['Robert Houston Jr. spoke.', 'Houston', 'He spoke in Houston.'],
	'reject/club-word': ['Real Madrid won again.', 'Madrid', 'They flew to Madrid again.'],
	'reject/club-suffix': [
		'Birmingham Athletic won again.',
		'Birmingham',
		'Rain fell in Birmingham again.'
	],
	'reject/ampersand': ['He joined Paris & Sons in May.', 'Paris', 'He moved to Paris in May.'],
	'reject/first-name-surname': [
		'Mark Esper met Paris Hilton today.',
		'Paris',
		'He met them in Paris today.'
	],
	'reject/known-surname': [
		'Defense Secretary Mark Austin arrived. Austin said the base was safe.',
		'Austin',
		'He flew to Austin.'
	],
	'reject/major-surname-alone': [
		'Michael Jordan scored. Jordan said he was tired.',
		'Jordan',
		'Michael Jordan flew to Jordan.'
	]
};

describe('reject rules', () => {
	it('every listed rule has an id in reject/ and a description, and ids are unique', () => {
		const rules = [...NAME_REJECT_RULES, ...DEMONYM_REJECT_RULES];
		for (const r of rules) {
			expect(r.id).toMatch(/^reject\/[a-z-]+$/);
			expect(r.description.length).toBeGreaterThan(10);
		}
		expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
	});

	it.each(Object.entries(EXAMPLES))('%s', (id, [text, name, kept]) => {
		expect(rejectedBy(text, name)).toBe(id);
		expect(rejectedBy(kept, name)).toBeNull();
	});
});
