/**
 * EVAL.md: the evaluation figures, written by `npm run eval:all` and read back by the CI gate.
 * Rendering and reading are one module so the format has one owner.
 */

import type { CalibrationBin } from './calibration';
import type { Scores } from './types';

export interface CorpusReport {
	/** Stable key the gate reads (`lgl`, `trnews`, `articles`). */
	key: string;
	/** What the corpus is, for the reader. */
	title: string;
	documents: number;
	/** Gold toponyms with coordinates. */
	toponyms: number;
	scores: Scores;
	calibration: CalibrationBin[];
}

export interface ArticleReport {
	id: string;
	toponyms: number;
	scores: Scores;
}

/** The columns of the figures table, in order; each a key of `Scores`. */
const FIGURES = ['P', 'R', 'F1', 'acc161', 'AUC', 'geoF1', 'geoF1c'] as const;
type Figure = (typeof FIGURES)[number];

const f3 = (x: number) => x.toFixed(3);

function row(cells: (string | number)[]): string {
	return `| ${cells.join(' | ')} |`;
}

function calibrationSection(c: CorpusReport): string[] {
	return [
		`### ${c.title}`,
		'',
		row(['confidence', 'predictions', 'right', 'accuracy', 'mean confidence']),
		row(['---', '---:', '---:', '---:', '---:']),
		...c.calibration.map((b) =>
			row([
				`[${b.lo.toFixed(1)}, ${b.hi.toFixed(1)})`,
				b.count,
				b.right,
				b.accuracy === null ? '–' : f3(b.accuracy),
				b.meanConfidence === null ? '–' : f3(b.meanConfidence)
			])
		),
		''
	];
}

/** The whole EVAL.md. Deterministic: the same figures give the same bytes. */
export function renderEvalMarkdown(corpora: CorpusReport[], articles: ArticleReport[]): string {
	const lines = [
		'# Evaluation',
		'',
		'Written by `npm run eval:all` (do not edit by hand); commit it with the change that moves',
		'it. Each corpus is geoparsed end to end with the real gazetteer and scored with the',
		"reference scorer's figures (`src/lib/eval/score.ts`, the same as",
		'`../shared/tools/score-geoparse.mjs`): P, R, F1 over matched spans; acc161 and AUC over',
		'matched pairs; geoF1 counts a match right only within 161 km, geoF1c also accepts a country',
		'name placed inside the right country. Calibration: predictions binned by confidence, with',
		'the share that is right as geoF1c counts it.',
		'',
		'CI (`npm run eval:gate`, in `.ci/run`) fails when geoF1c on a dev corpus falls more than',
		'0.003 below the figure here. The dev corpora (`../shared/eval`) are evaluation data only;',
		'our test articles (`tests/fixtures/articles`, gold in `gold.jsonl`) are our own.',
		'',
		'## Figures',
		'',
		row(['corpus', 'documents', 'gold toponyms', ...FIGURES]),
		row(['---', '---:', '---:', ...FIGURES.map(() => '---:')]),
		...corpora.map((c) =>
			row([
				`\`${c.key}\` ${c.title}`,
				c.documents,
				c.toponyms,
				...FIGURES.map((f) => f3(c.scores[f]))
			])
		),
		'',
		'## Calibration',
		'',
		...corpora.flatMap(calibrationSection),
		'## Test articles, one by one',
		'',
		row(['article', 'gold toponyms', 'P', 'R', 'F1', 'geoF1', 'geoF1c']),
		row(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
		...articles.map((a) =>
			row([
				a.id,
				a.toponyms,
				f3(a.scores.P),
				f3(a.scores.R),
				f3(a.scores.F1),
				f3(a.scores.geoF1),
				f3(a.scores.geoF1c)
			])
		),
		''
	];
	return lines.join('\n');
}

/** The figures table of an EVAL.md, by corpus key: `{ lgl: { geoF1c: 0.772, … } }`. */
export function readFigures(markdown: string): Map<string, Record<Figure, number>> {
	const out = new Map<string, Record<Figure, number>>();
	const lines = markdown.split('\n');
	const cellsOf = (line: string) => line.split('|').map((c) => c.trim());
	// Found by its first column, however the table is padded.
	const header = lines.findIndex((l) => l.startsWith('|') && cellsOf(l)[1] === 'corpus');
	if (header < 0) return out;
	const columns = cellsOf(lines[header] as string);
	for (const line of lines.slice(header + 2)) {
		if (!line.startsWith('|')) break;
		const cells = cellsOf(line);
		const key = /^`([^`]+)`/.exec(cells[1] ?? '')?.[1];
		if (!key) continue;
		const figures = {} as Record<Figure, number>;
		for (const f of FIGURES) figures[f] = Number(cells[columns.indexOf(f)]);
		out.set(key, figures);
	}
	return out;
}
