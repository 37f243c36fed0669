/**
 * npm run -s eval -- CORPUS.jsonl [--literal-only] [--json] [--out PRED.jsonl] [--calibration]
 *
 * Geoparses every document of a corpus and prints the reference scorer's figures (P, R, F1,
 * acc161, AUC, geoF1, geoF1c) as one JSON line, the same line `score-geoparse.mjs` prints.
 * `--calibration` adds a table on stderr: confidence bins against the share of right predictions.
 */

import { writeFileSync } from 'node:fs';
import { loadGazetteer } from '../lib/server/gazetteer';
import { countryRule, evaluate, predict, readCorpus } from './eval-run';

function main(argv: string[]): void {
	const args = argv.filter((a) => !a.startsWith('--'));
	const outIndex = argv.indexOf('--out');
	const outPath = outIndex >= 0 ? argv[outIndex + 1] : undefined;
	const corpusPath = args.find((a) => a !== outPath);
	if (!corpusPath) {
		process.stderr.write(
			'usage: npm run -s eval -- CORPUS.jsonl [--literal-only] [--out PRED.jsonl]\n'
		);
		process.exit(2);
	}
	const gold = readCorpus(corpusPath);
	const loadStarted = performance.now();
	const gazetteer = loadGazetteer();
	const loadMs = performance.now() - loadStarted;
	const started = performance.now();
	const pred = predict(gold, gazetteer);
	const parseMs = performance.now() - started;
	if (outPath) {
		writeFileSync(outPath, [...pred.values()].map((d) => JSON.stringify(d)).join('\n') + '\n');
	}
	const result = evaluate(gold, pred, countryRule(), argv.includes('--literal-only'));
	console.log(JSON.stringify(result.scores));
	if (argv.includes('--calibration')) {
		process.stderr.write('confidence      n  right  accuracy  mean conf\n');
		for (const b of result.calibration) {
			const range = `[${b.lo.toFixed(1)}, ${b.hi.toFixed(1)})`;
			const acc = b.accuracy === null ? '   -' : b.accuracy.toFixed(3);
			const mean = b.meanConfidence === null ? '   -' : b.meanConfidence.toFixed(3);
			process.stderr.write(
				`${range.padEnd(12)} ${String(b.count).padStart(5)} ${String(b.right).padStart(6)}     ${acc}      ${mean}\n`
			);
		}
	}
	if (!argv.includes('--json')) {
		// Where the time goes; speed budgets and figures live in BENCHMARKS.md.
		process.stderr.write(
			`gazetteer loaded in ${(loadMs / 1000).toFixed(2)} s; ` +
				`parsed ${gold.size} documents in ${(parseMs / 1000).toFixed(2)} s\n`
		);
	}
}

main(process.argv.slice(2));
