/**
 * No pin on the wrong continent (issue #16): in every test article's golden GeoJSON, a town,
 * quarter, landmark or division more than `FAR_KM` from the story's median point must be one a reader expects there: a capital or a
 * city named as an actor from afar, reviewed by hand and listed in `FAR_BY_DESIGN`. Countries,
 * continents, regions and waters have conventional points far from the story and are not
 * checked. Reads the golden files only (no gazetteer).
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../../src/lib/gazetteer/near';

const DIR = join(import.meta.dirname, '../../fixtures/articles');

/** Distance (km) from the story's median point beyond which a pin is far. */
const FAR_KM = 3000;

/** Kinds with a conventional point: not checked, not counted in the story's median. */
const WIDE = new Set(['country', 'continent', 'region', 'water']);

/**
 * Far pins a reader expects, reviewed by hand: article id → place names. A roundup of briefs
 * from several continents ("world-briefs") has no one story point and is checked brief by
 * brief by its gold file instead.
 */
const FAR_BY_DESIGN: Record<string, string[]> = {
	// "A spokesman for the World Bank in Geneva", "officials in Washington".
	'lake-victoria-fisheries': ['Genève', 'Washington'],
	// "the World Health Organization, in Geneva".
	'ebola-congo': ['Geneva'],
	// The Pentagon, the White House and Capitol Hill speak for Washington.
	'camp-taji': ['Capitol Hill', 'The Pentagon', 'White House'],
	// The company's plants in Taiwan, China, Japan and Germany.
	'chip-plant-arizona': ['Dresden', 'Hsinchu', 'Kumamoto', 'Nanjing', 'Tainan', 'Taipei'],
	// "Senators in Washington urged sanctions".
	'georgia-protests': ['Washington'],
	// "Several towns in the United States were named after it, among them Lima, Ohio."
	'lima-encyclopedic': ['Lima', 'Ohio'],
	// "In Paris, the foreign ministry said".
	'niger-junta': ['Paris'],
	// Australia's squad flies home to its cities; England played at the World Cup in India.
	'cricket-world-cup': ['Brisbane', 'England', 'Melbourne', 'Perth', 'Sydney'],
	// "Shares of SQM fell 4% in New York, where the company is also listed".
	'lithium-triangle': ['New York City'],
	// A shipping route's ends and its detour: "from Shanghai to Rotterdam", "insurers in London",
	// "around Africa's Cape of Good Hope", "In Colombo, officials said", "to the Port of Antwerp".
	'red-sea-shipping': [
		'Antwerpen',
		'Cape of Good Hope',
		'Colombo',
		'London',
		'Rotterdam',
		'Shanghai'
	],
	// The migrants' route from the Darién Gap ends at the US border: "In Ciudad Juárez, across the
	// Rio Grande from El Paso, Texas".
	'darien-migration': ['Ciudad Juárez', 'El Paso'],
	// "a new round in Geneva failed", "the World Food Programme said in Rome".
	'sudan-darfur': ['Geneva', 'Rome'],
	// "flights from Viru Viru airport in Santa Cruz to Madrid and Miami".
	'bolivia-protests': ['Madrid', 'Miami'],
	'world-briefs': ['*']
};

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

interface Pin {
	name: string;
	kind: string;
	lng: number;
	lat: number;
}

/**
 * The names of the pins far from the story's median point (a pin on another continent is
 * thousands of kilometres from it; a rough continent test flagged Bali in a Javanese story).
 */
function farPins(pins: Pin[]): string[] {
	const local = pins.filter((p) => !WIDE.has(p.kind));
	if (local.length < 3) return [];
	const mLng = median(local.map((p) => p.lng));
	const mLat = median(local.map((p) => p.lat));
	return local
		.filter((p) => haversineKm(p.lat, p.lng, mLat, mLng) > FAR_KM)
		.map((p) => p.name)
		.sort();
}

const goldens = readdirSync(DIR).filter((f) => f.endsWith('.expected.geojson'));

describe('no pin on the wrong continent in the test articles', () => {
	it('reads every golden file', () => {
		expect(goldens.length).toBeGreaterThanOrEqual(20);
	});

	it('flags a town on another continent', () => {
		const pin = (name: string, lng: number, lat: number): Pin => ({ name, kind: 'city', lng, lat });
		const story = [
			pin('Kampala', 32.58, 0.35),
			pin('Jinja', 33.2, 0.42),
			pin('Kisumu', 34.77, -0.09)
		];
		expect(farPins([...story, pin('Geneva', -88.3, 41.89)])).toEqual(['Geneva']);
		expect(farPins([...story, pin('Entebbe', 32.46, 0.05)])).toEqual([]);
	});

	it.each(goldens)('%s', (file) => {
		const id = file.replace('.expected.geojson', '');
		const allowed = FAR_BY_DESIGN[id] ?? [];
		if (allowed.includes('*')) return;
		const fc = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as FeatureCollection<Point>;
		const pins = fc.features.map((f) => ({
			name: String(f.properties?.name),
			kind: String(f.properties?.kind),
			lng: f.geometry.coordinates[0] as number,
			lat: f.geometry.coordinates[1] as number
		}));
		expect(farPins(pins)).toEqual([...allowed].sort());
	});
});
