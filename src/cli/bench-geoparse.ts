/**
 * npm run bench:geoparse [-- --runs 5 --mb 2 --seed 2020 --corpus PATH.jsonl]
 *
 * Parsing speed once the gazetteer is loaded, in CPU time (user + system of the whole process,
 * so compiler and collector threads count: what one core pays). Each of `runs` fresh processes
 * loads the gazetteer and then parses:
 * - text A once: the first pass, where the engine compiles the parser while it runs (JIT warm-up)
 *   and every name is looked up for the first time;
 * - text B once, text no pass has seen, in the now warm process: throughput on new articles, as
 *   a server that has been up a while sees it. This is the figure the 2 MB/s budget holds. The
 *   warm-up is a fixed cost of each new process, not a rate, and is printed on its own: the first
 *   pass's CPU minus what the same amount of unseen text costs warm. Folded into a 2 MB window,
 *   it would make the rate depend on the window's size;
 * - text B again, 3 times (steady state: warm code and warm caches).
 * A and B are generated news (bench-news.ts, seeds `seed` and `seed + 1`, ≥ `mb` MB each); with
 * --corpus, the first and the second half of the corpus's documents.
 * Then, in this process: the Camp Taji article (ms per parse, median of 200 after a warm-up), one
 * 1 MB document (after a pass over the text), and hostile runs of one repeated name.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { geoparse } from '../lib/geoparse/index';
import type { Gazetteer } from '../lib/gazetteer/index';
import { loadGazetteer } from '../lib/server/gazetteer';
import { generateNews } from './bench-news';

const DEMO = 'src/lib/demo/camp-taji.txt';

/** CPU seconds of this process (user + system): robust to other processes sharing the cores. */
const cpuSeconds = () => {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1e6;
};

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2
		? (s[s.length >> 1] as number)
		: ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

interface Pass {
	/** Characters parsed. */
	chars: number;
	/** CPU seconds (user + system, every thread). */
	cpu: number;
	wall: number;
}

interface ChildResult {
	first: Pass;
	unseen: Pass;
	/** Best of 3 more passes over the unseen text. */
	steady: Pass;
}

function timePass(texts: string[], gazetteer: Gazetteer): Pass {
	const w = performance.now();
	const c = cpuSeconds();
	for (const text of texts) geoparse({ text, gazetteer });
	return {
		chars: texts.reduce((a, t) => a + t.length, 0),
		cpu: cpuSeconds() - c,
		wall: (performance.now() - w) / 1000
	};
}

/** One measured process: load the gazetteer, then text A once, text B once, then B 3 times more. */
function child(pathA: string, pathB: string): void {
	const gazetteer = loadGazetteer();
	const a = JSON.parse(readFileSync(pathA, 'utf8')) as string[];
	const b = JSON.parse(readFileSync(pathB, 'utf8')) as string[];
	const first = timePass(a, gazetteer);
	const unseen = timePass(b, gazetteer);
	let steady = timePass(b, gazetteer);
	for (let k = 0; k < 2; k++) {
		const p = timePass(b, gazetteer);
		if (p.cpu < steady.cpu) steady = p;
	}
	const result: ChildResult = { first, unseen, steady };
	process.stdout.write(JSON.stringify(result) + '\n');
}

function readCorpus(path: string): string[] {
	return readFileSync(path, 'utf8')
		.split('\n')
		.filter((l) => l.trim())
		.map((l) => String((JSON.parse(l) as { text?: unknown }).text ?? ''));
}

function main(): void {
	const { values } = parseArgs({
		options: {
			runs: { type: 'string', default: '5' },
			mb: { type: 'string', default: '2' },
			seed: { type: 'string', default: '2020' },
			corpus: { type: 'string' },
			child: { type: 'string' },
			unseen: { type: 'string' }
		}
	});
	if (values.child) return child(values.child, values.unseen ?? values.child);

	const t0 = performance.now();
	const gazetteer = loadGazetteer();
	console.log(`gazetteer load: ${(performance.now() - t0).toFixed(0)} ms`);

	const seed = Number(values.seed);
	let texts: string[];
	let unseenTexts: string[];
	let what: string;
	if (values.corpus) {
		const docs = readCorpus(values.corpus);
		const half = Math.ceil(docs.length / 2);
		texts = docs.slice(0, half);
		unseenTexts = docs.slice(half);
		what = `${values.corpus}: first half, ${texts.length} docs; second half, ${unseenTexts.length} docs`;
	} else {
		const megabytes = Number(values.mb);
		texts = generateNews({ gazetteer, megabytes, seed });
		unseenTexts = generateNews({ gazetteer, megabytes, seed: seed + 1 });
		what = `generated news: seed ${seed}, ${texts.length} docs; seed ${seed + 1}, ${unseenTexts.length} docs`;
	}
	const dir = mkdtempSync(join(tmpdir(), 'bench-geoparse-'));
	const fileA = join(dir, 'a.json');
	const fileB = join(dir, 'b.json');
	writeFileSync(fileA, JSON.stringify(texts));
	writeFileSync(fileB, JSON.stringify(unseenTexts));
	const runs: ChildResult[] = [];
	try {
		for (let k = 0; k < Math.max(1, Number(values.runs)); k++) {
			const r = spawnSync(
				process.execPath,
				[...process.execArgv, process.argv[1] as string, '--child', fileA, '--unseen', fileB],
				{ encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }
			);
			if (r.status !== 0) throw new Error(`measured process failed: ${r.stderr}`);
			runs.push(JSON.parse(r.stdout.trim().split('\n').pop() as string) as ChildResult);
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	const mb = (p: Pass) => p.chars / 1e6;
	const cpuRate = (p: Pass) => mb(p) / p.cpu;
	const wallRate = (p: Pass) => mb(p) / p.wall;
	const line = (label: string, pick: (r: ChildResult) => Pass) => {
		const passes = runs.map(pick);
		console.log(
			`${label} (${mb(passes[0] as Pass).toFixed(2)} MB, median of ${runs.length} processes): ${median(passes.map(cpuRate)).toFixed(2)} MB/s of CPU time (${median(passes.map(wallRate)).toFixed(2)} MB/s wall); runs ${passes.map((p) => cpuRate(p).toFixed(2)).join(', ')} MB/s`
		);
	};
	console.log(`texts: ${what}`);
	line('first pass, fresh process', (r) => r.first);
	line('unseen text, warm process', (r) => r.unseen);
	line('steady state, same text again', (r) => r.steady);
	// What the first pass cost beyond the same amount of text parsed warm: compiling the parser.
	const warmUp = runs.map(
		(r) => (r.first.cpu - (r.unseen.cpu * r.first.chars) / r.unseen.chars) * 1000
	);
	console.log(
		`one-off warm-up of a fresh process: ${median(warmUp).toFixed(0)} ms of CPU time (first pass minus the same amount of unseen text parsed warm); runs ${warmUp.map((x) => x.toFixed(0)).join(', ')} ms`
	);

	const demo = readFileSync(DEMO, 'utf8');
	for (let i = 0; i < 50; i++) geoparse({ text: demo, gazetteer });
	const times: number[] = [];
	// CPU time too: on a loaded machine the wall time of a half-millisecond parse is the neighbours'.
	const cpuTimes: number[] = [];
	for (let i = 0; i < 200; i++) {
		const c = cpuSeconds();
		const s = performance.now();
		geoparse({ text: demo, gazetteer });
		times.push(performance.now() - s);
		cpuTimes.push((cpuSeconds() - c) * 1000);
	}
	times.sort((a, b) => a - b);
	const pct = (p: number) => (times[Math.floor(p * (times.length - 1))] as number).toFixed(2);
	console.log(
		`Camp Taji (${demo.length} chars): median ${pct(0.5)} ms, p95 ${pct(0.95)} ms (CPU time: median ${median(cpuTimes).toFixed(2)} ms)`
	);

	// The big document is timed warm, as a server that has parsed a while would see it.
	for (const text of texts) geoparse({ text, gazetteer });
	let big = '';
	for (let k = 0; big.length < 1_000_000; k++) big += (texts[k % texts.length] as string) + '\n\n';
	big = big.slice(0, 1_000_000);
	const b = performance.now();
	const bc = cpuSeconds();
	const r = geoparse({ text: big, gazetteer });
	console.log(
		`1 MB document: ${((cpuSeconds() - bc) * 1000).toFixed(0)} ms CPU (${(performance.now() - b).toFixed(0)} ms wall), ${r.mentions.length} mentions, ${r.places.length} places`
	);

	// Hostile input: 1 MB naming thousands of distinct counties and towns, each with dozens of
	// namesakes, whose readings the resolver pairs where a county holds a town (it once paired
	// every one with every other: ~6 s).
	const counties: string[] = [];
	const towns: string[] = [];
	for (let i = 0; i < gazetteer.size && (counties.length < 3000 || towns.length < 20000); i++) {
		const p = gazetteer.get(i);
		if (p.countryCode !== 'US') continue;
		if (p.kind === 'admin2' && counties.length < 3000) counties.push(p.name);
		if ((p.kind === 'town' || p.kind === 'city') && towns.length < 20000) towns.push(p.name);
	}
	let listed = '';
	for (let k = 0; listed.length < 1_000_000; k++) {
		listed += `Officials in ${towns[k % towns.length]} and ${counties[k % counties.length]} met. `;
	}
	const lc = cpuSeconds();
	const lr = geoparse({ text: listed, gazetteer });
	console.log(
		`1 MB of distinct counties and towns: ${((cpuSeconds() - lc) * 1000).toFixed(0)} ms CPU, ${lr.places.length} places`
	);

	// Hostile input: 1 MB of towns each qualified by a county ("Bolton, Tolland County,"), whose
	// county readings stand in for a namesake the gazetteer may lack: as counties of their own
	// they were paired with every town nearby (~3.4 s).
	let qualified = '';
	for (let k = 0; qualified.length < 1_000_000; k++) {
		qualified += `${towns[k % towns.length]}, ${counties[(k * 7) % counties.length]}, and ${towns[(k * 13) % towns.length]}, Peru. `;
	}
	const qc = cpuSeconds();
	const qr = geoparse({ text: qualified, gazetteer });
	console.log(
		`1 MB of towns qualified by counties: ${((cpuSeconds() - qc) * 1000).toFixed(0)} ms CPU, ${qr.places.length} places`
	);

	// Hostile input: the largest text the API accepts, one capitalised name over and over. Its cost
	// must stay linear (it was quadratic once: ~9 s); the 50 KB figure shows the ratio.
	for (const kb of [50, 200]) {
		const text = 'Baghdad '.repeat(Math.floor((kb * 1024) / 8));
		const hc = cpuSeconds();
		geoparse({ text, gazetteer });
		console.log(
			`${kb} KB run of one repeated name: ${((cpuSeconds() - hc) * 1000).toFixed(0)} ms CPU`
		);
	}
}

main();
