/**
 * The neighbourhoods table (`geo/data/places-neighbourhoods.tsv`): each quarter lies in a large
 * city of its country (a city of a quarter of a million or more within `CITY_KM`, found by the real
 * gazetteer's reverse lookup: a point with a wrong sign or swapped digits lands far from any),
 * and the build finds it by its name as a neighbourhood.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCuratedPlaces } from '../../../geo/lib/curated';
import { DATA_DIR } from '../../../geo/scripts/paths';
import { realGazetteer } from '../gazetteer/artifact';

/** How far from its city's point a quarter may lie (Khayelitsha is ~30 km from Cape Town's). */
const CITY_KM = 35;
/** Importance of a city of about a quarter of a million. */
const LARGE_CITY = 5.4;

const rows = parseCuratedPlaces(
	readFileSync(join(DATA_DIR, 'places-neighbourhoods.tsv'), 'utf8'),
	'places-neighbourhoods.tsv',
	{}
);

describe('curated neighbourhoods', () => {
	it('are neighbourhoods, each with a box', () => {
		expect(rows.length).toBeGreaterThanOrEqual(50);
		for (const r of rows) {
			expect(r.kind, r.id).toBe('neighbourhood');
			expect(r.featureCode, r.id).toBe('PPLX');
			expect(r.bbox, r.id).not.toBeNull();
		}
	});

	it(
		'each lies in a large city of its country, and the build finds it',
		{ timeout: 300_000 },
		async () => {
			const g = await realGazetteer();
			for (const r of rows) {
				const cities = g
					.near(r.lat, r.lng, { radiusKm: CITY_KM, limit: 50, kinds: ['city'] })
					.filter((n) => n.place.countryCode === r.countryCode && n.place.importance >= LARGE_CITY);
				expect(cities.length, `${r.id}: no large city of ${r.countryCode} near`).toBeGreaterThan(0);
				const found = g.lookup(r.name, { limit: 30 }).some((c) => c.place.id === r.id);
				expect(found, `${r.id} by its name`).toBe(true);
			}
		}
	);
});
