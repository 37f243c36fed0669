/**
 * The two dev corpora (LGL, TR-News) in `../shared/eval` beside the repository, or `EVAL_DIR`.
 * Evaluation data only: never copied into the project.
 */

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const DEV_CORPORA = [
	{ key: 'lgl', file: 'lgl.jsonl', title: 'LGL (dev: US local news)' },
	{ key: 'trnews', file: 'trnews.jsonl', title: 'TR-News (dev: international and local news)' }
] as const;

export function evalDir(): string {
	return resolve(process.env.EVAL_DIR ?? join(ROOT, '../shared/eval'));
}

/** The dev corpora's paths, or null when the folder or a file is missing. */
export function devCorpusPaths(): { key: string; title: string; path: string }[] | null {
	const dir = evalDir();
	const found = DEV_CORPORA.map((c) => ({ ...c, path: join(dir, c.file) }));
	return found.every((c) => existsSync(c.path)) ? found : null;
}

export const EVAL_MD = join(ROOT, 'EVAL.md');
