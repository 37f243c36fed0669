import { describe, expect, it } from 'vitest';
import {
	assignMinZoom,
	localityFeatures,
	parseGeoNamesPlaces,
	type PopulatedPlace
} from '../../../geo/lib/basemap/places';
import { latinName, regionPlaces, waterNames } from '../../../geo/lib/basemap/names';

const town = (name: string, lng: number, lat: number, population: number, capital = false) =>
	({ name, lng, lat, population, capital }) satisfies PopulatedPlace;

describe('assignMinZoom', () => {
	it('shows big cities early, small towns later, and never a village before zoom 11', () => {
		const zooms = assignMinZoom([
			town('Big', 44.4, 33.3, 7_000_000),
			town('Mid', 45.4, 32.3, 150_000),
			town('Small', 46.4, 31.3, 12_000),
			town('Village', 47.4, 30.3, 600)
		]);
		expect(zooms).toEqual([3, 5, 7, 11]);
	});

	it('ranks a capital as a bigger city', () => {
		expect(assignMinZoom([town('Capital', 10, 10, 200_000, true)])).toEqual([3]);
	});

	it('lets at most two names share a patch of screen at a zoom', () => {
		// Five towns of 50,000 a kilometre apart: two at zoom 6, the rest only when apart on screen.
		const towns = [0, 1, 2, 3, 4].map((i) => town(`T${i}`, 10 + i * 0.01, 50, 50_000 - i));
		const zooms = assignMinZoom(towns);
		expect(zooms.filter((z) => z === 6)).toHaveLength(2);
		expect(zooms.slice(2).every((z) => z === null || z > 6)).toBe(true);
	});
});

describe('localityFeatures', () => {
	it('makes [lng, lat] points with kind, name, min_zoom and rank', () => {
		const [f] = localityFeatures([town('Baghdad', 44.4009, 33.3406, 7_000_000, true)]);
		expect(f).toEqual({
			type: 'Feature',
			properties: { kind: 'capital', name: 'Baghdad', min_zoom: 3, rank: 7_000_000 },
			geometry: { type: 'Point', coordinates: [44.4009, 33.3406] }
		});
	});
});

describe('parseGeoNamesPlaces', () => {
	it('reads name, position, population and capital; the ASCII name for other scripts', () => {
		const row = (name: string, ascii: string, code: string) =>
			['1', name, ascii, '', '33.3', '44.4', 'P', code, 'IQ', '', '', '', '', '', '5000'].join(
				'\t'
			);
		const places = parseGeoNamesPlaces(
			[row('Baghdad', 'Baghdad', 'PPLC'), row('Москва', 'Moskva', 'PPL')].join('\n')
		);
		expect(places).toEqual([
			{ name: 'Baghdad', lng: 44.4, lat: 33.3, population: 5000, capital: true },
			{ name: 'Moskva', lng: 44.4, lat: 33.3, population: 5000, capital: false }
		]);
	});
});

describe('names', () => {
	it('keeps Latin names with accents, skips other scripts', () => {
		expect(latinName(['Москва', 'Moskva'])).toBe('Moskva');
		expect(latinName(['Kraków'])).toBe('Kraków');
		expect(latinName(['بغداد'])).toBeNull();
	});

	it('names a division once, at mid zoom', () => {
		const division = {
			type: 'Feature' as const,
			properties: {
				name: 'Karbala',
				adm1_code: 'IRQ-1',
				latitude: 32.6,
				longitude: 44,
				min_label: 3
			},
			geometry: { type: 'Point' as const, coordinates: [0, 0] }
		};
		const out = regionPlaces([division, division]);
		expect(out).toHaveLength(1);
		expect(out[0]!.properties).toMatchObject({ kind: 'region', name: 'Karbala', min_zoom: 5 });
		expect(out[0]!.geometry.coordinates).toEqual([44, 32.6]);
	});

	it('names seas, oceans and lakes from our water tables, each once, not rivers', () => {
		const tsv = [
			'# comment',
			'id\tkind\tfeatureCode\tcountry\tlat\tlng\timportance\tbbox\tname\taliases',
			'wd:Q97\twater\tOCN\t\t15.0\t-40.0\t9\t\tAtlantic Ocean\t',
			'wd:Q1\twater\tSTM\t\t33\t44\t7\t\tTigris\t'
		].join('\n');
		const lakes = 'enwiki:Lake_Victoria\twater\tLK\tUG\t-1.0\t33.0\t6.5\t\tLake Victoria\t';
		expect(
			waterNames(tsv, lakes, tsv).map((f) => [
				f.properties.name,
				f.properties.kind,
				f.properties.min_zoom
			])
		).toEqual([
			['Atlantic Ocean', 'ocean', 1],
			['Lake Victoria', 'lake', 5]
		]);
	});
});
