/**
 * npm run eval:gate — CI: fail when geoF1c on a dev corpus falls more than 0.003 below EVAL.md.
 * Skips (exit 0, saying so) when the dev corpora are not beside the repository.
 */

import { readFileSync } from 'node:fs';
import { gateVerdicts } from '../lib/eval/gate';
import { readFigures } from '../lib/eval/report';
import { loadGazetteer } from '../lib/server/gazetteer';
import { devCorpusPaths, evalDir, EVAL_MD } from './dev-corpora';
import { countryRule, evaluate, predict, readCorpus } from './eval-run';

function main(): void {
	const dev = devCorpusPaths();
	if (!dev) {
		console.log(`eval:gate skipped: no dev corpora in ${evalDir()} (lgl.jsonl, trnews.jsonl)`);
		return;
	}
	const recorded = readFigures(readFileSync(EVAL_MD, 'utf8'));
	const gazetteer = loadGazetteer();
	const countries = countryRule();
	const measured = new Map<string, number>();
	for (const c of dev) {
		const gold = readCorpus(c.path);
		measured.set(c.key, evaluate(gold, predict(gold, gazetteer), countries).scores.geoF1c);
	}
	const verdicts = gateVerdicts(recorded, measured);
	for (const v of verdicts) console.log(`eval:gate ${v.message}`);
	if (verdicts.some((v) => !v.ok)) {
		console.error(
			'eval:gate FAILED: geoF1c fell below EVAL.md (npm run eval:all shows all figures)'
		);
		process.exit(1);
	}
}

main();
