import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { devCorpusPaths } from '../../../src/cli/dev-corpora';
import { GATE_TOLERANCE, gateVerdicts } from '../../../src/lib/eval/gate';
import { readFigures, renderEvalMarkdown, type CorpusReport } from '../../../src/lib/eval/report';
import type { Scores } from '../../../src/lib/eval/types';

const scores = (geoF1c: number): Scores => ({
	P: 0.9,
	R: 0.8,
	F1: 0.847,
	matched: 10,
	acc161: 0.85,
	mean_km: 100,
	median_km: 5,
	AUC: 0.2,
	geoP: 0.8,
	geoR: 0.7,
	geoF1: 0.747,
	geoF1c
});

const recorded = (lgl: number, trnews: number) =>
	new Map([
		['lgl', { geoF1c: lgl }],
		['trnews', { geoF1c: trnews }]
	]);

describe('eval gate', () => {
	it('passes an unchanged or better figure', () => {
		const v = gateVerdicts(
			recorded(0.773, 0.795),
			new Map([
				['lgl', 0.773],
				['trnews', 0.801]
			])
		);
		expect(v.map((x) => x.ok)).toEqual([true, true]);
	});

	it('passes a drop of exactly the tolerance, fails one just beyond it', () => {
		expect(GATE_TOLERANCE).toBe(0.003);
		const at = gateVerdicts(recorded(0.773, 0.795), new Map([['lgl', 0.77]]));
		expect(at[0]?.ok).toBe(true);
		const beyond = gateVerdicts(recorded(0.773, 0.795), new Map([['lgl', 0.769]]));
		expect(beyond[0]?.ok).toBe(false);
		expect(beyond[0]?.message).toContain('0.004 below EVAL.md');
	});

	it('judges each corpus on its own', () => {
		const v = gateVerdicts(
			recorded(0.773, 0.795),
			new Map([
				['lgl', 0.78],
				['trnews', 0.79]
			])
		);
		expect(v.map((x) => [x.corpus, x.ok])).toEqual([
			['lgl', true],
			['trnews', false]
		]);
	});

	it('fails a corpus EVAL.md has no figure for', () => {
		const v = gateVerdicts(new Map(), new Map([['lgl', 0.9]]));
		expect(v[0]).toMatchObject({ ok: false, recorded: null });
	});
});

describe('EVAL.md', () => {
	const corpus = (key: string, geoF1c: number): CorpusReport => ({
		key,
		title: `${key} corpus`,
		documents: 3,
		toponyms: 30,
		scores: scores(geoF1c),
		calibration: []
	});

	it('reads back the figures it renders', () => {
		const md = renderEvalMarkdown([corpus('lgl', 0.7726), corpus('trnews', 0.795)], []);
		const figures = readFigures(md);
		expect(figures.get('lgl')).toMatchObject({ geoF1c: 0.773, F1: 0.847, AUC: 0.2 });
		expect(figures.get('trnews')?.geoF1c).toBe(0.795);
		expect(renderEvalMarkdown([corpus('lgl', 0.7726)], [])).toBe(
			renderEvalMarkdown([corpus('lgl', 0.7726)], [])
		);
	});

	it('the committed EVAL.md records both dev corpora and our articles', () => {
		const figures = readFigures(readFileSync('EVAL.md', 'utf8'));
		for (const key of ['lgl', 'trnews', 'articles']) {
			expect(figures.get(key)?.geoF1c, key).toBeGreaterThan(0);
			expect(figures.get(key)?.geoF1c, key).toBeLessThanOrEqual(1);
		}
	});
});

describe('where the gate finds the dev corpora', () => {
	const saved = process.env.EVAL_DIR;
	afterEach(() => {
		if (saved === undefined) delete process.env.EVAL_DIR;
		else process.env.EVAL_DIR = saved;
	});

	it('none without both files (the gate then skips), both paths with them', () => {
		const dir = mkdtempSync(join(tmpdir(), 'eval-dir-'));
		process.env.EVAL_DIR = dir;
		expect(devCorpusPaths()).toBeNull();
		writeFileSync(join(dir, 'lgl.jsonl'), '');
		expect(devCorpusPaths()).toBeNull();
		writeFileSync(join(dir, 'trnews.jsonl'), '');
		expect(devCorpusPaths()?.map((c) => [c.key, c.path])).toEqual([
			['lgl', join(dir, 'lgl.jsonl')],
			['trnews', join(dir, 'trnews.jsonl')]
		]);
	});
});
