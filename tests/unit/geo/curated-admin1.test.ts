/**
 * A curated town has no division in our tables: the build gives it the first-level division of
 * the nearest GeoNames place of its country, so a story's division votes for it as for any town.
 * On the mini gazetteer (real build path, our curated tables).
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/lib/gazetteer';
import { miniGazetteer } from '../helpers/mini-gazetteer';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await miniGazetteer();
});

describe('curated towns and their divisions', () => {
	it('takes the division of the nearest place of its country', () => {
		// Jurf al Sakhar lies in Babil (GeoNames IQ.06), Taji in Baghdad (IQ.07).
		expect(gaz.byId('curated:jurf-al-nasr')?.admin1Code).toBe('06');
		expect(gaz.byId('curated:taji')?.admin1Code).toBe('07');
		expect(gaz.byId('admin1:IQ.06')?.name).toMatch(/Babil/);
		// A quarter of Nairobi is in Nairobi County (KE.05).
		expect(gaz.byId('enwiki:Kibera')?.admin1Code).toBe('05');
	});

	it('leaves it without one where no place of its country is known', () => {
		// The mini gazetteer has no Bolivian town.
		expect(gaz.byId('enwiki:El_Alto')?.admin1Code ?? '').toBe('');
	});

	it('gives no division to a feature or a row of several countries', () => {
		expect(gaz.byId('enwiki:Lake_Victoria')?.admin1Code ?? '').toBe('');
	});
});
