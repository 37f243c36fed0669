/**
 * npm run -s geoparse -- FILE...            one GeoJSON FeatureCollection for all files' places
 * npm run -s geoparse -- --explain FILE     for each mention, the rules that read, rejected or
 *                                          judged it, and the top candidates with their scores
 * npm run -s geoparse -- --jsonl < in > out one output line per input line {id, text}:
 *                                          {"id", "toponyms": [{start, end, name, lat, lon, kind,
 *                                          confidence, role}]} (names only, no demonyms)
 *
 * Thin: reads, calls the pure parser, writes. A bad input line is reported on stderr with its
 * line number and the run goes on.
 */

import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import {
	explain,
	geoparse,
	geoparseRun,
	toFeatureCollection,
	toToponyms
} from '../lib/geoparse/index';
import type { PlaceCollection } from '../lib/geoparse/types';
import { loadGazetteer } from '../lib/server/gazetteer';

async function jsonl(): Promise<number> {
	const gazetteer = loadGazetteer();
	const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
	let lineNo = 0;
	let errors = 0;
	for await (const line of rl) {
		lineNo++;
		if (line.trim() === '') continue;
		try {
			const doc = JSON.parse(line) as { id?: unknown; text?: unknown };
			if (typeof doc !== 'object' || doc === null || typeof doc.text !== 'string') {
				throw new Error('expected an object with a string "text"');
			}
			const result = geoparse({ text: doc.text, gazetteer });
			process.stdout.write(
				JSON.stringify({ id: doc.id ?? null, toponyms: toToponyms(result) }) + '\n'
			);
		} catch (err) {
			errors++;
			const reason = err instanceof Error ? err.message : String(err);
			process.stderr.write(`geoparse: line ${lineNo}: ${reason}\n`);
		}
	}
	return errors;
}

function files(paths: string[]): void {
	const gazetteer = loadGazetteer();
	const out: PlaceCollection = { type: 'FeatureCollection', features: [] };
	for (const path of paths) {
		const text = readFileSync(path, 'utf8');
		out.features.push(...toFeatureCollection(geoparse({ text, gazetteer, why: true })).features);
	}
	process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}

async function main(argv: string[]): Promise<void> {
	if (argv.includes('--jsonl')) {
		await jsonl();
		return;
	}
	const paths = argv.filter((a) => !a.startsWith('--'));
	if (argv.includes('--explain') && paths.length > 0) {
		const gazetteer = loadGazetteer();
		for (const path of paths) {
			const text = readFileSync(path, 'utf8');
			process.stdout.write(explain(text, geoparseRun({ text, gazetteer, why: true })));
		}
		return;
	}
	if (paths.length === 0) {
		process.stderr.write(
			'usage: npm run -s geoparse -- FILE...  |  --explain FILE...  |  --jsonl < docs.jsonl\n'
		);
		process.exit(2);
	}
	files(paths);
}

main(process.argv.slice(2)).catch((err: unknown) => {
	process.stderr.write(`geoparse: ${err instanceof Error ? err.message : String(err)}\n`);
	process.exit(1);
});
