/**
 * npm run geo:synthetic-geonames -- --rows 12000000 --out /tmp/allCountries-synthetic.txt
 *
 * Writes a synthetic dump in GeoNames' own layout (allCountries.txt: 19 tab-separated columns,
 * https://download.geonames.org/export/dump/readme.txt) to measure `geo:build --geonames` at the
 * full dump's size. Deterministic (seeded). Invented names, not real places: every feature class
 * in about the shares of the real dump (P, H, T, S, L, A, V, R, U), names reused as real names are
 * (many places share one), alternate names in Latin and other scripts, populations for populated
 * places, rows about as long as the real dump's (~125 bytes).
 */

import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';

/** Feature classes with their share of rows and a few codes each (real codes). */
const CLASSES: { cls: string; share: number; codes: string[] }[] = [
	{ cls: 'P', share: 0.3, codes: ['PPL', 'PPL', 'PPL', 'PPLL', 'PPLX', 'PPLA4', 'PPLA3', 'PPLA2'] },
	{ cls: 'H', share: 0.22, codes: ['STM', 'STM', 'LK', 'RSV', 'SPNG', 'BAY', 'WTRH', 'STMI'] },
	{ cls: 'T', share: 0.18, codes: ['HLL', 'MT', 'PK', 'VAL', 'ISL', 'CAPE', 'PASS', 'RDGE'] },
	{ cls: 'S', share: 0.14, codes: ['SCH', 'CH', 'FRM', 'HTL', 'BLDG', 'AIRP', 'MSQE', 'CMTY'] },
	{ cls: 'L', share: 0.05, codes: ['PRK', 'AREA', 'LCTY', 'RGN', 'RESF', 'MILB'] },
	{ cls: 'A', share: 0.05, codes: ['ADM4', 'ADM3', 'ADM2', 'ADMD'] },
	{ cls: 'V', share: 0.03, codes: ['FRST', 'GRSLD', 'SCRB'] },
	{ cls: 'R', share: 0.02, codes: ['RD', 'TNL', 'RR'] },
	{ cls: 'U', share: 0.01, codes: ['SMU', 'DPR', 'RDGU'] }
];
const SYLLABLES = (
	'ka ri mo sa ta lo ne vi da ru be no la mi ko za po ga te si hu ma ro ba fe li na do ya ' +
	'ar el in on us ber dor gan har kel lin mar nor pol ran sen tor val wen zar bel cor'
).split(' ');
const SUFFIXES = ['', '', '', ' Creek', ' Hill', 'ville', ' River', 'burg', ' Lake', 'abad', 'pur'];
const CYRILLIC = 'абвгдеклмнопрстуф';
const COUNTRIES = (
	'US CN IN RU BR ID MX NG PK JP DE FR GB IT ES TR IR IQ EG ZA CA AU AR CO PE VE CL PH VN TH ' +
	'MM KE TZ UG ET SD DZ MA UA PL RO NL BE SE NO FI DK AT CH CZ HU GR PT IE NZ KR KP SA YE SY'
).split(' ');

/** Mulberry32: small, fast, seeded. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function* syntheticRows(rows: number, seed = 16): Generator<string> {
	const rnd = random(seed);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
	const word = () => {
		const n = 1 + Math.floor(rnd() * 3);
		let w = '';
		for (let i = 0; i < n; i++) w += pick(SYLLABLES);
		return w.charAt(0).toUpperCase() + w.slice(1);
	};
	// A pool of names reused with a skew, as real names are ("Big Creek", "San José").
	const pool: string[] = [];
	const name = () => {
		if (pool.length > 1000 && rnd() < 0.45) {
			const skew = rnd() ** 3;
			return pool[Math.floor(skew * pool.length)] as string;
		}
		const n = (rnd() < 0.3 ? word() + ' ' : '') + word() + pick(SUFFIXES);
		if (pool.length < 2_000_000) pool.push(n);
		return n;
	};
	const cumulative = CLASSES.map((c, i) =>
		CLASSES.slice(0, i + 1).reduce((s, x) => s + x.share, 0)
	);
	for (let id = 1; id <= rows; id++) {
		const r = rnd();
		const k = CLASSES[cumulative.findIndex((c) => r < c)] ?? (CLASSES[0] as (typeof CLASSES)[0]);
		const n = name();
		const alternates: string[] = [];
		const nAlt = rnd() < 0.6 ? 0 : 1 + Math.floor(rnd() * 4);
		for (let i = 0; i < nAlt; i++) {
			const kind = rnd();
			if (kind < 0.5) alternates.push(word() + pick(SUFFIXES));
			else if (kind < 0.8)
				alternates.push(
					Array.from({ length: 6 }, () => CYRILLIC[Math.floor(rnd() * CYRILLIC.length)]).join('')
				);
			else alternates.push(n.toUpperCase().slice(0, 3));
		}
		const lat = (rnd() * 140 - 60).toFixed(5);
		const lng = (rnd() * 360 - 180).toFixed(5);
		const population = k.cls === 'P' ? Math.floor(10 ** (rnd() * 5.5)) : 0;
		const ascii = n;
		yield [
			String(10_000_000 + id),
			n,
			ascii,
			alternates.join(','),
			lat,
			lng,
			k.cls,
			pick(k.codes),
			pick(COUNTRIES),
			'',
			String(1 + Math.floor(rnd() * 30)).padStart(2, '0'),
			String(1 + Math.floor(rnd() * 200)).padStart(3, '0'),
			'',
			'',
			String(population),
			'',
			String(Math.floor(rnd() * 2000)),
			'Etc/UTC',
			'2024-01-01'
		].join('\t');
	}
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			rows: { type: 'string', default: '12000000' },
			out: { type: 'string' },
			seed: { type: 'string', default: '16' }
		}
	});
	if (!values.out) throw new Error('usage: --rows N --out FILE');
	const out = createWriteStream(values.out);
	let buffered: string[] = [];
	for (const line of syntheticRows(Number(values.rows), Number(values.seed))) {
		buffered.push(line);
		if (buffered.length === 10_000) {
			if (!out.write(buffered.join('\n') + '\n'))
				await new Promise<void>((resolve) => out.once('drain', () => resolve()));
			buffered = [];
		}
	}
	if (buffered.length > 0) out.write(buffered.join('\n') + '\n');
	await new Promise<void>((resolve, reject) =>
		out.end((err?: Error | null) => (err ? reject(err) : resolve()))
	);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	main().catch((err: unknown) => {
		console.error(err instanceof Error ? err.message : err);
		process.exit(1);
	});
}
