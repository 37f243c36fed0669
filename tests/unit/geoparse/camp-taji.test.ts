/**
 * The Camp Taji article, the product's demo: every place it names found with the right role and
 * location, and no person, organisation or calendar word taken for a place. The true locations
 * below are written by hand from public knowledge, not from the parser's output; the GeoJSON
 * golden file (REGEN=1 rewrites it) pins the whole output for review.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { haversineKm, type Gazetteer } from '../../../src/lib/gazetteer';
import { geoparse, toFeatureCollection } from '../../../src/lib/geoparse';
import type { GeoparseResult, MentionRole, PlaceCollection } from '../../../src/lib/geoparse/types';
import { realGazetteer } from './gazetteer';

const TEXT = readFileSync('src/lib/demo/camp-taji.txt', 'utf8');
const GOLDEN = 'tests/fixtures/articles/camp-taji.expected.geojson';

let gaz: Gazetteer;
let result: GeoparseResult;
beforeAll(async () => {
	gaz = await realGazetteer();
	result = geoparse({ text: TEXT, gazetteer: gaz });
}, 180_000);

type Where = { lat: number; lng: number; area: boolean };
const US: Where = { lat: 38.9, lng: -77.04, area: true };
const IRAQ: Where = { lat: 33.3, lng: 44.4, area: true };
const IRAN: Where = { lat: 35.7, lng: 51.4, area: true };
const UK: Where = { lat: 51.5, lng: -0.13, area: true };

/**
 * Every name the article uses for a place: its true location and the role of each occurrence
 * in reading order (L = literal, A = associative).
 */
const NAMES: [string, Where, string][] = [
	['US', US, 'AAAAAAAAAAAAA'],
	['Pentagon', { lat: 38.8719, lng: -77.0563, area: false }, 'LL'],
	['Camp Taji', { lat: 33.5294, lng: 44.2775, area: false }, 'LL'],
	['Iraq', IRAQ, 'LLLLLL'],
	['Syria', { lat: 35.0, lng: 38.5, area: true }, 'L'],
	['Iran', IRAN, 'AAAA'],
	['Baghdad', { lat: 33.3152, lng: 44.3661, area: false }, 'L'],
	['Tehran', { lat: 35.6892, lng: 51.389, area: false }, 'A'],
	['Karbala Province', { lat: 32.6, lng: 43.8, area: true }, 'L'],
	['Jurf al Sakhar', { lat: 32.8667, lng: 44.2139, area: false }, 'L'],
	['Russia', { lat: 55.75, lng: 37.62, area: true }, 'A'],
	['White House', { lat: 38.8977, lng: -77.0365, area: false }, 'L'],
	['Middle East', { lat: 29.0, lng: 42.0, area: true }, 'L'],
	['Capitol Hill', { lat: 38.8899, lng: -77.0091, area: false }, 'L'],
	['UK', UK, 'A'],
	['Taji', { lat: 33.5294, lng: 44.2775, area: false }, 'L']
];

/** Demonyms: surface form, country, count. */
const DEMONYMS: [string, string, number][] = [
	['Iranian', 'IR', 4],
	['American', 'US', 2],
	['British', 'GB', 3]
];

/** Words that name people, organisations, offices or days: never a mention. */
const NOT_PLACES = [
	'Mark Esper',
	'Esper',
	'Mark Milley',
	'Milley',
	'Frank McKenzie',
	'McKenzie',
	'Boris Johnson',
	'Johnson',
	'Brodie Gillon',
	'Gillon',
	'Qassem Soleimani',
	'Trump',
	'Kataib Hezbollah',
	'Scottish',
	'North Irish',
	'Yeomanry',
	'Secretary',
	'Wednesday',
	'Thursday',
	'December',
	'Reserve',
	'Nazanin Zaghari-Ratcliffe',
	'Lance Corporal',
	'Prime Minister',
	'Joint Chiefs',
	'We’ll',
	'Coronavirus',
	'General'
];

/** Offsets of every whole-word occurrence of `s`. */
function occurrences(s: string): number[] {
	const out: number[] = [];
	const re = new RegExp(
		`(?<![\\p{L}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`,
		'gu'
	);
	for (const m of TEXT.matchAll(re)) out.push(m.index ?? 0);
	return out;
}

function within(
	p: { point: [number, number]; bbox: [number, number, number, number] | null },
	w: Where
) {
	if (w.area) {
		const b = p.bbox;
		if (!b || w.lat < b[1] || w.lat > b[3]) return false;
		// West > east: the box crosses the antimeridian (Russia).
		return b[0] <= b[2] ? b[0] <= w.lng && w.lng <= b[2] : w.lng >= b[0] || w.lng <= b[2];
	}
	return haversineKm(p.point[1], p.point[0], w.lat, w.lng) <= 15;
}

describe('Camp Taji article', () => {
	it.each(NAMES)('%s: every occurrence found, located and given its role', (name, where, roles) => {
		const starts = occurrences(name).filter(
			// "Camp Taji" contains "Taji": the shorter name only counts on its own.
			(s) =>
				!result.mentions.some((m) => m.start < s && s < m.end) &&
				!(name === 'Taji' && TEXT.slice(s - 5, s) === 'Camp ')
		);
		expect(starts.length, `occurrences of ${name}`).toBe(roles.length);
		starts.forEach((start, k) => {
			const m = result.mentions.find((x) => x.start === start && x.text === name);
			expect(m, `${name} at ${start}`).toBeDefined();
			if (!m) return;
			const place = result.places.find((p) => p.id === m.placeId);
			expect(place, m.placeId).toBeDefined();
			if (!place) return;
			expect(within(place, where), `${name} → ${place.name} ${place.point}`).toBe(true);
			const role: MentionRole = roles[k] === 'L' ? 'literal' : 'associative';
			expect(m.role, `${name} at ${start}: …${TEXT.slice(start - 30, start + 30)}…`).toBe(role);
			expect(m.form).toBe('name');
		});
	});

	it.each(DEMONYMS)('demonym %s → %s, associative, %i times', (word, country, count) => {
		const ms = result.mentions.filter((m) => m.text === word);
		expect(ms).toHaveLength(count);
		for (const m of ms) {
			expect(m.form).toBe('demonym');
			expect(m.role).toBe('associative');
			expect(result.places.find((p) => p.id === m.placeId)?.country).toBe(country);
		}
	});

	it.each(NOT_PLACES)('%s is not a place', (words) => {
		for (const start of occurrences(words)) {
			const end = start + words.length;
			const hit = result.mentions.find((m) => m.start < end && start < m.end);
			expect(hit, `${words} at ${start}`).toBeUndefined();
		}
	});

	it('finds nothing else', () => {
		const expected = new Set([...NAMES.map((n) => n[0]), ...DEMONYMS.map((d) => d[0])]);
		expect(result.mentions.map((m) => m.text).filter((t) => !expected.has(t))).toEqual([]);
	});

	it('places come in order of first mention; mentions in reading order', () => {
		const firsts = result.places.map((p) => p.mentions[0]?.start ?? -1);
		expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
		const starts = result.mentions.map((m) => m.start);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
	});

	it('matches the golden GeoJSON (REGEN=1 rewrites it)', () => {
		const fc = toFeatureCollection(result);
		const json = JSON.stringify(fc, null, '\t') + '\n';
		if (process.env.REGEN === '1') writeFileSync(GOLDEN, json);
		// Compared on what the parser decides (places, spans, roles, forms, points to ~1 km);
		// confidences are calibration output, checked by the eval, not pinned here.
		const decisions = (c: PlaceCollection) =>
			c.features.map((f) => ({
				name: f.properties.name,
				kind: f.properties.kind,
				country: f.properties.country,
				point: f.geometry.coordinates.map((v) => Math.round(v * 100) / 100),
				mentions: f.properties.mentions.map(({ start, end, text, role, form }) => ({
					start,
					end,
					text,
					role,
					form
				}))
			}));
		const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as PlaceCollection;
		expect(decisions(fc)).toEqual(decisions(golden));
	});

	it('does not mutate its input', () => {
		const options = Object.freeze({ text: TEXT, gazetteer: gaz, alternatives: 3 });
		const again = geoparse(options);
		expect(options.text).toBe(TEXT);
		expect(again.mentions.map((m) => [m.start, m.end, m.placeId])).toEqual(
			result.mentions.map((m) => [m.start, m.end, m.placeId])
		);
	});
});
