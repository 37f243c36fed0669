import { describe, expect, it } from 'vitest';
import type { Feature, Geometry } from 'geojson';
import { admin1Drafts, type NeAdmin1Props } from '../../../geo/lib/admin';
import { assembleTables } from '../../../geo/lib/tables';
import { createGazetteer } from '../../../src/lib/gazetteer';

const square = (w: number, s: number, e: number, n: number): Geometry => ({
	type: 'Polygon',
	coordinates: [
		[
			[w, s],
			[e, s],
			[e, n],
			[w, n],
			[w, s]
		]
	]
});

function feature(props: NeAdmin1Props, geometry: Geometry): Feature<Geometry, NeAdmin1Props> {
	return { type: 'Feature', properties: props, geometry };
}

const karbala = feature(
	{
		gn_a1_code: 'IQ.12',
		iso_a2: 'IQ',
		iso_3166_2: 'IQ-KA',
		name: "Karbala'",
		name_en: 'Karbala',
		name_ru: 'Кербела',
		name_de: 'Kerbela-Provinz',
		latitude: 32.5,
		longitude: 43.8,
		ne_id: 1
	},
	square(43, 32, 44.5, 33)
);
// Two features under one code with their own ISO codes: sub-units, whose names are not the
// division's.
const parts = [
	feature(
		{
			gn_a1_code: 'PH.01',
			iso_a2: 'PH',
			iso_3166_2: 'PH-ABR',
			name: 'Abra',
			name_ru: 'Абра',
			ne_id: 2
		},
		square(120, 17, 121, 18)
	),
	feature(
		{ gn_a1_code: 'PH.01', iso_a2: 'PH', iso_3166_2: 'PH-BEN', name: 'Benguet', ne_id: 3 },
		square(120, 16, 121, 17)
	)
];

function gazetteer() {
	const drafts = admin1Drafts({
		table: [
			{ code: 'IQ.12', name: 'Karbala' },
			{ code: 'PH.01', name: 'Ilocos' }
		],
		ne: [karbala, ...parts],
		// Ilocos's towns lie within its features' box, so the join holds.
		stats: new Map([
			[
				'PH.01',
				{
					population: 1000,
					sumLng: 120.5,
					sumLat: 17,
					weight: 1,
					w: 120.5,
					s: 17,
					e: 120.5,
					n: 17,
					seat: null
				}
			]
		]),
		extraAliases: new Map(),
		cldr: {
			english: new Map([
				['iqka', 'Karbala Governorate'],
				['phabr', 'Abra']
			]),
			other: new Map([
				['iqka', ['كربلاء', 'Kerbala']],
				['phabr', ['Абра']]
			])
		}
	});
	return createGazetteer(assembleTables(drafts, { sources: {}, skipped: {} }));
}

describe('admin-1 names from Natural Earth and CLDR', () => {
	it("indexes CLDR's English name as an alternate the geoparser may read", () => {
		const c = gazetteer().lookup('Karbala Governorate')[0];
		expect(c?.place.id).toBe('admin1:IQ.12');
		expect(c?.match).toBe('alternate');
	});

	it('keeps other languages for search only', () => {
		const gaz = gazetteer();
		for (const name of ['Кербела', 'Kerbela-Provinz', 'كربلاء']) {
			expect(gaz.lookup(name)).toEqual([]);
			expect(gaz.has(name.toLowerCase())).toBe(false);
			expect(gaz.search(name)[0]?.place.id).toBe('admin1:IQ.12');
		}
	});

	it("gives a division no sub-unit's names", () => {
		const gaz = gazetteer();
		expect(gaz.search('Абра')).toEqual([]);
		expect(gaz.lookup('Abra')).toEqual([]);
		expect(gaz.search('Ilocos')[0]?.place.id).toBe('admin1:PH.01');
	});
});
