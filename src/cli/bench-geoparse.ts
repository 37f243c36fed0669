/**
 * npm run bench:geoparse [-- --corpus PATH.jsonl]
 *
 * Parsing speed once the gazetteer is loaded: the Camp Taji article (ms per run), throughput in
 * MB/s over news text, and one 1 MB document. News text is the corpus given, else
 * ../shared/eval/lgl.jsonl when present (read in place, never copied), else the demo article.
 */

import { existsSync, readFileSync } from 'node:fs';
import { geoparse } from '../lib/geoparse/index';
import { loadGazetteer } from '../lib/server/gazetteer';

const DEMO = 'src/lib/demo/camp-taji.txt';
const DEFAULT_CORPUS = '../shared/eval/lgl.jsonl';

function newsTexts(argv: string[]): { texts: string[]; source: string } {
	const i = argv.indexOf('--corpus');
	const path = i >= 0 ? argv[i + 1] : existsSync(DEFAULT_CORPUS) ? DEFAULT_CORPUS : undefined;
	if (!path) return { texts: [readFileSync(DEMO, 'utf8')], source: DEMO };
	const texts = readFileSync(path, 'utf8')
		.split('\n')
		.filter((l) => l.trim())
		.map((l) => String((JSON.parse(l) as { text?: unknown }).text ?? ''));
	return { texts, source: path };
}

function main(argv: string[]): void {
	const t0 = performance.now();
	const gazetteer = loadGazetteer();
	console.log(`gazetteer load: ${(performance.now() - t0).toFixed(0)} ms`);

	const demo = readFileSync(DEMO, 'utf8');
	for (let i = 0; i < 50; i++) geoparse({ text: demo, gazetteer });
	const runs: number[] = [];
	for (let i = 0; i < 200; i++) {
		const s = performance.now();
		geoparse({ text: demo, gazetteer });
		runs.push(performance.now() - s);
	}
	runs.sort((a, b) => a - b);
	const pct = (p: number) => (runs[Math.floor(p * (runs.length - 1))] as number).toFixed(2);
	console.log(`Camp Taji (${demo.length} chars): median ${pct(0.5)} ms, p95 ${pct(0.95)} ms`);

	const { texts, source } = newsTexts(argv);
	let chars = 0;
	let corpus = texts;
	// At least 2 MB of text, repeating the documents when the source is small.
	while (corpus.reduce((a, t) => a + t.length, 0) < 2_000_000) corpus = corpus.concat(texts);
	const s = performance.now();
	for (const text of corpus) {
		geoparse({ text, gazetteer });
		chars += text.length;
	}
	const secs = (performance.now() - s) / 1000;
	console.log(
		`throughput (${source}, ${corpus.length} docs, ${(chars / 1e6).toFixed(2)} MB): ${(chars / 1e6 / secs).toFixed(2)} MB/s`
	);

	let big = '';
	for (let k = 0; big.length < 1_000_000; k++)
		big += (corpus[k % corpus.length] as string) + '\n\n';
	big = big.slice(0, 1_000_000);
	const b = performance.now();
	const r = geoparse({ text: big, gazetteer });
	console.log(
		`1 MB document: ${(performance.now() - b).toFixed(0)} ms, ${r.mentions.length} mentions, ${r.places.length} places`
	);
}

main(process.argv.slice(2));
