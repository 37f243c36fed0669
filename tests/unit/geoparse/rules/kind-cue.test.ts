/**
 * Country or namesake (`candidates/kind-cue.ts`): the words a story uses of a name say whether
 * it is the country or the US state or town of that name, and a country the story names raises
 * its capital over the capital's namesakes. On the mini gazetteer.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../../src/lib/gazetteer';
import { miniGazetteer } from '../../helpers/mini-gazetteer';
import { readMention } from './helpers';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await miniGazetteer();
});

const COUNTRY = 'candidates/country-cue';
const STATE = 'candidates/state-cue';
const CAPITAL = 'candidates/capital-cue';

describe(COUNTRY, () => {
	it('reads a country\'s head after the name: "Georgia\'s prime minister"', () => {
		const r = readMention(
			gaz,
			"Senators in Washington and Boston said on Tuesday that Georgia's prime minister had ignored them.",
			'Georgia'
		);
		expect(r.trace).toContain(COUNTRY);
		expect(r.place).toBe('GE/country');
	});

	it('reads a description of a country: "Georgia, the former Soviet republic"', () => {
		const r = readMention(
			gaz,
			'A Houston company will build a pipeline in Georgia, the former Soviet republic, its chief said in Dallas.',
			'Georgia'
		);
		expect(r.trace).toContain(COUNTRY);
		expect(r.place).toBe('GE/country');
	});

	it('reads a demonym even inside a party name: "the Georgian Dream party"', () => {
		const r = readMention(
			gaz,
			'Senators in Washington and Boston criticised the vote in Georgia, where the Georgian Dream party won.',
			'Georgia'
		);
		expect(r.trace).toContain(COUNTRY);
		expect(r.place).toBe('GE/country');
	});

	it('leaves a state with no cue to the story: Atlanta and Savannah make Georgia the state', () => {
		const r = readMention(
			gaz,
			'Voters in Atlanta and Savannah waited for hours as Georgia counted ballots.',
			'Georgia'
		);
		expect(r.trace).not.toContain(COUNTRY);
		expect(r.place).toBe('US/admin1');
	});
});

describe(STATE, () => {
	it('reads a state\'s head after the name: "Georgia lawmakers", "Georgia\'s governor"', () => {
		for (const text of [
			'Georgia lawmakers passed the budget on Thursday.',
			"Georgia's governor signed the budget on Thursday."
		]) {
			const r = readMention(gaz, text, 'Georgia');
			expect(r.trace).toContain(STATE);
			expect(r.place).toBe('US/admin1');
		}
	});
});

describe(CAPITAL, () => {
	const story = 'Farmers in Dayton, Findlay and Marion expect exports to Peru to rise';

	it('raises the capital of a country the story names over a namesake nearby: "Peru … Lima"', () => {
		const r = readMention(gaz, `${story} after talks in Lima.`, 'Lima');
		expect(r.trace).toContain(CAPITAL);
		expect(r.place).toBe('PE/city');
	});

	it('leaves the namesake when the country goes unnamed', () => {
		const r = readMention(
			gaz,
			'Farmers in Dayton, Findlay and Marion expect prices to rise after talks in Lima.',
			'Lima'
		);
		expect(r.trace).not.toContain(CAPITAL);
		expect(r.place).toBe('US/city');
	});
});
