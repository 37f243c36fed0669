import { describe, expect, it } from 'vitest';
import { calibrationTable, judgePredictions } from '../../../src/lib/eval/calibration';
import type { EvalDocument } from '../../../src/lib/eval/types';

const doc = (id: string, toponyms: EvalDocument['toponyms']): [string, EvalDocument] => [
	id,
	{ id, toponyms }
];

describe('calibration', () => {
	const gold = new Map([
		doc('a', [
			{ start: 0, end: 5, name: 'Paris', lat: 48.85, lon: 2.35 },
			{ start: 10, end: 16, name: 'Berlin', lat: 52.52, lon: 13.4 }
		])
	]);
	const pred = new Map([
		doc('a', [
			{ start: 0, end: 5, name: 'Paris', lat: 33.66, lon: -95.55, confidence: 0.35 } as never,
			{ start: 10, end: 16, name: 'berlin', lat: 52.5, lon: 13.4, confidence: 0.95 } as never,
			{ start: 20, end: 25, name: 'Mark', lat: 50.6, lon: 4.0, confidence: 0.55 } as never
		])
	]);

	it('judges each prediction: right place, wrong place, not a toponym', () => {
		const judged = judgePredictions(gold, pred);
		expect(judged).toEqual([
			{ confidence: 0.35, right: false },
			{ confidence: 0.95, right: true },
			{ confidence: 0.55, right: false }
		]);
	});

	it('bins by confidence', () => {
		const table = calibrationTable(judgePredictions(gold, pred), 10);
		expect(table).toHaveLength(10);
		expect(table[9]).toMatchObject({ count: 1, right: 1, accuracy: 1, meanConfidence: 0.95 });
		expect(table[3]).toMatchObject({ count: 1, right: 0, accuracy: 0 });
		expect(table[0]).toMatchObject({ count: 0, accuracy: null });
		const one = calibrationTable([{ confidence: 1, right: true }], 10);
		expect(one[9]?.count).toBe(1);
	});
});
