/**
 * `candidates/feature-kind` and `resolve/feature-namesake`: a feature word in a name ("Lake X",
 * "X Lake", "X County") keeps readings of its kind, and a namesake of another kind is kept only
 * in a country the story names. On the mini gazetteer.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../../src/lib/gazetteer';
import { geoparseRun } from '../../../../src/lib/geoparse';
import { featureKindsOf } from '../../../../src/lib/geoparse/candidates/feature-kind';
import { miniGazetteer } from '../../helpers/mini-gazetteer';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await miniGazetteer();
});

/** The mention `name` in `text`: where it resolved (`country/kind`) and the rules on its trace. */
function read(text: string, name: string) {
	const run = geoparseRun({ text, gazetteer: gaz });
	const start = text.indexOf(name);
	const mention = run.result.mentions.find((m) => m.start === start);
	const place = run.result.places.find((p) => p.id === mention?.placeId);
	const record = run.records.find((r) => r.span.start === start);
	const trace = [...(record?.trace ?? []), ...(record?.group?.trace ?? [])];
	return { place: place ? `${place.country}/${place.kind}` : null, trace };
}

describe('feature words', () => {
	it('reads the feature word at either end of the name', () => {
		expect(featureKindsOf('lake paris')).toEqual(['water']);
		expect(featureKindsOf('manchar lake')).toEqual(['water']);
		expect(featureKindsOf('mount hood')).toContain('landmark');
		expect(featureKindsOf('paris')).toBeNull();
		expect(featureKindsOf('lake')).toBeNull();
	});
});

describe('candidates/feature-kind', () => {
	it('keeps the readings of the kind the feature word names', () => {
		const r = read('Officials in Athens County, Ohio, voted on Tuesday.', 'Athens County');
		expect(r.trace).toContain('candidates/feature-kind');
		expect(r.place).toBe('US/admin2');
	});

	it('leaves a name without a feature word alone', () => {
		const r = read('Officials in Athens, Ohio, voted on Tuesday.', 'Athens');
		expect(r.trace).not.toContain('candidates/feature-kind');
		expect(r.place).toBe('US/city');
	});
});

describe('resolve/feature-namesake', () => {
	it('never reads "X Lake" as a town X in a country the story does not name', () => {
		const r = read('Boats sank on Paris Lake near Nairobi, Kenya, on Sunday.', 'Paris Lake');
		expect(r.trace).toContain('candidates/feature-namesake-only');
		expect(r.trace).toContain('resolve/feature-namesake');
		expect(r.place).toBeNull();
	});

	it('nor "Lake X"', () => {
		const r = read('Fishermen on Lake Paris said the catch was poor in Kenya.', 'Lake Paris');
		expect(r.place).toBeNull();
	});

	it('keeps the namesake in the country of the story ("Lake Paris" in Texas)', () => {
		const r = read('Boats sank on Lake Paris in Texas on Sunday.', 'Lake Paris');
		expect(r.trace).toContain('candidates/feature-namesake-only');
		expect(r.trace).not.toContain('resolve/feature-namesake');
		expect(r.place).toBe('US/city');
	});
});
