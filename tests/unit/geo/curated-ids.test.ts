import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURATED_ID, parseCuratedPlaces } from '../../../geo/lib/curated';
import type { SkipCounts } from '../../../geo/lib/draft';
import { DATA_DIR } from '../../../geo/scripts/paths';

/**
 * The ids issue #3 asks for: Wikidata or GeoNames, or (issue #16, rows whose QID could not be
 * checked) the English Wikipedia title (geo/README.md, "Curated tables").
 */
const PUBLIC_ID = /^(wd:Q\d+|gn:\d+|enwiki:\S+)$/;

/**
 * Air bases still on their OurAirports record (no GeoNames or Wikidata id verified yet). Shrink
 * this list as each gets a `gn:`/`wd:` id; never grow it.
 */
const OURAIRPORTS = new Set([
	'ourairports:2718', // Ramstein Air Base
	'ourairports:4513', // Incirlik Air Base
	'ourairports:5070', // Bagram Airfield
	'ourairports:5073', // Kandahar Airfield
	'ourairports:5286', // Al Asad Airbase
	'ourairports:5288', // Balad Air Base
	'ourairports:5299', // Camp Taji
	'ourairports:5309' // Al Udeid Air Base
]);

/**
 * The only rows still without a verified public id. Shrink this list as ids are verified; never
 * grow it: a new curated row comes with its public id.
 */
const PENDING = new Set(['curated:jurf-al-nasr', 'curated:taji']);

const tables = readdirSync(DATA_DIR).filter((f) => /^places-.*\.tsv$/.test(f));
const skipped: SkipCounts = {};
const rows = tables.flatMap((source) =>
	parseCuratedPlaces(readFileSync(join(DATA_DIR, source), 'utf8'), source, skipped).map((d) => ({
		source,
		id: d.id,
		name: d.name
	}))
);

describe('curated place ids', () => {
	it('reads the tables', () => {
		expect(tables).toEqual(
			expect.arrayContaining([
				'places-landmarks.tsv',
				'places-regions.tsv',
				'places-towns.tsv',
				'places-water.tsv'
			])
		);
		expect(skipped, 'malformed rows').toEqual({});
		expect(rows.length).toBeGreaterThan(70);
	});

	it('every row carries a wd:/gn: id (the exceptions are named, and still exceptions)', () => {
		const notPublic = rows.filter((r) => !PUBLIC_ID.test(r.id)).map((r) => r.id);
		expect(notPublic.sort()).toEqual([...OURAIRPORTS, ...PENDING].sort());
		for (const r of rows) expect(CURATED_ID.test(r.id), `${r.source}: ${r.id}`).toBe(true);
	});

	it('ids are unique across the tables', () => {
		const seen = new Map<string, string>();
		for (const r of rows) {
			expect(seen.get(r.id), `${r.id} (${r.name}) also names ${seen.get(r.id)}`).toBeUndefined();
			seen.set(r.id, r.name);
		}
	});

	it('the build accepts no other id form', () => {
		const bad: SkipCounts = {};
		const text = ['id\tkind\tfeatureCode\tcountry\tlat\tlng\timportance\tbbox\tname\taliases']
			.concat(
				[
					'Q42',
					'wd:42',
					'gn:Q1',
					'geonames:1',
					'ourairports:',
					'curated:Camp Taji',
					'enwiki:Lake Victoria',
					'enwiki:',
					'enwiki:_Lake'
				].map((id) => `${id}\tlandmark\tMILB\tIQ\t33.5\t44.3\t5\t\tSomewhere\t`)
			)
			.join('\n');
		expect(parseCuratedPlaces(text, 'bad.tsv', bad)).toEqual([]);
		expect(bad).toEqual({ 'bad.tsv': 9 });
	});
});
