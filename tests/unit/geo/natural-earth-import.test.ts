/**
 * The optional `--natural-earth DIR` import, on fixtures in Natural Earth's own GeoJSON format
 * (geo/fixtures/natural-earth: hand-written, every feature invented, see its README): which
 * features become entries, under which names, kinds and codes, which are left to our curated
 * rows, and the outlines it gives the areas artifact.
 */

import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCuratedPlaces } from '../../../geo/lib/curated';
import { featureNames } from '../../../geo/lib/features';
import { containsPoint } from '../../../geo/lib/geometry';
import { naturalEarthDrafts } from '../../../geo/lib/natural-earth';
import { loadNaturalEarth } from '../../../geo/scripts/sources';

/**
 * The fixtures are stored as `invented_<layer>.json`, so no tracked file bears a Natural Earth
 * layer's name; the importer finds layers by those names, so each test run copies them into a
 * temporary folder as `ne_10m_<layer>.json`.
 */
const FIXTURES = join(import.meta.dirname, '../../../geo/fixtures/natural-earth');
const DIR = mkdtempSync(join(tmpdir(), 'invented-ne-'));
for (const file of readdirSync(FIXTURES))
	if (file.startsWith('invented_'))
		copyFileSync(join(FIXTURES, file), join(DIR, `ne_10m_${file.slice('invented_'.length)}`));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/**
 * A curated table as geo/data writes one, for the fixtures' invented land: five rows are the same
 * places as fixture features (the importer must leave those to them; "Mount Taskel" 24 km from
 * the fixture's peak, within the 50 km a point feature may be off); "Brannock River" shares
 * its name with two fixture rivers but lies far from both, and the town "Cape Wenderly" shares its
 * name and point with the cape but not its kind (those features must still be imported).
 */
const skipped = {};
const curated = parseCuratedPlaces(
	[
		'id\tkind\tfeatureCode\tcountry\tlat\tlng\timportance\tbbox\tname\taliases',
		'curated:test-lake-orvenne\twater\tLK\t\t-29.2\t-139.5\t6.5\t-140.8,-30.4,-138.2,-27.9\tLake Orvenne\t',
		'curated:test-lake-dremmel\twater\tLK\t\t-33.15\t-123.15\t5.5\t-124.3,-34.1,-121.9,-32.3\tLake Dremmel\t',
		'curated:test-mount-taskel\tlandmark\tVLC\t\t-36.62\t-127.2\t5\tr:12\tMount Taskel\t',
		'curated:test-veldraks\tregion\tMTS\t\t-44.8\t-141.0\t7\t-146.0,-46.5,-136.0,-43.0\tVeldraks\t',
		'curated:test-sea-of-callow\twater\tSEA\t\t-30.1\t-115.8\t8\t-118.5,-36.0,-113.0,-24.5\tSea of Callow\t',
		'curated:test-brannock-river\twater\tSTM\t\t-45.0\t-133.0\t5.5\t-134.0,-46.0,-132.0,-44.0\tBrannock River\t',
		'curated:test-cape-wenderly-town\ttown\tPPL\t\t-38.6\t-129.4\t3\t\tCape Wenderly\t'
	].join('\n'),
	'places-test.tsv',
	skipped
);

describe('Natural Earth import', () => {
	const layers = loadNaturalEarth(DIR);
	const result = naturalEarthDrafts(layers, curated);
	const byId = new Map(result.drafts.map((d) => [d.id, d]));

	it('reads the six layers by their file names', () => {
		expect(layers.map((l) => l.layer).sort()).toEqual([
			'ne_10m_geography_marine_polys',
			'ne_10m_geography_regions_elevation_points',
			'ne_10m_geography_regions_points',
			'ne_10m_geography_regions_polys',
			'ne_10m_lakes',
			'ne_10m_rivers_lake_centerlines'
		]);
	});

	it('adds the features our tables lack, once each, and leaves the others to them', () => {
		expect([skipped, curated.length]).toEqual([{}, 7]);
		expect([...byId.keys()].sort()).toEqual([
			'ne:lake:quillmere',
			'ne:marine:gulf-of-serran',
			'ne:peak:orrindel-peak',
			'ne:point:cape-wenderly',
			'ne:region:meskat-plateau',
			'ne:river:brannock',
			'ne:river:brannock-2',
			'ne:river:tarrow'
		]);
		// Lake Orvenne, Lake Dremmel (a reservoir there, a lake here), Mt. Taskel ("Mount Taskel"),
		// VELDRAKS, SEA OF CALLOW: the same places as curated rows.
		expect(result.duplicates).toBe(5);
	});

	it('gives each entry its kind, feature code and a name carrying its kind word', () => {
		const summary = (id: string) => {
			const d = byId.get(id);
			return d && [d.name, d.kind, d.featureCode, d.source];
		};
		expect(summary('ne:lake:quillmere')).toEqual([
			'Lake Quillmere',
			'water',
			'LK',
			'natural-earth-physical'
		]);
		expect(byId.get('ne:lake:quillmere')?.aliases).toContain('Quillmere');
		expect(summary('ne:river:tarrow')?.slice(0, 3)).toEqual(['Tarrow River', 'water', 'STM']);
		expect(summary('ne:marine:gulf-of-serran')?.slice(0, 3)).toEqual([
			'Gulf of Serran',
			'water',
			'GULF'
		]);
		expect(summary('ne:region:meskat-plateau')?.slice(0, 3)).toEqual([
			'Meskat Plateau',
			'region',
			'PLAT'
		]);
		expect(summary('ne:point:cape-wenderly')?.slice(0, 3)).toEqual([
			'Cape Wenderly',
			'landmark',
			'CAPE'
		]);
		expect(summary('ne:peak:orrindel-peak')?.slice(0, 3)).toEqual([
			'Orrindel Peak',
			'landmark',
			'MT'
		]);
	});

	it('joins the parts of one river, and keeps namesakes far apart as two places', () => {
		const tarrow = result.outlines['ne:river:tarrow'];
		expect(tarrow?.type).toBe('MultiLineString');
		expect(tarrow?.type === 'MultiLineString' && tarrow.coordinates.length).toBe(2);
		// Numbered west to east: the Brannock at 147–144.5 W, then the one at 121–119 W.
		const west = byId.get('ne:river:brannock');
		const east = byId.get('ne:river:brannock-2');
		expect(west?.lng).toBeLessThan(-144);
		expect(east?.lng).toBeGreaterThan(-122);
	});

	it('puts each point on its feature and gives every entry an extent', () => {
		for (const d of result.drafts) expect(d.bbox, d.id).not.toBeNull();
		const lake = byId.get('ne:lake:quillmere');
		expect(
			containsPoint(result.outlines['ne:lake:quillmere'], [lake?.lng ?? 0, lake?.lat ?? 0])
		).toBe(true);
		// Points have no outline; polygons and lines do.
		expect(result.outlines['ne:peak:orrindel-peak']).toBeUndefined();
		expect(Object.keys(result.outlines).sort()).toEqual([
			'ne:lake:quillmere',
			'ne:marine:gulf-of-serran',
			'ne:region:meskat-plateau',
			'ne:river:brannock',
			'ne:river:brannock-2',
			'ne:river:tarrow'
		]);
	});

	it('skips unnamed features, spot elevations, poles, continents and lake centre-lines', () => {
		const names = result.drafts.map((d) => d.name);
		expect(names).not.toContain('Spot 2417');
		expect(names).not.toContain('Pole of Tessary');
		expect(names).not.toContain('Varnessia');
		expect(result.drafts.filter((d) => d.id.startsWith('ne:river:tarrow'))).toHaveLength(1);
	});

	it("a bare name a town bears is left to the town (the gate of curated features' aliases)", () => {
		const drafts = naturalEarthDrafts(layers, curated).drafts;
		const town = {
			...curated[0]!,
			id: 'gn:1',
			name: 'Quillmere',
			kind: 'town' as const,
			source: 'geonames'
		};
		featureNames([...drafts, town]);
		expect(drafts.find((d) => d.id === 'ne:lake:quillmere')?.aliases).not.toContain('Quillmere');
	});

	it('names a missing layer folder plainly', () => {
		expect(() => loadNaturalEarth(join(DIR, 'nowhere'))).toThrow(/none of ne_10m_lakes.json/);
	});
});
