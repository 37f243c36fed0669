/** Median and spread of each figure over repeated runs, and whether the median meets its budget. */
import type { Parsed, LabelledFigure } from './parse';

export interface Summary {
	metric: string;
	label: string;
	unit: string;
	values: number[];
	median: number;
	min: number;
	max: number;
	budget?: number;
	atLeast?: boolean;
	status: 'met' | 'missed' | 'none';
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One summary per metric, in the order metrics first appear. */
export function summarise(runs: Parsed[]): Summary[] {
	const byMetric = new Map<string, LabelledFigure[]>();
	for (const run of runs) {
		for (const figure of run.figures) {
			byMetric.set(figure.metric, [...(byMetric.get(figure.metric) ?? []), figure]);
		}
	}
	return [...byMetric].map(([metric, figures]) => {
		const first = figures[0]!;
		const values = figures.map((f) => f.value);
		const mid = median(values);
		const status =
			first.budget === undefined
				? 'none'
				: (first.atLeast ? mid >= first.budget : mid <= first.budget)
					? 'met'
					: 'missed';
		return {
			metric,
			label: first.label ?? metric,
			unit: first.unit,
			values,
			median: mid,
			min: Math.min(...values),
			max: Math.max(...values),
			budget: first.budget,
			atLeast: first.atLeast,
			status
		};
	});
}
