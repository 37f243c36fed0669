/** The exports with a title parsed with the text: its mentions say `part: title`, first. */
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCSV, toGeoJSON, toKML } from '$lib/export/index';
import { toFeatureCollection } from '$lib/geoparse/index';
import type { GeoparseResult } from '$lib/geoparse/types';
import { sampleResult, TEXT } from '../share/sample';
import { parseCSV } from './csv-parse';
import { checkWellFormedXml } from './xml-check';

const TITLE = 'Lake Chad floods; Tbilisi sends aid';

function withTitle(): GeoparseResult {
	const base = sampleResult();
	const start = TITLE.indexOf('Tbilisi');
	const tbilisi = {
		...base.mentions[1]!,
		start,
		end: start + 7,
		text: 'Tbilisi',
		part: 'title' as const
	};
	const places = base.places.map((p) =>
		p.id === tbilisi.placeId ? { ...p, mentions: [tbilisi, ...p.mentions] } : p
	);
	return {
		places,
		mentions: [tbilisi, ...base.mentions],
		unresolved: [{ start: 0, end: 9, text: 'Lake Chad', rule: 'test', part: 'title' }]
	};
}

const result = withTitle();
const options = {
	collection: toFeatureCollection(result),
	meta: { title: TITLE, sourceUrl: null, shareUrl: null },
	text: TEXT,
	title: TITLE,
	unresolved: result.unresolved
};

describe('exports of a story with a title', () => {
	it('GeoJSON: each mention says its part; the title’s offsets are into the title', () => {
		const doc = JSON.parse(toGeoJSON(options));
		const tbilisi = doc.features.find((f: { id: string }) => f.id === 'gn:611717');
		expect(
			tbilisi.properties.mentions.map((m: { part: string; start: number }) => [m.part, m.start])
		).toEqual([
			['title', TITLE.indexOf('Tbilisi')],
			['text', TEXT.indexOf('Tbilisi')],
			['text', TEXT.lastIndexOf('Tbilisi')]
		]);
		const off = doc.features.find((f: { geometry: unknown }) => f.geometry === null);
		expect(off.id).toBe('unresolved:t0');
		expect(off.properties.mentions).toEqual([
			{ start: 0, end: 9, text: 'Lake Chad', source: 'parser', part: 'title' }
		]);
	});

	it('CSV: a part column, the title’s rows first', () => {
		const rows = parseCSV(toCSV(options));
		const part = CSV_COLUMNS.indexOf('part');
		const text = CSV_COLUMNS.indexOf('text');
		expect(rows[0]![part]).toBe('part');
		expect(rows.slice(1, 3).map((r) => [r[part], r[text]])).toEqual([
			['title', 'Lake Chad'],
			['title', 'Tbilisi']
		]);
		expect(rows.slice(3).every((r) => r[part] === 'text')).toBe(true);
	});

	it('KML: the title’s mention is quoted from the title', () => {
		const kml = toKML(options);
		checkWellFormedXml(kml);
		expect(kml).toContain('in the title: Lake Chad floods; [Tbilisi] sends aid (literal)');
	});
});
