/**
 * The test articles (tests/fixtures/articles/*.txt, written by us as a new user would, and the
 * demo article): their text, golden GeoJSON path and gold annotations (gold.jsonl). Read by
 * the golden-file test and by `npm run eval:all`.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotate, type GoldPlace } from '../lib/eval/annotate';
import type { EvalDocument } from '../lib/eval/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTICLES_DIR = join(ROOT, 'tests/fixtures/articles');
/** The demo article, mapped like the others; its golden file lives beside theirs. */
const DEMO = { id: 'camp-taji', path: join(ROOT, 'src/lib/demo/camp-taji.txt') };

export interface TestArticle {
	id: string;
	text: string;
	/** Where its golden GeoJSON lives (`<id>.expected.geojson`). */
	golden: string;
}

export function testArticles(): TestArticle[] {
	const files = readdirSync(ARTICLES_DIR)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => ({ id: f.slice(0, -'.txt'.length), path: join(ARTICLES_DIR, f) }));
	return [DEMO, ...files].map(({ id, path }) => ({
		id,
		text: readFileSync(path, 'utf8'),
		golden: join(ARTICLES_DIR, `${id}.expected.geojson`)
	}));
}

/** One line of gold.jsonl: an article's places, each matched at its whole-word occurrences. */
interface GoldLine {
	id: string;
	places: GoldPlace[];
}

/** The test articles as an evaluation corpus, gold toponyms placed by {@link annotate}. */
export function testArticleCorpus(): Map<string, EvalDocument> {
	const path = join(ARTICLES_DIR, 'gold.jsonl');
	const gold = new Map<string, GoldLine>();
	if (existsSync(path)) {
		for (const line of readFileSync(path, 'utf8').split('\n')) {
			if (!line.trim()) continue;
			const g = JSON.parse(line) as GoldLine;
			gold.set(g.id, g);
		}
	}
	const docs = new Map<string, EvalDocument>();
	for (const a of testArticles()) {
		const g = gold.get(a.id);
		if (!g) throw new Error(`${path}: no gold annotations for article "${a.id}"`);
		docs.set(a.id, { id: a.id, text: a.text, toponyms: annotate(a.text, g.places) });
	}
	return docs;
}
