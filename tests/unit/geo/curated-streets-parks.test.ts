/**
 * The tables of streets and squares, parks and indigenous lands (`places-streets.tsv`,
 * `places-parks.tsv`, `places-indigenous.tsv`): each row's code and kind, each street or square
 * within a city (a point with a wrong sign or swapped digits lands far from any), and the build
 * and the correction search find every row by its name.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCuratedPlaces } from '../../../geo/lib/curated';
import { DATA_DIR } from '../../../geo/scripts/paths';
import { realGazetteer } from '../gazetteer/artifact';

/** How far from a city's point a street or square may lie (the Las Vegas Strip: 8 km). */
const CITY_KM = 10;
/** Importance of a city of about 100,000. */
const CITY = 5;

const table = (file: string) =>
	parseCuratedPlaces(readFileSync(join(DATA_DIR, file), 'utf8'), file, {});
const streets = table('places-streets.tsv');
const parks = table('places-parks.tsv');
const lands = table('places-indigenous.tsv');

describe('streets, squares, parks and indigenous lands', () => {
	it('carry the codes and kinds of their table, each with a box', () => {
		expect(streets.length + parks.length + lands.length).toBeGreaterThanOrEqual(150);
		for (const r of streets) {
			expect(['ST', 'SQR'], r.id).toContain(r.featureCode);
			expect(r.kind, r.id).toBe('landmark');
		}
		for (const r of parks) expect([r.featureCode, r.kind], r.id).toEqual(['PRK', 'region']);
		for (const r of lands) expect([r.featureCode, r.kind], r.id).toEqual(['RESV', 'region']);
		for (const r of [...streets, ...parks, ...lands]) expect(r.bbox, r.id).not.toBeNull();
	});

	it('each street or square lies in a city', { timeout: 300_000 }, async () => {
		const g = await realGazetteer();
		for (const r of streets) {
			const cities = g
				.near(r.lat, r.lng, { radiusKm: CITY_KM, limit: 50, kinds: ['city'] })
				.filter((n) => n.place.importance >= CITY);
			expect(cities.length, `${r.id}: no city near`).toBeGreaterThan(0);
		}
	});

	it(
		'the build and the correction search find each by its name',
		{ timeout: 300_000 },
		async () => {
			const g = await realGazetteer();
			for (const r of [...streets, ...parks, ...lands]) {
				const found = g.lookup(r.name, { limit: 30 }).some((c) => c.place.id === r.id);
				expect(found, `${r.id} by its name`).toBe(true);
				const near: [number, number] = [r.lng, r.lat];
				const searched = g.search(r.name, { near, limit: 10 }).map((c) => c.place.id);
				expect(searched, `${r.id} in the search`).toContain(r.id);
			}
		}
	);
});
