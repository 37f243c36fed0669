import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer, Place } from '../../../src/lib/gazetteer';
import { alternateDoubt, haversineKm, nameKey } from '../../../src/lib/gazetteer';
import { realGazetteer } from './artifact';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await realGazetteer();
}, 180_000);

/** True location [lat, lng] of each "Done when" name, and whether it is an area. */
const DONE_WHEN: [string, number, number, Place['kind'][]][] = [
	['Camp Taji', 33.5294, 44.2775, ['landmark']],
	['Baghdad', 33.3152, 44.3661, ['city']],
	['Karbala Province', 32.6, 43.8, ['admin1']],
	['Jurf al Sakhar', 32.8667, 44.2139, ['town', 'city']],
	['Jurf al-Nasr', 32.8667, 44.2139, ['town', 'city']],
	['Tehran', 35.6892, 51.389, ['city']],
	['the Pentagon', 38.8719, -77.0563, ['landmark']],
	['Capitol Hill', 38.8899, -77.0091, ['landmark']],
	['Syria', 35.0, 38.5, ['country']]
];

const contains = (p: Place, lat: number, lng: number) =>
	!!p.bbox && p.bbox[1] <= lat && lat <= p.bbox[3] && p.bbox[0] <= lng && lng <= p.bbox[2];

describe('lookup ranks the right place first', () => {
	it.each(DONE_WHEN)('%s', (name, lat, lng, kinds) => {
		const [top] = gaz.lookup(name);
		expect(top, name).toBeDefined();
		const place = (top as NonNullable<typeof top>).place;
		expect(kinds).toContain(place.kind);
		if (place.bbox) expect(contains(place, lat, lng)).toBe(true);
		else expect(haversineKm(lat, lng, place.point[1], place.point[0])).toBeLessThan(10);
	});

	it('puts every country representative point inside its bbox', () => {
		const syria = gaz.country('SY') as Place;
		expect(contains(syria, syria.point[1], syria.point[0])).toBe(true);
	});

	it('uses a generic word as a hint of kind', () => {
		expect(gaz.lookup('Karbala')[0]?.place.kind).toBe('city');
		const hinted = gaz.lookup('Karbala Governorate')[0];
		expect(hinted?.place.kind).toBe('admin1');
		expect(hinted?.kindHintMatched).toBe(true);
		expect(gaz.lookup('Cook County')[0]?.place.admin1Name).toBe('Illinois');
	});

	it('finds "X province" where the division is named "Province of X", a province at either level', () => {
		// Philippine provinces are GeoNames' second-level divisions, "Province of Quirino".
		const quirino = gaz.lookup('Quirino province')[0];
		expect(quirino?.place.id).toBe('admin2:PH.02.68');
		expect(quirino?.kindHintMatched).toBe(true);
		const isabela = gaz.lookup('Isabela province').find((c) => c.place.countryCode === 'PH');
		expect(isabela?.place.kind).toBe('admin2');
		expect(isabela?.kindHintMatched).toBe(true);
	});

	it('matches transliteration variants', () => {
		expect(gaz.lookup('Kerbala')[0]?.place.countryCode).toBe('IQ');
		expect(gaz.lookup('al-Anbar')[0]?.place.id).toBe(gaz.lookup('Anbar')[0]?.place.id);
		expect(gaz.lookup('Jurf as-Sakhr')[0]?.place.name).toBe('Jurf al Sakhar');
	});

	it('knows US state abbreviations and country alternates', () => {
		expect(gaz.lookup('Ga.')[0]?.place.id).toBe('admin1:US.GA');
		expect(gaz.lookup('N.Y.')[0]?.place.id).toBe('admin1:US.NY');
		expect(gaz.lookup('Calif.')[0]?.place.id).toBe('admin1:US.CA');
		for (const n of ['U.S.', 'United States', 'America'])
			expect(gaz.lookup(n)[0]?.place.id).toBe('country:US');
		for (const n of ['UK', 'Britain']) expect(gaz.lookup(n)[0]?.place.id).toBe('country:GB');
	});

	it('fills admin1 names and country names on cities', () => {
		const baghdad = gaz.lookup('Baghdad')[0]?.place as Place;
		expect(baghdad.countryName).toBe('Iraq');
		expect(baghdad.admin1Name).toBe('Baghdad');
		expect(baghdad.population).toBeGreaterThan(1_000_000);
	});

	it('fills the county of a town, never of a division', () => {
		const bentons = gaz.lookup('Benton', { countryCode: 'US', limit: 20 }).map((c) => c.place);
		const arkansas = bentons.find((p) => p.admin1Name === 'Arkansas' && p.kind === 'city');
		expect(arkansas?.admin2Name).toBe('Saline County');
		expect(bentons.filter((p) => p.admin2Name !== '').length).toBeGreaterThan(5);
		const lake = gaz.lookup('Lake County', { kinds: ['admin2'] })[0]?.place as Place;
		expect(lake.admin1Name).not.toBe('');
		expect(lake.admin2Name).toBe('');
	});

	it('filters by kind and country', () => {
		expect(gaz.lookup('Georgia', { kinds: ['admin1'] })[0]?.place.countryCode).toBe('US');
		expect(gaz.lookup('Georgia', { countryCode: 'GE' })[0]?.place.kind).toBe('country');
	});

	it('knows large airports by their short name, without shadowing cities', () => {
		const heathrow = gaz.lookup('Heathrow')[0]?.place;
		expect(heathrow).toMatchObject({ kind: 'landmark', featureCode: 'AIRP', countryCode: 'GB' });
		expect(
			haversineKm(51.47, -0.4543, heathrow?.point[1] ?? 0, heathrow?.point[0] ?? 0)
		).toBeLessThan(5);
		expect(gaz.lookup('Baghdad International Airport')[0]?.place.featureCode).toBe('AIRP');
		expect(gaz.lookup('Denver')[0]?.place.kind).toBe('city');
		expect(gaz.lookup('Baghdad')[0]?.place.kind).toBe('city');
	});

	it('returns nothing for an unknown name', () => {
		expect(gaz.lookup('Xyzzyqx')).toEqual([]);
		expect(gaz.lookup('')).toEqual([]);
	});
});

describe('the rest of the API', () => {
	it('has / hasPrefix for multi-word matching', () => {
		expect(gaz.has(nameKey('New York'))).toBe(true);
		expect(gaz.has('new yor')).toBe(false);
		expect(gaz.hasPrefix('new yor')).toBe(true);
	});

	it('probe answers has and hasPrefix of the key and a space in one search', () => {
		const keys = ['new', 'new york', 'new yor', 'baghdad', 'camp', 'camp taji', 'zzzq', '', 'sao'];
		for (const name of ['Karbala Province', 'St. Louis', 'Jurf al Sakhar', 'São Paulo', 'Kyiv'])
			keys.push(nameKey(name), nameKey(name).split(' ')[0] as string);
		for (const key of keys) {
			expect(gaz.probe(key)).toEqual({ name: gaz.has(key), longer: gaz.hasPrefix(`${key} `) });
		}
		expect(gaz.probe('new').longer).toBe(true);
		expect(gaz.probe('baghdad').name).toBe(true);
		expect(gaz.probe('new yor')).toEqual({ name: false, longer: false });
	});

	it('demonyms and country codes', () => {
		expect(gaz.demonym('Iranian')?.id).toBe('country:IR');
		expect(gaz.demonym('Americans')?.id).toBe('country:US');
		expect(gaz.demonym('British')?.id).toBe('country:GB');
		expect(gaz.country('irq')?.id).toBe('country:IQ');
		expect(gaz.country('IQ')?.name).toBe('Iraq');
		expect(gaz.country('ZZ')).toBeNull();
	});

	it('prefix search for autocomplete', () => {
		const names = gaz.prefix('Bagh', { limit: 5 }).map((c) => c.place.name);
		expect(names[0]).toBe('Baghdad');
	});

	it('near: reverse lookup', () => {
		const [first] = gaz.near(33.34, 44.4);
		expect(first?.place.name).toBe('Baghdad');
		expect(first?.distanceKm).toBeLessThan(5);
	});

	it('byId round-trips', () => {
		const p = gaz.lookup('Tehran')[0]?.place as Place;
		expect(gaz.byId(p.id)?.index).toBe(p.index);
		expect(gaz.byId('gn:0')).toBeNull();
	});
});

describe('alternate names', () => {
	it('cost a large city little, a small place, a short key or a country fully', () => {
		expect(alternateDoubt(4, 'town', 10)).toBe(1);
		expect(alternateDoubt(5, 'city', 10)).toBe(1);
		expect(alternateDoubt(6, 'city', 10)).toBeCloseTo(0.5);
		expect(alternateDoubt(7.5, 'city', 10)).toBeCloseTo(0.1);
		expect(alternateDoubt(7.5, 'city', 4)).toBe(1);
		expect(alternateDoubt(9.5, 'country', 10)).toBe(1);
	});

	it("rank a large city's English name above small exact namesakes", () => {
		expect(gaz.lookup('Gothenburg')[0]?.place.countryCode).toBe('SE');
		expect(gaz.lookup('Hanover')[0]?.place.countryCode).toBe('DE');
		expect(gaz.lookup('Marseilles')[0]?.place.countryCode).toBe('FR');
	});
});
