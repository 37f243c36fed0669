import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCSV, toGeoJSON, toKML } from '$lib/export/index';
import { toFeatureCollection } from '$lib/geoparse/index';
import type { UnresolvedMention } from '$lib/geoparse/types';
import { applyCorrections } from '$lib/share/corrections';
import { sampleResult, TEXT } from '../share/sample';
import { parseCSV } from './csv-parse';
import { checkWellFormedXml } from './xml-check';

/** "ok" (inside `<ok>`) stands for a name the parser could not place. */
const start = TEXT.indexOf('ok');
const offMap: UnresolvedMention = { start, end: start + 2, text: 'ok', rule: 'test/off-map' };
const result = { ...sampleResult(), unresolved: [offMap] };
const options = {
	collection: toFeatureCollection(result),
	meta: { title: 'Off the map', sourceUrl: null, shareUrl: null },
	text: TEXT,
	unresolved: result.unresolved
};
const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

describe('names not on the map in the exports', () => {
	it('GeoJSON: a Feature with a null geometry, status unresolved; the others resolved', () => {
		const doc = JSON.parse(toGeoJSON(options));
		const located = doc.features.filter((f: { geometry: unknown }) => f.geometry !== null);
		expect(located).toHaveLength(result.places.length);
		for (const f of located) expect(f.properties.status).toBe('resolved');
		const off = doc.features.filter((f: { geometry: unknown }) => f.geometry === null);
		expect(off).toHaveLength(1);
		expect(off[0].properties).toMatchObject({ name: 'ok', status: 'unresolved', source: 'parser' });
		expect(off[0].properties.mentions).toEqual([
			{ start, end: start + 2, text: 'ok', source: 'parser', part: 'text' }
		]);
	});

	it('CSV: a row in reading order with empty coordinates and status unresolved', () => {
		const rows = parseCSV(toCSV(options).slice(1));
		expect(rows[0]!.slice(-2)).toEqual(['status', 'part']);
		const row = rows.find((r) => r[col('status')] === 'unresolved')!;
		expect(row[col('text')]).toBe('ok');
		expect([row[col('lat')], row[col('lon')], row[col('place_id')]]).toEqual(['', '', '']);
		expect(rows.at(-1)).toBe(row); // "ok" is the text's last name
		const others = rows.slice(1, -1);
		expect(others.length).toBeGreaterThan(0);
		for (const r of others) expect(r[col('status')]).toBe('resolved');
	});

	it('KML: listed with its passage in the document description, no Placemark without coordinates', () => {
		const kml = toKML(options);
		checkWellFormedXml(kml);
		const head = kml.slice(0, kml.indexOf('<Placemark'));
		expect(head).toContain('Not on the map');
		expect(head).toContain('&lt;[ok]&gt;.');
		const placemarks = kml.split('<Placemark').length - 1;
		expect(placemarks).toBe(result.places.length);
		expect(kml.split('<coordinates>').length - 1).toBe(placemarks);
	});

	it('a name the reader placed or called not a place leaves the list', () => {
		const dismissed = applyCorrections({ result, corrections: { ok: { notAPlace: true } } });
		expect(dismissed.result.unresolved).toBeUndefined();
		const placed = applyCorrections({
			result,
			corrections: {},
			text: TEXT,
			edits: {
				added: [{ start, end: start + 2, target: { pin: { lat: 1, lng: 2, radiusKm: null } } }],
				mentions: [],
				accepted: []
			}
		});
		expect(placed.result.unresolved).toBeUndefined();
		const csv = toCSV({
			...options,
			collection: toFeatureCollection(placed.result),
			unresolved: placed.result.unresolved
		});
		expect(csv).not.toContain('unresolved');
		expect(csv).toMatch(/,ok,literal,1,reader,false,resolved,text\r\n$/);
	});
});
