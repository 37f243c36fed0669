import { describe, expect, it } from 'vitest';
import { admin2Namesakes, placeLabel, placeWhere } from '../../../src/lib/article/format';

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

describe('a county says which of two namesakes in one state', () => {
	const saline = {
		id: 'gn:4101241',
		name: 'Benton',
		kind: 'city',
		country: 'US',
		admin1: 'Arkansas',
		admin2: 'Saline County'
	} as const;
	const polk = { ...saline, id: 'gn:1', kind: 'town', admin2: 'Polk County' } as const;
	const illinois = {
		...saline,
		id: 'gn:2',
		admin1: 'Illinois',
		admin2: 'Franklin County'
	} as const;

	it('placeWhere names the county before the state when the place carries it', () => {
		expect(placeLabel(saline)).toBe('Benton, Saline County, Arkansas, United States');
		const lake = {
			name: 'Lake County',
			kind: 'admin2',
			country: 'US',
			admin1: 'Ohio',
			admin2: 'Lake County'
		} as const;
		expect(placeLabel(lake)).toBe('Lake County, Ohio, United States');
	});

	it('admin2Namesakes keeps the county only where the state leaves two places alike', () => {
		expect(admin2Namesakes([saline, polk, illinois])).toEqual(new Set([saline.id, polk.id]));
		expect(admin2Namesakes([saline, illinois])).toEqual(new Set());
		// Two in the same county: the county does not tell them apart either.
		expect(admin2Namesakes([saline, { ...saline, id: 'gn:3' }])).toEqual(new Set());
	});
});
