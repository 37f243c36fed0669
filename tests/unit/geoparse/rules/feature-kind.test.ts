/**
 * `candidates/feature-kind` and `resolve/feature-namesake`: a feature word in a name ("Lake X",
 * "X Lake", "X County") keeps readings of its kind, and a namesake of another kind is kept only
 * in a country the story names. On the mini gazetteer.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../../src/lib/gazetteer';
import { geoparseRun } from '../../../../src/lib/geoparse';
import {
	featureKindsOf,
	featureLeadKinds
} from '../../../../src/lib/geoparse/candidates/feature-kind';
import { tokenize } from '../../../../src/lib/geoparse/tokenize';
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

	it('nor the very place the story names by the bare name: one marker would join them', () => {
		const text = 'Floods hit Paris, Texas, on Monday. Farmers by Paris Creek said the water rose.';
		const r = read(text, 'Paris Creek');
		expect(r.trace).toContain('resolve/feature-namesake');
		expect(r.place).toBeNull();
		expect(read(text, 'Paris').place).toBe('US/city');
	});

	it('but not one far from every place the story names in that country', () => {
		const r = read('Boats sank on Lake Paris, an hour north of Seattle, on Sunday.', 'Lake Paris');
		expect(r.trace).toContain('resolve/feature-namesake');
		expect(r.place).toBeNull();
	});
});

describe('"the island of X": a kind word before the name', () => {
	const lead = (text: string, name: string) => {
		const tokens = tokenize(text);
		const from = tokens.findIndex((t) => t.text === name);
		return featureLeadKinds(tokens, from);
	};

	it('reads a lower-case feature word and "of" before the name', () => {
		expect(lead('Tourists crowd the island of Lesbos.', 'Lesbos')).toContain('admin2');
		expect(lead('Tourists crowd the island of Lesbos.', 'Lesbos')).not.toContain('town');
		expect(lead('the Isle of Wight', 'Wight')).toBeNull();
		expect(lead('the rest of Lesbos', 'Lesbos')).toBeNull();
	});

	it('keeps an island of its kind', () => {
		const r = read('Tourists crowd the island of Mallorca each summer.', 'Mallorca');
		expect(r.place).toBe('ES/region');
		expect(r.trace).not.toContain('candidates/feature-namesake-only');
	});

	it('leaves only namesakes when no island has the name, and they are not drawn abroad', () => {
		const text = 'Ferries from Athens and Thessaloníki carried tourists to the island of Troy.';
		const r = read(text, 'Troy');
		expect(r.trace).toContain('candidates/feature-namesake-only');
		expect(r.place).toBeNull();
	});
});
