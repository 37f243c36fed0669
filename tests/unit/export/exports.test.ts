import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportFileName, toCSV, toGeoJSON, toKML } from '$lib/export/index';
import { toFeatureCollection } from '$lib/geoparse/index';
import { applyCorrections } from '$lib/share/corrections';
import { sampleResult, TEXT } from '../share/sample';
import { parseCSV } from './csv-parse';
import { checkWellFormedXml } from './xml-check';

const corrected = applyCorrections({
	result: sampleResult(),
	corrections: { atlanta: { notAPlace: true } }
}).result;
const options = {
	collection: toFeatureCollection(corrected),
	meta: {
		title: 'Troops & "Georgia" <test>',
		sourceUrl: 'https://example.org/a?b=1&c=2',
		shareUrl: 'https://maps.example/a/x?m=1'
	}
};

describe('GeoJSON export', () => {
	const doc = JSON.parse(toGeoJSON(options));

	it('follows RFC 7946', () => {
		expect(doc.type).toBe('FeatureCollection');
		expect(doc).not.toHaveProperty('crs'); // §4
		expect(Array.isArray(doc.features)).toBe(true);
		for (const f of doc.features) {
			expect(f.type).toBe('Feature');
			expect(typeof f.id === 'string' || typeof f.id === 'number').toBe(true); // §3.2
			expect(f.geometry.type).toBe('Point');
			const [lng, lat, ...rest] = f.geometry.coordinates;
			expect(rest).toEqual([]);
			expect(lng).toBeGreaterThanOrEqual(-180);
			expect(lng).toBeLessThanOrEqual(180);
			expect(lat).toBeGreaterThanOrEqual(-90);
			expect(lat).toBeLessThanOrEqual(90);
			for (const c of [lng, lat]) expect(Math.round(c * 1e6) / 1e6).toBe(c); // §11.2 precision
			expect(typeof f.properties).toBe('object');
		}
	});

	it('puts coordinates in [lng, lat] order and carries mentions with offsets, corrections applied', () => {
		const tbilisi = doc.features.find((f: { id: string }) => f.id === 'gn:611717');
		expect(tbilisi.geometry.coordinates).toEqual([44.79307, 41.69411]);
		for (const m of tbilisi.properties.mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
		expect(doc.features.map((f: { id: string }) => f.id)).not.toContain('gn:4180439');
		expect(doc.article).toEqual(options.meta);
	});
});

describe('CSV export', () => {
	const csv = toCSV(options);

	it('round-trips through an RFC 4180 parser, one row per mention in reading order', () => {
		// UTF-8 with a byte order mark, so spreadsheets do not read it in the local code page.
		expect(csv.startsWith('\uFEFFplace_id,')).toBe(true);
		const rows = parseCSV(csv.slice(1));
		expect(rows[0]).toEqual([...CSV_COLUMNS]);
		const body = rows.slice(1);
		expect(body).toHaveLength(corrected.mentions.length);
		body.forEach((row, i) => {
			const m = corrected.mentions[i]!;
			const record = Object.fromEntries(CSV_COLUMNS.map((c, j) => [c, row[j]]));
			expect(record).toMatchObject({
				place_id: m.placeId,
				start: String(m.start),
				end: String(m.end),
				text: m.text,
				role: m.role
			});
			expect(TEXT.slice(Number(record.start), Number(record.end))).toBe(record.text);
		});
		expect(csv.endsWith('\r\n')).toBe(true);
	});

	it('quotes commas, quotes and line breaks', () => {
		const tricky = structuredClone(options);
		tricky.collection.features[0]!.properties.name = 'Georgia, "the" state\nline two';
		const rows = parseCSV(toCSV(tricky).slice(1));
		expect(rows[1]![1]).toBe('Georgia, "the" state\nline two');
		expect(toCSV(tricky)).toContain('"Georgia, ""the"" state\nline two"');
	});

	it('neutralises text a spreadsheet would run as a formula (#21 item 7)', () => {
		for (const name of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1']) {
			const hostile = structuredClone(options);
			hostile.collection.features[0]!.properties.name = name;
			const field = parseCSV(toCSV(hostile).slice(1))[1]![1];
			expect(field).toBe(`'${name}`);
		}
		// Numbers stay numbers: a negative longitude is not a formula.
		const west = structuredClone(options);
		west.collection.features[0]!.geometry.coordinates = [-73.5, 40.7];
		expect(parseCSV(toCSV(west).slice(1))[1]![5]).toBe('-73.5');
	});
});

describe('KML export', () => {
	it('is well-formed XML with one Placemark per place', () => {
		const kml = toKML(options);
		expect(checkWellFormedXml(kml)).toEqual([]);
		expect(kml.match(/<Placemark /g)).toHaveLength(options.collection.features.length);
		expect(kml).toContain('<coordinates>44.79307,41.69411</coordinates>');
		expect(kml).toContain('Troops &amp; &quot;Georgia&quot; &lt;test&gt;');
	});

	it('stays well-formed with hostile names and control characters', () => {
		const hostile = structuredClone(options);
		hostile.collection.features[0]!.properties.name =
			']]></name><script>x</script>\u0001\u0008\uffff&#0;';
		hostile.collection.features[0]!.properties.mentions[0]!.text = '<![CDATA[ & \ud800';
		const kml = toKML(hostile);
		expect(checkWellFormedXml(kml)).toEqual([]);
		expect(kml).not.toContain('<script>');
	});

	it('the checker itself catches broken XML', () => {
		expect(checkWellFormedXml('<a><b></a>')).not.toEqual([]);
		expect(checkWellFormedXml('<a>&nope;</a>')).not.toEqual([]);
		expect(checkWellFormedXml('<a>x < y</a>')).not.toEqual([]);
		expect(checkWellFormedXml('<a x="1" x="2"/>')).not.toEqual([]);
		expect(checkWellFormedXml('<a/><b/>')).not.toEqual([]);
	});
});

describe('file names', () => {
	it('slugs the title', () => {
		expect(exportFileName('Rocket attack on Camp Taji, Iraq!', 'csv')).toBe(
			'rocket-attack-on-camp-taji-iraq.csv'
		);
		expect(exportFileName('Ünïcödé', 'kml')).toBe('unicode.kml');
		expect(exportFileName(null, 'geojson')).toBe('article-map.geojson');
		expect(exportFileName('"; rm -rf', 'csv')).toBe('rm-rf.csv');
	});
});

describe('exports of a reader’s edits', () => {
	const start = TEXT.indexOf('state');
	const edited = applyCorrections({
		result: sampleResult(),
		corrections: {},
		text: TEXT,
		edits: {
			added: [{ start, end: start + 5, target: { pin: { lat: 32.9, lng: -83.1, radiusKm: 300 } } }],
			mentions: [],
			accepted: ['gn:611717']
		}
	}).result;
	const edits = { ...options, collection: toFeatureCollection(edited), text: TEXT };

	it('say who placed each place and mention, and which places a reader checked', () => {
		const doc = JSON.parse(toGeoJSON(edits));
		const pin = doc.features.find((f: { id: string }) => f.id === 'pin:32.9_-83.1_300');
		expect(pin.properties).toMatchObject({ name: 'state', source: 'reader', checked: false });
		expect(pin.properties.mentions[0].source).toBe('reader');
		const tbilisi = doc.features.find((f: { id: string }) => f.id === 'gn:611717');
		expect(tbilisi.properties).toMatchObject({ source: 'parser', checked: true });
		expect(tbilisi.properties.mentions.map((m: { source: string }) => m.source)).toEqual([
			'parser',
			'parser'
		]);

		const rows = parseCSV(toCSV(edits));
		const col = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
		const state = rows.find((r) => r[col('text')] === 'state')!;
		expect([state[col('source')], state[col('checked')]]).toEqual(['reader', 'false']);
		const tbilisiRows = rows.filter((r) => r[col('place_id')] === 'gn:611717');
		expect(tbilisiRows.map((r) => [r[col('source')], r[col('checked')]])).toEqual([
			['parser', 'true'],
			['parser', 'true']
		]);

		const kml = toKML(edits);
		checkWellFormedXml(kml);
		expect(kml).toContain('<Data name="source"><value>reader</value></Data>');
	});

	it('quote each passage in KML descriptions, not offsets', () => {
		const kml = toKML(edits);
		expect(kml).toContain('Troops left [Georgia] for Tbilisi. (literal)');
		expect(kml).toContain('[state]');
		expect(kml).not.toMatch(/ at \d+–\d+ /);
	});
});
