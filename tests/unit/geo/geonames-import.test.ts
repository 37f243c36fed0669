import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, type BuildInputs } from '../../../geo/lib/build';
import { parseGeonamesLine } from '../../../geo/lib/geonames';
import { main as buildCli } from '../../../geo/scripts/build';
import { gzipArtifact } from '../../../geo/scripts/sources';
import {
	createGazetteer,
	encodeArtifact,
	isSettlement,
	openGazetteer
} from '../../../src/lib/gazetteer';

const FIXTURE = join(import.meta.dirname, '../../../geo/fixtures/geonames-allCountries-sample.txt');
const fixtureLines = () => readFileSync(FIXTURE, 'utf8').split('\n');

/** A small, self-contained build: the fixture plus two countries and a curated row. */
function inputs(): BuildInputs {
	return {
		geonames: [{ source: 'geonames-dump', lines: fixtureLines() }],
		admin1Table: [
			{ code: 'IQ.07', name: 'Baghdad' },
			{ code: 'IQ.12', name: 'Karbala' },
			{ code: 'US.IL', name: 'Illinois' }
		],
		admin2Table: [{ code: 'US.IL.167', name: 'Sangamon County' }],
		neAdmin1: [],
		countries: [
			{
				name: { common: 'Iraq', official: 'Republic of Iraq' },
				cca2: 'IQ',
				ccn3: '368',
				cca3: 'IRQ',
				altSpellings: ['IQ'],
				latlng: [33, 44],
				demonyms: { eng: { f: 'Iraqi', m: 'Iraqi' } }
			}
		],
		englishNames: { IQ: 'Iraq' },
		countryShapes: [],
		usCounties: [],
		usStates: [],
		curated: [
			{
				source: 'places-test.tsv',
				text: [
					'id\tkind\tfeatureCode\tcountry\tlat\tlng\timportance\tbbox\tname\taliases',
					'wd:Q1\tlandmark\tBLDG\tIQ\t33.5\t44.2\t5\t\tTest Tower\tThe Tower',
					'not-an-id\tlandmark\tBLDG\tIQ\t33.5\t44.2\t5\t\tBad Row\t',
					'wd:Q2\tplanet\tX\tIQ\t33.5\t44.2\t5\t\tBad Kind\t'
				].join('\n')
			}
		],
		countryAliases: 'cca2\taliases\tdemonyms\nIQ\tMesopotamia\tIraqis\n',
		admin1Aliases: 'code\taliases\nIQ.12\tKerbala\n',
		sourceVersions: { fixture: '1' }
	};
}

describe('GeoNames row parsing', () => {
	it('reads the 19-column layout', () => {
		const row = parseGeonamesLine(fixtureLines()[1] as string);
		expect(row).toMatchObject({
			geonameId: 900002,
			name: 'Madinat Fixture',
			featureCode: 'PPLA',
			countryCode: 'IQ',
			admin1Code: '12',
			population: 250000,
			lat: 32.5,
			lng: 44
		});
		expect(row?.alternateNames).toEqual(['Fixture City']);
	});

	it('rejects malformed rows', () => {
		expect(parseGeonamesLine('1\tToo\tFew')).toBeNull();
		const bad = fixtureLines().filter((l) => l.startsWith('900100') || l.startsWith('abc'));
		for (const l of bad) expect(parseGeonamesLine(l)).toBeNull();
	});
});

describe('fixture import', () => {
	it('imports places, skips and counts malformed rows, never crashes', async () => {
		const { tables, report } = await buildGazetteer(inputs());
		expect(report.skipped).toEqual({ 'geonames-dump': 4, 'places-test.tsv': 2 });
		const gaz = createGazetteer(tables);
		const madinat = gaz.lookup('Fixture City')[0]?.place;
		expect(madinat?.id).toBe('gn:900002');
		expect(madinat?.kind).toBe('city');
		expect(madinat?.admin1Name).toBe('Karbala');
		// A section of a populated place (PPLX) is a neighbourhood, read as a settlement.
		const quarter = gaz.lookup('Fixture Quarter')[0]?.place;
		expect(quarter?.kind).toBe('neighbourhood');
		expect(isSettlement(quarter!.kind)).toBe(true);
		expect(gaz.near(32.51, 44.01, { radiusKm: 1 }).map((n) => n.place.id)).toContain('gn:900030');
		expect(gaz.lookup('Qaryat el-Ikhtibar')[0]?.place.id).toBe('gn:900001');
		expect(gaz.lookup('Fixture Air Base')[0]?.place.kind).toBe('landmark');
		expect(gaz.lookup('Fixture Lake')[0]?.place.kind).toBe('water');
		// Historical places are not today's places; a hill is a feature like any other.
		expect(gaz.lookup('Old Ruin')).toEqual([]);
		expect(gaz.lookup('Fixture Hill')[0]?.place.kind).toBe('landmark');
		// Both present; the state capital (PPLA) outranks the slightly bigger town.
		const springfields = gaz.lookup('Springfield');
		expect(springfields.map((c) => c.place.admin1Code)).toEqual(['IL', 'MO']);
		// Divisions get extents from their towns; curated rows and aliases load.
		expect(gaz.lookup('Kerbala Province')[0]?.place.id).toBe('admin1:IQ.12');
		expect(gaz.lookup('Sangamon County')[0]?.place.kind).toBe('admin2');
		expect(gaz.lookup('The Tower')[0]?.place.id).toBe('wd:Q1');
		expect(gaz.demonym('Iraqis')?.id).toBe('country:IQ');
		expect(gaz.country('IRQ')?.id).toBe('country:IQ');
	});

	it("imports every feature class but the divisions' (H, T, L, S, V, R, U), not historical ones", async () => {
		const gaz = createGazetteer((await buildGazetteer(inputs())).tables);
		const kind = (name: string) => gaz.lookup(name)[0]?.place.kind;
		expect(kind('Fixture Island')).toBe('region');
		expect(kind('Fixture River')).toBe('water');
		expect(kind('Fixture Forest')).toBe('region');
		expect(kind('Fixture Park')).toBe('landmark');
		expect(kind('Fixture School')).toBe('landmark');
		expect(kind('Fixture Road')).toBe('landmark');
		expect(kind('Fixture Canyon')).toBe('water');
		expect(gaz.lookup('Old Fixture Stream')).toEqual([]);
		expect(gaz.lookup('Fixture District')).toEqual([]);
		// Its alternate names: Latin ones for free text, other scripts for search only.
		expect(gaz.lookup('Nahr Fixture')[0]?.place.id).toBe('gn:900010');
		expect(gaz.lookup('Фикстура')).toEqual([]);
		expect(gaz.search('Фикстура')[0]?.place.id).toBe('gn:900010');
		// A feature has no population: it never outranks a town of the same name.
		expect(gaz.get(gaz.lookup('Fixture River')[0]!.place.index).importance).toBeLessThan(2);
	});

	it('is deterministic: same inputs, same bytes', async () => {
		const a = gzipArtifact(encodeArtifact((await buildGazetteer(inputs())).tables));
		const shuffled = inputs();
		shuffled.geonames = [{ source: 'geonames-dump', lines: fixtureLines().reverse() }];
		const b = gzipArtifact(encodeArtifact((await buildGazetteer(shuffled)).tables));
		expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
	});

	it('round-trips through the binary format', async () => {
		const { tables } = await buildGazetteer(inputs());
		const gaz = openGazetteer(encodeArtifact(tables));
		expect(gaz.size).toBe(tables.ids.length);
		expect(gaz.lookup('Fixture City')[0]?.place.point).toEqual([44, 32.5]);
	});

	it('the CLI imports a dump with --geonames', async () => {
		const out = join(mkdtempSync(join(tmpdir(), 'geo-build-')), 'g.bin.gz');
		// Its own areas path too: the default one is the real artifact the other tests read.
		const areasOut = join(dirname(out), 'areas.json.gz');
		await buildCli([
			'--geonames',
			FIXTURE,
			'--no-cities500',
			'--out',
			out,
			'--areas-out',
			areasOut,
			'--quiet'
		]);
		const gaz = openGazetteer(new Uint8Array(gunzipSync(readFileSync(out))));
		expect(gaz.meta.skipped['geonames-dump']).toBe(4);
		expect(gaz.lookup('Madinat Fixture')[0]?.place.id).toBe('gn:900002');
		expect(gaz.lookup('Syria')[0]?.place.kind).toBe('country');
	}, 120_000);
});
