import { describe, expect, it } from 'vitest';
import { airportDrafts, shortName, type AirportRow } from '../../../geo/lib/airports';
import { nameKey } from '../../../src/lib/gazetteer';

const row = (over: Partial<AirportRow>): AirportRow => ({
	id: '1',
	ident: 'XXXX',
	type: 'large_airport',
	name: 'Test Airport',
	latitude_deg: '10',
	longitude_deg: '20',
	iso_country: 'GB',
	municipality: '',
	scheduled_service: 'yes',
	iata_code: '',
	gps_code: '',
	...over
});

describe('airports', () => {
	it('short names', () => {
		expect(shortName('London Heathrow Airport', 'London')).toBe('Heathrow');
		expect(shortName('Amsterdam Airport Schiphol', 'Amsterdam')).toBe('Schiphol');
		expect(shortName('Chicago O’Hare International Airport', 'Chicago')).toBe('O’Hare');
		expect(shortName('Denver International Airport', 'Denver')).toBeNull();
		expect(shortName('Camp Bastion', 'Helmand')).toBeNull();
	});

	it('drafts: large airports get short names unless they shadow a city; medium only the full name', () => {
		const drafts = airportDrafts({
			rows: [
				row({ id: '2434', name: 'London Heathrow Airport', municipality: 'London' }),
				row({
					id: '2429',
					name: 'London Gatwick Airport',
					municipality: 'London',
					latitude_deg: '51.1'
				}),
				row({
					id: '7',
					name: 'Narita International Airport',
					municipality: 'Tokyo',
					latitude_deg: '35.7'
				}),
				row({
					id: '5289',
					name: 'Baghdad International Airport / New Al Muthana Air Base',
					municipality: 'Baghdad',
					latitude_deg: '33.26'
				}),
				row({ id: '9', type: 'medium_airport', name: 'Small Field Airport', latitude_deg: '1' }),
				row({ id: '10', name: 'No Service Airport', scheduled_service: 'no', latitude_deg: '2' }),
				row({
					id: '11',
					name: 'Near Base Airfield',
					latitude_deg: '34.946',
					longitude_deg: '69.265'
				}),
				row({ id: '12', name: 'Broken Airport', latitude_deg: 'x' })
			],
			reservedNames: new Set([nameKey('Narita')]),
			curatedPoints: [[69.265, 34.9461]]
		});
		const byId = new Map(drafts.map((d) => [d.id, d]));
		expect([...byId.keys()]).toEqual([
			'ourairports:7',
			'ourairports:9',
			'ourairports:2429',
			'ourairports:2434',
			'ourairports:5289'
		]);
		expect(byId.get('ourairports:2434')?.aliases).toEqual(['Heathrow Airport', 'Heathrow']);
		// London has two large airports: no "London Airport".
		expect(byId.get('ourairports:2429')?.aliases).not.toContain('London Airport');
		expect(byId.get('ourairports:7')?.aliases).toEqual(['Tokyo Airport', 'Narita Airport']);
		const baghdad = byId.get('ourairports:5289');
		expect(baghdad?.name).toBe('Baghdad International Airport');
		expect(baghdad?.aliases).toEqual(['New Al Muthana Air Base', 'Baghdad Airport']);
		expect(byId.get('ourairports:9')?.aliases).toEqual([]);
		expect(
			(byId.get('ourairports:2434')?.importance ?? 0) > (byId.get('ourairports:9')?.importance ?? 0)
		).toBe(true);
		for (const d of drafts) expect(d).toMatchObject({ kind: 'landmark', featureCode: 'AIRP' });
	});
});
