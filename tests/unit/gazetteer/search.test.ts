import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/lib/gazetteer';
import { realGazetteer } from './artifact';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await realGazetteer();
}, 180_000);

const first = (q: string, near?: [number, number]) => gaz.search(q, { near })[0]?.place;

describe('the correction search', () => {
	it('reads "Name, Region" as a place in that area', () => {
		expect(first('Springfield, Illinois')).toMatchObject({ countryCode: 'US', admin1Code: 'IL' });
		expect(first('Springfield, Missouri')).toMatchObject({ countryCode: 'US', admin1Code: 'MO' });
		expect(first('Springfield, IL')).toMatchObject({ admin1Code: 'IL' });
		expect(first('Paris, Texas')).toMatchObject({ countryCode: 'US', admin1Code: 'TX' });
		expect(first('Paris, France')).toMatchObject({ countryCode: 'FR', kind: 'city' });
	});

	it('reads "Name County, State" as the county', () => {
		expect(first('Orange County, California')).toMatchObject({ id: 'admin2:US.CA.059' });
		expect(first('Cook County, Illinois')).toMatchObject({ id: 'admin2:US.IL.031' });
		// Only places inside the named area answer.
		for (const c of gaz.search('Orange County, Florida')) expect(c.place.admin1Code).toBe('FL');
	});

	it('keeps a name with a comma whole when it is one ("Washington, D.C.")', () => {
		expect(first('Washington, D.C.')).toMatchObject({ countryCode: 'US', admin1Code: 'DC' });
	});

	it("finds a place by another language's name, which free text does not", () => {
		// Russian for Karbala: the city (a GeoNames alternate) and the province (Natural Earth).
		const found = gaz.search('Кербела');
		expect(found[0]?.place).toMatchObject({ name: 'Karbala', countryCode: 'IQ', admin1Code: '12' });
		expect(found[0]?.match).toBe('search');
		expect(found.map((c) => c.place.id)).toContain('admin1:IQ.12');
		expect(gaz.lookup('Кербела')).toEqual([]);
		const looked = gaz.lookup('Кербела', { searchNames: true }).map((c) => c.place.id);
		expect(looked).toContain('admin1:IQ.12');
	});

	it('reaches streets, squares, parks, reserves, straits and ranges by name', () => {
		expect(first('Tahrir Square')?.id).toBe('enwiki:Tahrir_Square');
		expect(first('Champs Elysees')?.id).toBe('enwiki:Champs-Élysées');
		expect(first('Katlodeeche')?.id).toBe('enwiki:Hay_River_Reserve');
		expect(first('Hay River Reserve')?.id).toBe('enwiki:Hay_River_Reserve');
		expect(first('Buton Strait')?.id).toBe('enwiki:Buton_Strait');
		expect(first('Lyngen Alps')?.id).toBe('enwiki:Lyngen_Alps');
		// Typed, near the story: the islands and their national park both answer.
		const wakatobi = gaz.search('Wakato', { near: [122.6, -5.46] }).map((c) => c.place.id);
		expect(wakatobi.slice(0, 2).sort()).toEqual([
			'enwiki:Tukangbesi_Islands',
			'enwiki:Wakatobi_National_Park'
		]);
	});

	it('completes a name being typed', () => {
		expect(first('Karbal')?.name).toBe('Karbala');
		expect(first('Springfield, Illin')).toMatchObject({ admin1Code: 'IL' });
	});

	it('ranks by distance to the story', () => {
		// Near Boston the Massachusetts Springfield; near Joplin the Missouri one.
		expect(first('Springfield', [-71.06, 42.36])).toMatchObject({ admin1Code: 'MA' });
		expect(first('Springfield', [-94.51, 37.08])).toMatchObject({ admin1Code: 'MO' });
		// A small town near the story beats a large city far away.
		expect(first('Paris', [-95.5, 33.6])).toMatchObject({ countryCode: 'US', admin1Code: 'TX' });
		expect(first('Paris', [2.35, 48.85])).toMatchObject({ countryCode: 'FR' });
	});

	it('ranks a neighbourhood below the town of its name', () => {
		const places = gaz.search('Hollywood', { limit: 20 }).map((c) => c.place);
		const town = places.findIndex((p) => p.featureCode !== 'PPLX');
		const quarter = places.findIndex((p) => p.featureCode === 'PPLX');
		expect(town).toBeGreaterThanOrEqual(0);
		if (quarter >= 0) expect(town).toBeLessThan(quarter);
	});

	it('answers nothing for an area that is not there or a blank query', () => {
		expect(gaz.search('Springfield, Atlantis')).toEqual([]);
		expect(gaz.search(' , ')).toEqual([]);
	});
});
