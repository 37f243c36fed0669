/**
 * Divisions named with their kind word are also found by the bare name news writes ("in
 * Broward"), except where the bare word alone would mostly mean something else.
 */

import { describe, expect, it } from 'vitest';
import { addBareDivisionNames, bareDivisionName } from '../../../geo/lib/bare-names';
import type { EntryDraft } from '../../../geo/lib/draft';
import { realGazetteer } from '../gazetteer/artifact';

const draft = (name: string, kind: EntryDraft['kind'], alternates: string[] = []): EntryDraft => ({
	id: `test:${name}`,
	name,
	aliases: [],
	alternates,
	kind,
	featureCode: '',
	countryCode: 'ZZ',
	admin1: '',
	population: 0,
	importance: 0,
	lng: 0,
	lat: 0,
	bbox: null,
	source: 'test'
});

describe('bareDivisionName', () => {
	it('drops the final kind word', () => {
		expect(bareDivisionName('Turkana County')).toBe('Turkana');
		expect(bareDivisionName('Bagmati Province')).toBe('Bagmati');
		expect(bareDivisionName('West Pokot County')).toBe('West Pokot');
		expect(bareDivisionName('East Baton Rouge Parish')).toBe('East Baton Rouge');
	});

	it('drops a leading "Province of" or "Municipality of", not "State of" or "District of"', () => {
		expect(bareDivisionName('Province of Nueva Ecija')).toBe('Nueva Ecija');
		expect(bareDivisionName('Municipality of Ljutomer')).toBe('Ljutomer');
		expect(bareDivisionName('State of Mexico')).toBeNull();
		expect(bareDivisionName('District of Columbia')).toBeNull();
		expect(bareDivisionName('Province of Centre')).toBeNull(); // an ordinary word
	});

	it('keeps names without a kind word, and bare words that mean something else alone', () => {
		expect(bareDivisionName('Karbala')).toBeNull();
		expect(bareDivisionName('Will County')).toBeNull(); // an ordinary word
		expect(bareDivisionName('Central Region')).toBeNull(); // a direction
		expect(bareDivisionName('North West Province')).toBeNull(); // directions only
		expect(bareDivisionName('Travis County')).toBeNull(); // a first name
		expect(bareDivisionName('Ada County')).toBeNull(); // too short to stand alone
	});
});

describe('addBareDivisionNames', () => {
	it('adds the bare name to divisions only, once', () => {
		const drafts = [
			draft('Broward County', 'admin2'),
			draft('Turkana County', 'admin1', ['Turkana']),
			draft('Orange County', 'city')
		];
		addBareDivisionNames(drafts);
		expect(drafts.map((d) => d.alternates)).toEqual([['Broward'], ['Turkana'], []]);
	});

	it('in the built artifact, the bare name finds the division', async () => {
		const gaz = await realGazetteer();
		const top = gaz.lookup('Turkana', { loose: false })[0];
		expect(top?.place.name).toBe('Turkana County');
		expect(top?.match).toBe('alternate');
	}, 180_000);
});
