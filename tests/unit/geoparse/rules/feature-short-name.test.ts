/**
 * `candidates/feature-short-name`: a feature the story names with its kind word binds its bare
 * name ("Lake Victoria … Victoria"), unless a reading of the bare name lies on the feature or is
 * a country. On the mini gazetteer.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../../src/lib/gazetteer';
import { bareFeatureName } from '../../../../src/lib/geoparse/candidates/feature-kind';
import { miniGazetteer } from '../../helpers/mini-gazetteer';
import { readMention } from './helpers';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await miniGazetteer();
});

const ID = 'candidates/feature-short-name';

describe(ID, () => {
	it('takes the feature word off either end', () => {
		expect(bareFeatureName('lake victoria')).toBe('victoria');
		expect(bareFeatureName('manchar lake')).toBe('manchar');
		expect(bareFeatureName('victoria')).toBeNull();
	});

	it('reads the bare name as the feature named before it', () => {
		const text =
			'Fishermen on Lake Victoria say catches have halved. Victoria, which Kenya shares with its neighbours, is choked with weed.';
		const r = readMention(gaz, text, 'Victoria', 1);
		expect(r.trace).toContain(ID);
		expect(r.id).toBe('enwiki:Lake_Victoria');
	});

	it('leaves the bare name alone when the story names no such feature', () => {
		const r = readMention(gaz, 'Ferries from Vancouver to Victoria were cancelled.', 'Victoria');
		expect(r.trace).not.toContain(ID);
		expect(r.place).toBe('CA/city');
	});

	it('leaves a bare name the story uses before it names the feature alone', () => {
		const text =
			'Heat gripped Melbourne and the rest of Victoria. Farther north, Lake Victoria fell to a record low.';
		const r = readMention(gaz, text, 'Victoria');
		expect(r.trace).not.toContain(ID);
		expect(r.place).toBe('AU/admin1');
		// and the lake is Australia's, not Africa's.
		expect(readMention(gaz, text, 'Lake Victoria').place).toBe('AU/water');
	});

	it('keeps an island apart from the strait named after it, in either order', () => {
		const before = 'The typhoon hit the northern tip of Luzon and will cross the Luzon Strait.';
		expect(readMention(gaz, before, 'Luzon').id).toBe('enwiki:Luzon');
		const after = 'Ships crossed the Luzon Strait. On Luzon, farms were flooded.';
		const r = readMention(gaz, after, 'Luzon', 1);
		expect(r.trace).not.toContain(ID);
		expect(r.id).toBe('enwiki:Luzon');
	});

	it('never binds a country: "Mount Kenya" and Kenya', () => {
		const text = 'Climbers on Mount Kenya were rescued, officials in Kenya said.';
		const r = readMention(gaz, text, 'Kenya', 1);
		expect(r.trace).not.toContain(ID);
		expect(r.place).toBe('KE/country');
	});
});
