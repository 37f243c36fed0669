/**
 * The resolve stage's rules (src/lib/geoparse/resolve/, and the evidence read off the first
 * pass, evidence/neighbours and evidence/strangers), each with sentences where it decides about
 * a name and sentences where it does not, on the mini gazetteer (`rule-table.ts`).
 * `far-outlier` and `feature-namesake` have files of their own.
 */

import { describe, expect, it } from 'vitest';
import { RESOLVE_RULES } from '../../../../src/lib/geoparse/pipeline';
import { ruleTables, type RuleExamples } from './rule-table';

const TEXAS = 'Officials in Dallas, Houston, Austin and Lubbock met.';

const TABLES: Record<string, RuleExamples> = {
	'evidence/neighbours': {
		fires: [
			['Officials in Lima and Findlay, Ohio, met.', 'Findlay'],
			[TEXAS, 'Lubbock']
		],
		keeps: [['Officials in Lubbock met.', 'Lubbock']]
	},
	'evidence/stranger': {
		fires: [[`${TEXAS} A man from Port spoke.`, 'Port']],
		keeps: [['A man from Port spoke in Paris and Lyon.', 'Port']]
	},
	'resolve/placeness-cut': {
		fires: [
			['Officials in Reading said so.', 'Reading'],
			[`${TEXAS} A man from Port spoke.`, 'Port']
		],
		keeps: [['Officials in Boston said so.', 'Boston']]
	}
};

/** Rules with examples in a file of their own. */
const ELSEWHERE = [
	'resolve/far-outlier',
	'resolve/feature-namesake',
	// lone-abroad.test.ts.
	'resolve/lone-abroad',
	'resolve/small-stray',
	'resolve/far-capital',
	// far-prominent.test.ts.
	'resolve/far-prominent',
	'evidence/stranger-namesakes',
	// tests/unit/geoparse/streets-parks-reserves.test.ts (the real gazetteer's streets).
	'resolve/street-elsewhere'
];

describe('resolve rules', () => {
	it('have an id and a description each, and examples here or elsewhere', () => {
		for (const r of RESOLVE_RULES) expect(r.description.length).toBeGreaterThan(10);
		const tested = new Set([...Object.keys(TABLES), ...ELSEWHERE]);
		expect(RESOLVE_RULES.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
	});
});

ruleTables(TABLES);
