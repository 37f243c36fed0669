/**
 * The optional `--natural-earth DIR` import, on fixtures in Natural Earth's own GeoJSON format
 * (geo/fixtures/natural-earth): which features become entries, under which names, kinds and
 * codes, which are left to our curated rows, and the outlines it gives the areas artifact.
 */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCuratedPlaces } from '../../../geo/lib/curated';
import { featureNames } from '../../../geo/lib/features';
import { containsPoint } from '../../../geo/lib/geometry';
import { naturalEarthDrafts } from '../../../geo/lib/natural-earth';
import { loadNaturalEarth } from '../../../geo/scripts/sources';

const DIR = join(import.meta.dirname, '../../../geo/fixtures/natural-earth');

/** Curated rows the fixtures partly repeat (Lake Victoria, Mount Kenya…), as in geo/data. */
const curated = parseCuratedPlaces(
	[
		'id\tkind\tfeatureCode\tcountry\tlat\tlng\timportance\tbbox\tname\taliases',
		'enwiki:Lake_Victoria\twater\tLK\tUG,KE,TZ\t-1.0\t33.0\t6.5\t31.5,-3.1,34.9,0.6\tLake Victoria\t',
		'enwiki:Lake_Kariba\twater\tLK\tZM,ZW\t-16.95\t28.0\t5.5\t26.7,-18.1,29.1,-16.4\tLake Kariba\t',
		'enwiki:Mount_Kenya\tlandmark\tVLC\tKE\t-0.152\t37.308\t5\tr:12\tMount Kenya\t',
		'enwiki:Himalayas\tregion\tMTS\tNP\t28.0\t85.0\t7\t72.5,26.5,97.5,36.0\tHimalayas\t',
		'wd:Q23406\twater\tSEA\t\t20.0\t38.5\t8\t32.3,12.5,43.5,30.0\tRed Sea\t',
		'enwiki:Colorado_River\twater\tSTM\tUS,MX\t32.73\t-114.62\t5.5\t-115.2,31.7,-105.6,40.5\tColorado River\t'
	].join('\n'),
	'places-test.tsv',
	{}
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
		expect([...byId.keys()].sort()).toEqual([
			'ne:lake:egridir',
			'ne:marine:gulf-of-boothia',
			'ne:peak:jabal-shams',
			'ne:point:cabo-catoche',
			'ne:region:ennedi-plateau',
			'ne:river:colorado',
			'ne:river:colorado-2',
			'ne:river:kolyma'
		]);
		// Lake Victoria, Lake Kariba (a reservoir there, a lake here), Mt. Kenya, the Himalayas, the
		// Red Sea: the same places as curated rows.
		expect(result.duplicates).toBe(5);
	});

	it('gives each entry its kind, feature code and a name carrying its kind word', () => {
		const summary = (id: string) => {
			const d = byId.get(id);
			return d && [d.name, d.kind, d.featureCode, d.source];
		};
		expect(summary('ne:lake:egridir')).toEqual([
			'Lake Egridir',
			'water',
			'LK',
			'natural-earth-physical'
		]);
		expect(byId.get('ne:lake:egridir')?.aliases).toContain('Egridir');
		expect(summary('ne:river:kolyma')?.slice(0, 3)).toEqual(['Kolyma River', 'water', 'STM']);
		expect(summary('ne:marine:gulf-of-boothia')?.slice(0, 3)).toEqual([
			'Gulf of Boothia',
			'water',
			'GULF'
		]);
		expect(summary('ne:region:ennedi-plateau')?.slice(0, 3)).toEqual([
			'Ennedi Plateau',
			'region',
			'PLAT'
		]);
		expect(summary('ne:point:cabo-catoche')?.slice(0, 3)).toEqual([
			'Cabo Catoche',
			'landmark',
			'CAPE'
		]);
		expect(summary('ne:peak:jabal-shams')?.slice(0, 3)).toEqual(['Jabal Shams', 'landmark', 'MT']);
	});

	it('joins the parts of one river, and keeps namesakes far apart as two places', () => {
		const kolyma = result.outlines['ne:river:kolyma'];
		expect(kolyma?.type).toBe('MultiLineString');
		expect(kolyma?.type === 'MultiLineString' && kolyma.coordinates.length).toBe(2);
		const texas = byId.get('ne:river:colorado');
		const argentina = byId.get('ne:river:colorado-2');
		expect(texas?.lng).toBeLessThan(-90);
		expect(argentina?.lat).toBeLessThan(-30);
	});

	it('puts each point on its feature and gives every entry an extent', () => {
		for (const d of result.drafts) expect(d.bbox, d.id).not.toBeNull();
		const lake = byId.get('ne:lake:egridir');
		expect(
			containsPoint(result.outlines['ne:lake:egridir'], [lake?.lng ?? 0, lake?.lat ?? 0])
		).toBe(true);
		// Points have no outline; polygons and lines do.
		expect(result.outlines['ne:peak:jabal-shams']).toBeUndefined();
		expect(Object.keys(result.outlines).sort()).toEqual([
			'ne:lake:egridir',
			'ne:marine:gulf-of-boothia',
			'ne:region:ennedi-plateau',
			'ne:river:colorado',
			'ne:river:colorado-2',
			'ne:river:kolyma'
		]);
	});

	it('skips unnamed features, spot elevations, poles, continents and lake centre-lines', () => {
		const names = result.drafts.map((d) => d.name);
		expect(names).not.toContain('Spot 1234');
		expect(names).not.toContain('North Pole');
		expect(names).not.toContain('Africa');
		expect(result.drafts.filter((d) => d.id.startsWith('ne:river:kolyma'))).toHaveLength(1);
	});

	it("a bare name a town bears is left to the town (the gate of curated features' aliases)", () => {
		const drafts = naturalEarthDrafts(layers, curated).drafts;
		const town = {
			...curated[0]!,
			id: 'gn:1',
			name: 'Egridir',
			kind: 'town' as const,
			source: 'geonames'
		};
		featureNames([...drafts, town]);
		expect(drafts.find((d) => d.id === 'ne:lake:egridir')?.aliases).not.toContain('Egridir');
	});

	it('names a missing layer folder plainly', () => {
		expect(() => loadNaturalEarth(join(DIR, 'nowhere'))).toThrow(/none of ne_10m_lakes.json/);
	});
});
