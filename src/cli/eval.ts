/**
 * npm run -s eval -- CORPUS.jsonl [--literal-only] [--json] [--out PRED.jsonl] [--calibration]
 *
 * Geoparses every document of a corpus and prints the reference scorer's figures (P, R, F1,
 * acc161, AUC, geoF1, geoF1c) as one JSON line, the same line `score-geoparse.mjs` prints.
 * `--calibration` adds a table on stderr: confidence bins against the share of right predictions.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { calibrationTable, judgePredictions } from '../lib/eval/calibration';
import { createCountryRule, type WorldCountryNames } from '../lib/eval/countries';
import { score } from '../lib/eval/score';
import type { EvalDocument } from '../lib/eval/types';
import { geoparse, toToponyms } from '../lib/geoparse/index';
import { loadGazetteer } from '../lib/server/gazetteer';

const require = createRequire(import.meta.url);

function readCorpus(path: string): Map<string, EvalDocument> {
	const docs = new Map<string, EvalDocument>();
	for (const line of readFileSync(path, 'utf8').split('\n')) {
		if (!line.trim()) continue;
		const d = JSON.parse(line) as EvalDocument;
		docs.set(d.id, d);
	}
	return docs;
}

function countryRule() {
	const atlas = require('world-atlas/countries-50m.json') as Topology;
	const fc = feature(atlas, atlas.objects.countries as GeometryCollection<{ name?: string }>);
	const shapes = 'features' in fc ? (fc.features as Feature<Geometry, { name?: string }>[]) : [];
	return createCountryRule(require('world-countries') as WorldCountryNames[], shapes);
}

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
	const pred = new Map<string, EvalDocument>();
	const started = performance.now();
	for (const [id, doc] of gold) {
		pred.set(id, { id, toponyms: toToponyms(geoparse({ text: doc.text ?? '', gazetteer })) });
	}
	const parseMs = performance.now() - started;
	if (outPath) {
		writeFileSync(outPath, [...pred.values()].map((d) => JSON.stringify(d)).join('\n') + '\n');
	}
	const countries = countryRule();
	const s = score(gold, pred, { literalOnly: argv.includes('--literal-only'), countries });
	console.log(JSON.stringify(s));
	if (argv.includes('--calibration')) {
		process.stderr.write('confidence      n  right  accuracy  mean conf\n');
		for (const b of calibrationTable(judgePredictions(gold, pred, countries))) {
			const range = `[${b.lo.toFixed(1)}, ${b.hi.toFixed(1)})`;
			const acc = b.accuracy === null ? '   -' : b.accuracy.toFixed(3);
			const mean = b.meanConfidence === null ? '   -' : b.meanConfidence.toFixed(3);
			process.stderr.write(
				`${range.padEnd(12)} ${String(b.count).padStart(5)} ${String(b.right).padStart(6)}     ${acc}      ${mean}\n`
			);
		}
	}
	if (!argv.includes('--json')) {
		// Both figures, so "the eval is dominated by gazetteer load, not parsing" can be checked.
		process.stderr.write(
			`gazetteer loaded in ${(loadMs / 1000).toFixed(2)} s; ` +
				`parsed ${gold.size} documents in ${(parseMs / 1000).toFixed(2)} s\n`
		);
	}
}

main(process.argv.slice(2));
