import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntryDraft } from '../../../geo/lib/draft';
import { idRanks } from '../../../geo/lib/entry-order';
import {
	geonamesKind,
	keepAlternate,
	keepOtherScript,
	parseGeonamesLine
} from '../../../geo/lib/geonames';
import { GeonamesStore } from '../../../geo/lib/geonames-store';
import { importanceOf } from '../../../geo/lib/importance';
import { assembleTables } from '../../../geo/lib/tables';
import { TextArena } from '../../../geo/lib/text-arena';
import { encodeArtifact } from '../../../src/lib/gazetteer';
import { compareStrings } from '../../../src/lib/gazetteer/strings';

const FIXTURES = join(import.meta.dirname, '../../../geo/fixtures');
const lines = (file: string) => readFileSync(join(FIXTURES, file), 'utf8').split('\n');
const DUMP = lines('geonames-columns-dump.txt');
const CITIES = lines('geonames-columns-cities500.txt');

/** The draft a dump row stood for before the columns (the former per-row collector). */
function referenceDraft(line: string, source: string): EntryDraft | null {
	const row = parseGeonamesLine(line);
	const kind = row && geonamesKind(row);
	if (!row || !kind) return null;
	const other = row.alternateNames.filter(keepOtherScript);
	return {
		id: `gn:${row.geonameId}`,
		name: row.name,
		aliases: row.asciiName && row.asciiName !== row.name ? [row.asciiName] : [],
		alternates: row.alternateNames.filter(keepAlternate),
		searchNames: other.length > 0 ? other : undefined,
		kind,
		featureCode: row.featureCode,
		countryCode: row.countryCode,
		admin1: row.admin1Code,
		admin2: row.admin2Code,
		population: row.population,
		importance: importanceOf(kind, row.population, row.featureCode),
		lng: row.lng,
		lat: row.lat,
		bbox: null,
		source
	};
}
const referenceDrafts = (ls: string[], source: string) =>
	ls.map((l) => referenceDraft(l, source)).filter((d): d is EntryDraft => d !== null);

/** A curated entry holding a row's id (it wins), and a later entry that loses to a row. */
function curated(): EntryDraft[] {
	return [
		{
			id: 'gn:58',
			name: 'Curated Peak',
			aliases: ['The Peak'],
			alternates: [],
			kind: 'landmark',
			featureCode: 'MT',
			countryCode: 'MZ',
			admin1: '',
			population: 0,
			importance: 4,
			lng: 7,
			lat: 7,
			bbox: null,
			source: 'curated'
		},
		{
			id: 'enwiki:Ensayo_Ü_\u{1F600}',
			name: 'Ensayo Region',
			aliases: ['Ensayo'],
			alternates: [],
			kind: 'region',
			featureCode: 'RGN',
			countryCode: 'PE',
			admin1: '',
			population: 0,
			importance: 1,
			lng: -77,
			lat: -12,
			bbox: [-78, -13, -76, -11],
			source: 'curated'
		}
	];
}
const late = (): EntryDraft[] => [
	{ ...(curated()[0] as EntryDraft), id: 'gn:10', name: 'Late Tenby', source: 'late' },
	{ ...(curated()[0] as EntryDraft), id: 'wd:Q9', name: 'Late Kept', source: 'late' }
];
const META = { sources: { fixture: '1' }, skipped: {} };

async function store(): Promise<GeonamesStore> {
	const s = new GeonamesStore(curated().map((d) => d.id));
	await s.read('geonames-dump', DUMP, {});
	await s.read('geonames-cities500', CITIES, {});
	return s;
}

describe('GeoNames rows as columns', () => {
	it('gives back, row by row, the draft each row stood for', async () => {
		const s = await store();
		const expected = [
			...referenceDrafts(DUMP, 'geonames-dump'),
			...referenceDrafts(CITIES, 'geonames-cities500')
		];
		expect(s.length).toBe(expected.length);
		for (let i = 0; i < s.length; i++) expect(s.draft(i)).toEqual(expected[i]);
		// Other scripts are search-only names; codes ("NW", "CDP") are dropped.
		expect(expected.find((d) => d.id === 'gn:9')?.searchNames).toEqual(['Девять']);
	});

	it('keeps the first row of each id, and none that a curated entry holds', async () => {
		const s = await store();
		const live = (id: string) =>
			Array.from({ length: s.length }, (_, i) => i).filter(
				(i) => s.isLive(i) && `gn:${s.geonameId(i)}` === id
			);
		expect(live('gn:57').map((i) => s.draft(i).alternates)).toEqual([['First Copy']]);
		expect(live('gn:10').map((i) => s.source(i))).toEqual(['geonames-dump']);
		expect(live('gn:58')).toEqual([]);
		expect(s.has('gn:58')).toBe(false);
		expect(s.has('gn:10')).toBe(true);
		expect(s.has('gn:70')).toBe(true);
		expect(s.has('gn:56')).toBe(false); // PPLQ, abandoned: not imported
		// Shadowed rows still count as settlements bearing their names.
		const towns: string[] = [];
		s.forEachName(new Set(['town']), (name) => towns.push(name));
		expect(towns.filter((n) => n === 'Curated Peak Town')).toHaveLength(2);
		expect(towns.filter((n) => n === 'Duplicate Town')).toHaveLength(2);
	});

	it('assembles the same artifact, byte for byte, as the drafts did', async () => {
		const byDrafts = assembleTables(
			[
				...curated(),
				...referenceDrafts(DUMP, 'geonames-dump'),
				...referenceDrafts(CITIES, 'geonames-cities500'),
				...late()
			],
			META
		);
		const s = await store();
		const handed = [...curated(), ...late().filter((d) => !s.has(d.id))];
		const byRows = assembleTables(handed, META, { rows: s });
		expect(byRows.ids.length).toBe(byDrafts.ids.length);
		expect(Buffer.from(encodeArtifact(byRows)).equals(Buffer.from(encodeArtifact(byDrafts)))).toBe(
			true
		);
		// The order it checks: gn:9 after gn:4294967295 ... as text, not as numbers.
		const ids = Array.from({ length: byRows.ids.length }, (_, i) => byRows.ids.get(i));
		const byId = Array.from(byRows.idOrder, (i) => ids[i] as string);
		expect(byId.indexOf('gn:10')).toBeLessThan(byId.indexOf('gn:100'));
		expect(byId.indexOf('gn:1000001')).toBeLessThan(byId.indexOf('gn:4294967295'));
		expect(byId.indexOf('gn:4294967295')).toBeLessThan(byId.indexOf('gn:9'));
		expect(ids).toContain('wd:Q9');
		// Entry order: kind, then importance descending, then id as text (the tied peaks).
		for (let i = 1; i < ids.length; i++) {
			const [k0, k1] = [byRows.kind[i - 1] as number, byRows.kind[i] as number];
			const [m0, m1] = [byRows.importance[i - 1] as number, byRows.importance[i] as number];
			expect(k0 < k1 || (k0 === k1 && (m0 > m1 || (m0 === m1 && ids[i - 1]! < ids[i]!)))).toBe(
				true
			);
		}
		expect(ids.indexOf('gn:60')).toBeLessThan(ids.indexOf('gn:600'));
		expect(ids.indexOf('gn:600')).toBeLessThan(ids.indexOf('gn:61'));
		expect(byRows.names.get(ids.indexOf('gn:10'))).toBe('Tenby Junction');
	});
});

describe('id order over drafts and rows', () => {
	it('matches sorting the ids as text, in either string order', () => {
		const drafts = ['gn:', 'gn:0', 'gn:12', 'gn:x', 'admin1:IQ.12', 'wd:Q1', 'g', 'gn:\u{1F600}'];
		drafts.push('gn:\uFFFD', 'zz', 'country:IQ', 'gn:1200', 'gn:99999999999');
		const rows = Uint32Array.from([1, 12, 120, 1201, 2, 9, 10, 4294967295, 99, 1000000000, 7]);
		const all = [...drafts, ...Array.from(rows, (n) => `gn:${n}`)];
		for (const compare of [(a: string, b: string) => (a < b ? -1 : 1), compareStrings]) {
			const rank = idRanks(drafts, rows, compare);
			const sorted = all.slice().sort(compare);
			expect(Array.from(rank, (r) => sorted[r])).toEqual(all);
		}
	});
});

describe('text arena', () => {
	it('gives back every string, short, long and in any script', () => {
		const arena = new TextArena();
		const values = ['', 'a', 'Кербела\tكربلاء', 'x'.repeat(127), 'y'.repeat(128), 'é'.repeat(9000)];
		values.push('\u{1F600}'.repeat(3), 'z'.repeat(20000));
		const at = values.map((v) => arena.append(v));
		expect(at.map((a) => arena.get(a))).toEqual(values);
	});
});
