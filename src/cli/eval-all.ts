/**
 * npm run eval:all — geoparse both dev corpora and our test articles, write EVAL.md.
 *
 * Needs `../shared/eval` beside the repository (or EVAL_DIR). EVAL.md is committed: the CI gate
 * (`npm run eval:gate`) compares against it.
 */

import { writeFileSync } from 'node:fs';
import { renderEvalMarkdown, type ArticleReport, type CorpusReport } from '../lib/eval/report';
import type { EvalDocument } from '../lib/eval/types';
import { loadGazetteer } from '../lib/server/gazetteer';
import { devCorpusPaths, evalDir, EVAL_MD } from './dev-corpora';
import { countryRule, evaluate, predict, readCorpus } from './eval-run';
import { testArticleCorpus } from './test-articles';

const goldCount = (docs: Map<string, EvalDocument>) =>
	[...docs.values()].reduce(
		(n, d) => n + (d.toponyms ?? []).filter((t) => t.lat != null && t.lon != null).length,
		0
	);

function main(): void {
	const dev = devCorpusPaths();
	if (!dev) {
		process.stderr.write(`eval:all: the dev corpora are not in ${evalDir()} (set EVAL_DIR)\n`);
		process.exit(2);
	}
	const gazetteer = loadGazetteer();
	const countries = countryRule();
	const corpora: CorpusReport[] = [];
	const run = (key: string, title: string, gold: Map<string, EvalDocument>) => {
		const pred = predict(gold, gazetteer);
		corpora.push({
			key,
			title,
			documents: gold.size,
			toponyms: goldCount(gold),
			...evaluate(gold, pred, countries)
		});
		return pred;
	};
	for (const c of dev) run(c.key, c.title, readCorpus(c.path));
	const articles = testArticleCorpus();
	const pred = run('articles', 'our test articles (tests/fixtures/articles)', articles);
	const perArticle: ArticleReport[] = [...articles].map(([id, doc]) => {
		const one = new Map([[id, doc]]);
		const onePred = new Map([[id, pred.get(id) ?? { id }]]);
		return { id, toponyms: goldCount(one), scores: evaluate(one, onePred, countries).scores };
	});
	writeFileSync(EVAL_MD, renderEvalMarkdown(corpora, perArticle));
	for (const c of corpora) {
		console.log(`${c.key}: F1 ${c.scores.F1.toFixed(3)}, geoF1c ${c.scores.geoF1c.toFixed(3)}`);
	}
	console.log(`wrote ${EVAL_MD}`);
}

main();
