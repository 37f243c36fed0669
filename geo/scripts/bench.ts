/**
 * npm run bench:gazetteer [-- --skip-build] [-- --artifact PATH]
 * Measures the budgets: build time (wall and CPU), artifact size, load time (median of
 * 5), heap after load, median lookup time over realistic names, and the correction search.
 * Prints numbers; asserts nothing. `--artifact PATH` measures another artifact (a full or
 * synthetic GeoNames import, built beforehand) against the dump's budgets, without building
 * and without the areas artifact.
 */

import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadAreas } from '../../src/lib/server/areas';
import { loadGazetteer } from '../../src/lib/server/gazetteer';
import { main as build } from './build';
import { DEFAULT_AREAS_PATH, DEFAULT_ARTIFACT_PATH } from './paths';

/** Names as news writes them: capitals, towns, divisions, variants, misses. */
const NAMES = [
	'Camp Taji',
	'Baghdad',
	'Karbala Province',
	'Jurf al Sakhar',
	'Jurf al-Nasr',
	'Tehran',
	'the Pentagon',
	'Capitol Hill',
	'Syria',
	'Iraq',
	'Iran',
	'Washington',
	'New York',
	'London',
	'Paris',
	'Moscow',
	'Beijing',
	'Kyiv',
	'Kiev',
	'Gaza',
	'West Bank',
	'Mosul',
	'Fallujah',
	'Ramadi',
	'Anbar',
	'al-Anbar',
	'Erbil',
	'Basra',
	'Kirkuk',
	'Tikrit',
	'Najaf',
	'Kerbala',
	'Damascus',
	'Aleppo',
	'Idlib',
	'Beirut',
	'Amman',
	'Riyadh',
	'Doha',
	'Dubai',
	'Abu Dhabi',
	'Cairo',
	'Istanbul',
	'Ankara',
	'Kabul',
	'Kandahar',
	'Islamabad',
	'Karachi',
	'Delhi',
	'Mumbai',
	'Atlanta',
	'Ga.',
	'Fulton County',
	'Cook County',
	'Chicago',
	'Ill.',
	'Calif.',
	'Los Angeles',
	'San Francisco',
	'Texas',
	'Houston',
	'Dallas',
	'Austin',
	'Boston',
	'Mass.',
	'N.Y.',
	'Brooklyn',
	'Queens',
	'Miami',
	'Fla.',
	'Orlando',
	'Seattle',
	'Portland',
	'Ore.',
	'Denver',
	'Phoenix',
	'Las Vegas',
	'Nashville',
	'Memphis',
	'St. Louis',
	'Kansas City',
	'Springfield',
	'Columbus',
	'Cleveland',
	'Detroit',
	'Pittsburgh',
	'Philadelphia',
	'Middle East',
	'Persian Gulf',
	'Strait of Hormuz',
	'Europe',
	'Africa',
	'Ukraine',
	'Crimea',
	'Donbas',
	'Kremlin',
	'White House',
	'Downing Street',
	'Britain',
	'U.S.',
	'United States',
	'America',
	'Mexico City',
	'Toronto',
	'Ontario',
	'Quebec',
	'Sydney',
	'Melbourne',
	'Tokyo',
	'Seoul',
	'Pyongyang',
	'Taipei',
	'Hong Kong',
	'Shanghai',
	'Manila',
	'Jakarta',
	'Lagos',
	'Nairobi',
	'Mogadishu',
	'Khartoum',
	'Tripoli',
	'Benghazi',
	'Tunis',
	'Algiers',
	'Rabat',
	'Madrid',
	'Barcelona',
	'Rome',
	'Berlin',
	'Munich',
	'Vienna',
	'Warsaw',
	'Prague',
	'Budapest',
	'Athens',
	'Sao Paulo',
	'Rio de Janeiro',
	'Buenos Aires',
	'Bogota',
	'Caracas',
	'Havana',
	'Guantanamo Bay',
	'Ramstein',
	'Incirlik',
	'Bagram',
	'Smallville',
	'Xyzzy',
	'Mt. Vernon',
	'Fort Worth',
	'Salt Lake City',
	'Ft. Lauderdale',
	'Kerbela Governorate'
];

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)] as number;
}

/** Queries a reader types into "Wrong place?", some qualified. */
const SEARCHES = [
	'Springfield, Illinois',
	'Orange County, California',
	'Paris, Texas',
	'Karb',
	'Кербела',
	'Donbas',
	'Lake',
	'Washington, D.C.'
];

/** The budgets: the default artifact's, and a full GeoNames dump's. */
const BUDGETS = {
	default: { build: '90 s', size: '60 MB', load: '500 ms', lookup: '5 µs', heap: '250 MB' },
	dump: { build: '15 min', size: '-', load: '3 s', lookup: '10 µs', heap: '-' }
};

async function run(): Promise<void> {
	const { values } = parseArgs({
		options: {
			'skip-build': { type: 'boolean', default: false },
			artifact: { type: 'string' }
		}
	});
	const path = values.artifact ?? DEFAULT_ARTIFACT_PATH;
	const budget = values.artifact ? BUDGETS.dump : BUDGETS.default;
	if (!values['skip-build'] && !values.artifact) {
		const t0 = performance.now();
		const cpu0 = process.cpuUsage();
		await build(['--quiet']);
		const cpu = process.cpuUsage(cpu0);
		console.log(
			`build:        ${((performance.now() - t0) / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU  (budget ${budget.build})`
		);
	}
	const size = statSync(path).size;
	console.log(`artifact:     ${(size / 1e6).toFixed(1)} MB  (budget ${budget.size})`);

	const loads: number[] = [];
	// CPU time too: on a shared machine wall time measures the neighbours as much as the load.
	const loadCpu: number[] = [];
	let gaz = loadGazetteer(path);
	for (let i = 0; i < 5; i++) {
		const t0 = performance.now();
		const cpu0 = process.cpuUsage();
		gaz = loadGazetteer(path);
		loads.push(performance.now() - t0);
		const cpu = process.cpuUsage(cpu0);
		loadCpu.push((cpu.user + cpu.system) / 1000);
	}
	// Twice, a moment apart: the earlier loads' buffers are freed by a background sweep.
	const gc = (globalThis as { gc?: () => void }).gc;
	gc?.();
	await new Promise((resolve) => setTimeout(resolve, 500));
	gc?.();
	const mem = process.memoryUsage();
	console.log(
		`load:         ${median(loads).toFixed(0)} ms wall, ${median(loadCpu).toFixed(0)} ms CPU, median of 5  (budget ${budget.load})`
	);
	console.log(
		`heap:         ${(mem.heapUsed / 1e6).toFixed(0)} MB used + ${(mem.arrayBuffers / 1e6).toFixed(0)} MB array buffers  (budget ${budget.heap}); ${gaz.size} entries`
	);

	// Warm up (places materialise on first sight), then time batches per name.
	for (const name of NAMES) gaz.lookup(name);
	const perCall: number[] = [];
	const reps = 200;
	for (const name of NAMES) {
		const t0 = performance.now();
		for (let r = 0; r < reps; r++) gaz.lookup(name);
		perCall.push(((performance.now() - t0) * 1000) / reps);
	}
	console.log(
		`lookup:       ${median(perCall).toFixed(2)} µs median over ${NAMES.length} names  (budget ${budget.lookup}); p90 ${[...perCall].sort((a, b) => a - b)[Math.floor(perCall.length * 0.9)]?.toFixed(2)} µs`
	);
	const hasTimes: number[] = [];
	for (const name of NAMES) {
		const t0 = performance.now();
		for (let r = 0; r < reps; r++) gaz.has(name.toLowerCase());
		hasTimes.push(((performance.now() - t0) * 1000) / reps);
	}
	console.log(`has(key):     ${median(hasTimes).toFixed(2)} µs median`);
	for (const q of SEARCHES) gaz.search(q, { limit: 8 });
	const searchTimes: number[] = [];
	for (const q of SEARCHES) {
		const t0 = performance.now();
		for (let r = 0; r < 20; r++) gaz.search(q, { limit: 8, near: [44.4, 33.3] });
		searchTimes.push((performance.now() - t0) / 20);
	}
	console.log(
		`search:       ${median(searchTimes).toFixed(2)} ms median over ${SEARCHES.length} queries, max ${Math.max(...searchTimes).toFixed(2)} ms`
	);
	if (values.artifact) return;

	// The areas artifact is loaded by its own endpoint on first use, not at startup.
	const a0 = performance.now();
	const areas = loadAreas(DEFAULT_AREAS_PATH);
	const areasMs = performance.now() - a0;
	const areasMb = statSync(DEFAULT_AREAS_PATH).size / 1e6;
	console.log(
		`areas:        ${areasMb.toFixed(1)} MB, ${areas.size} outlines, load ${areasMs.toFixed(0)} ms  (budget 15 MB)`
	);
}

run().catch((err: unknown) => {
	console.error(err instanceof Error ? err.message : err);
	process.exit(1);
});
