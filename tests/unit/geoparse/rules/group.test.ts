/**
 * Grouping (src/lib/geoparse/group.ts) on the mini gazetteer: one group per name, a name
 * qualified apart grouped apart, and each group's list partners and qualified names its own.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../../src/lib/gazetteer';
import { geoparseRun } from '../../../../src/lib/geoparse';
import type { Group } from '../../../../src/lib/geoparse/record';
import { miniGazetteer } from '../../helpers/mini-gazetteer';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await miniGazetteer();
});

const groupsOf = (text: string, key: string): Group[] =>
	geoparseRun({ text, gazetteer: gaz }).groups.filter((g) => g.key === key);

describe('name groups', () => {
	it('groups every mention of one name', () => {
		const [lima, ...rest] = groupsOf('Lima grew. Lima, in Allen County, is in Ohio.', 'lima');
		expect(rest).toEqual([]);
		expect(lima?.count).toBe(2);
	});

	it('groups apart a second mention qualified by places that share nothing with the first', () => {
		const limas = groupsOf('It rained in Lima, Ohio. The town is named after Lima, Peru.', 'lima');
		expect(limas).toHaveLength(2);
	});

	it('gives a name grouped apart its own list partners, not the first group of the name', () => {
		const text = 'It rained in Lima, Ohio. The town is named after Lima, Peru.';
		const [ohio, peru] = groupsOf(text, 'lima') as [Group, Group];
		const partners = (g: Group) => g.listedWith.map((p) => p.key).sort();
		expect(partners(ohio)).toEqual(['ohio']);
		expect(partners(peru)).toEqual(['peru']);
	});

	it('hands a qualifier the readings of the name it qualifies, once per mention', () => {
		const run = geoparseRun({ text: 'Lima, Ohio and Lima, Peru', gazetteer: gaz });
		const peru = run.groups.find((g) => g.key === 'peru');
		const ohio = run.groups.find((g) => g.key === 'ohio');
		expect(peru?.qualifies).toHaveLength(1);
		expect(ohio?.qualifies).toHaveLength(1);
	});
});
