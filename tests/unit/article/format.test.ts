import { describe, expect, it } from 'vitest';
import { placeLabel, placeWhere } from '../../../src/lib/article/format';

describe('placeWhere and placeLabel say which place a name is', () => {
	it('names the state or province of a town, then its country', () => {
		const benton = { name: 'Benton', kind: 'town', country: 'US', admin1: 'Arkansas' } as const;
		expect(placeWhere(benton)).toBe('Arkansas, United States');
		expect(placeLabel(benton)).toBe('Benton, Arkansas, United States');
	});

	it('skips a division named like the place, and a country alone', () => {
		const baghdad = { name: 'Baghdad', kind: 'city', country: 'IQ', admin1: 'Baghdad' } as const;
		expect(placeLabel(baghdad)).toBe('Baghdad, Iraq');
		const iraq = { name: 'Iraq', kind: 'country', country: 'IQ', admin1: null } as const;
		expect(placeWhere(iraq)).toBe(null);
		expect(placeLabel(iraq)).toBe('Iraq');
	});

	it('a province is placed in its country only', () => {
		const karbala = { name: 'Karbala', kind: 'admin1', country: 'IQ', admin1: 'Karbala' } as const;
		expect(placeLabel(karbala)).toBe('Karbala, Iraq');
	});

	it('a place spanning countries is named alone', () => {
		const sea = { name: 'Red Sea', kind: 'water', country: null, admin1: null } as const;
		expect(placeLabel(sea)).toBe('Red Sea');
	});
});
