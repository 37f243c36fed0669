/**
 * The candidate rules (src/lib/geoparse/candidates/, and the qualifier and definition readers of
 * context/), each with sentences where it decides about a name's readings and sentences where it
 * does not, on the mini gazetteer (`rule-table.ts`). `feature-kind` and
 * `feature-namesake-only` have a file of their own.
 */

import { describe, expect, it } from 'vitest';
import { candidatesFor } from '../../../../src/lib/geoparse/candidates/lookup';
import { memoFor } from '../../../../src/lib/geoparse/memo';
import { CANDIDATE_RULES } from '../../../../src/lib/geoparse/pipeline';
import { gazetteer, ruleTables, type RuleExamples } from './rule-table';

const TABLES: Record<string, RuleExamples> = {
	'candidates/fixed-by-form': {
		fires: [['Paris, Ky., voted on Monday.', 'Ky.']],
		keeps: [['Paris, Kentucky, voted on Monday.', 'Kentucky']]
	},
	'candidates/country-code': {
		fires: [
			['Per the rules, Ohio voted.', 'Per'],
			['Officials in IND met.', 'IND']
		],
		keeps: [['Officials in Peru met.', 'Peru']]
	},
	'candidates/country-name': {
		fires: [
			['Troops entered Kuwait on Monday.', 'Kuwait'],
			['Talks in Mexico ended.', 'Mexico']
		],
		keeps: [['Talks in Mexico City ended.', 'Mexico City']]
	},
	'candidates/town-by-own-name': {
		fires: [['Officials in Philadelphia met.', 'Philadelphia']],
		keeps: [['Officials in Pittsburgh met.', 'Pittsburgh']]
	},
	'candidates/qualifier-after': {
		fires: [
			['Paris, Texas voted.', 'Paris'],
			['Officials in Lima and Findlay, Ohio, met.', 'Findlay']
		],
		keeps: [['Paris and Texas voted.', 'Paris']]
	},
	'candidates/county-after': {
		fires: [['Voters in Lima, Allen County, went to the polls.', 'Lima']],
		keeps: [['Voters in Lima and Allen County went to the polls.', 'Lima']]
	},
	'candidates/qualifier-unmet': {
		fires: [['The charity opened a clinic in Springfield, Kenya, last year.', 'Springfield']],
		keeps: [
			['The charity opened a clinic in Springfield, Illinois, last year.', 'Springfield'],
			['The charity opened a clinic in Paris, France, last year.', 'Paris'],
			['Voters in Paris, Maine, went to the polls.', 'Paris']
		]
	},
	'candidates/possessive-qualifier': {
		fires: [
			["Storms flooded Texas's Paris on Monday.", 'Paris'],
			["Storms flooded Ohio's small Lima on Monday.", 'Lima']
		],
		keeps: [
			["Ohio's governor visited Lima on Monday.", 'Lima'],
			["Texas's officials said Paris was calm.", 'Paris']
		]
	},
	'candidates/in-county': {
		fires: [
			['Voters in Paris, Lamar County, went to the polls.', 'Paris'],
			['Paris is a small town in Henry County.', 'Paris']
		],
		keeps: [['Voters in Paris, Texas, went to the polls.', 'Paris']]
	},
	'candidates/stand-in': {
		fires: [
			['Voters in Paris, Maine, went to the polls.', 'Paris'],
			['Voters in Dublin, Texas, went to the polls.', 'Dublin']
		],
		keeps: [['Voters in Paris, Texas, went to the polls.', 'Paris']]
	},
	'candidates/definition': {
		fires: [
			['Lima is a city in Allen County, Ohio.', 'Lima'],
			['Springfield is a city in Greene County, Missouri.', 'Springfield']
		],
		keeps: [['Lima grew fast in Allen County, Ohio.', 'Lima']]
	},
	'candidates/dateline-city': {
		fires: [
			['NEW YORK — Stocks fell as traders in Chicago and Boston sold.', 'NEW YORK'],
			['NEW YORK (AP) — Stocks fell. New York traders sold.', 'New York']
		],
		keeps: [
			['Stocks fell as traders in New York sold.', 'New York'],
			['TEXAS — Storms hit Dallas and Houston.', 'TEXAS']
		]
	},
	'candidates/near-named': {
		fires: [['Crews reached Springfield, near Peoria, on Monday.', 'Springfield']],
		keeps: [['Crews reached Springfield and Peoria on Monday.', 'Springfield']]
	},
	'candidates/near-none': {
		fires: [['Boats will be built in Dayton, near Perth, the minister said.', 'Dayton']],
		keeps: [
			['Boats will be built in Dayton, near Cincinnati, the firm said.', 'Dayton'],
			['Shelling hit Kharkiv, near Russia, on Monday.', 'Kharkiv']
		]
	},
	'candidates/apposition-near': {
		fires: [
			['Crews reached Springfield, a small town near Peoria, on Monday.', 'Springfield'],
			['Boats will be built in Dayton, a suburb outside Perth, the minister said.', 'Dayton']
		],
		keeps: [
			['Crews reached Springfield, near Peoria, on Monday.', 'Springfield'],
			['Crews reached Springfield, a town in Illinois, on Monday.', 'Springfield']
		]
	},
	'candidates/dateline-country': {
		fires: [
			[
				'MANILA, Philippines — A ferry ran aground.\n\nBUENOS AIRES, Argentina — Marches were held in Córdoba.',
				'Córdoba'
			]
		],
		keeps: [['Marches were held in Córdoba and Madrid.', 'Córdoba']]
	},
	'candidates/event-venue': {
		fires: [
			['Team USA won in Paris, and the squad flew home to Houston.', 'Paris'],
			['The race in Paris drew crowds from Dallas.', 'Paris']
		],
		keeps: [
			['The council met in Paris, and the squad flew home to Houston.', 'Paris'],
			['Team USA won in Paris, Texas, on Friday.', 'Paris']
		]
	},
	'candidates/seat-of-government': {
		fires: [
			['Both parties flew in surrogates from Washington to Atlanta.', 'Washington'],
			['Lobbyists in Washington met Macon officials.', 'Washington']
		],
		keeps: [
			['Crowds gathered in Washington and Atlanta.', 'Washington'],
			['Lobbyists met in Atlanta on Monday. Washington officials agreed.', 'Washington']
		]
	},
	'candidates/loose-abroad': {
		fires: [['Troops shelled Kharkiv.\n\nKarbalah, a town of 300 people, was hit.', 'Karbalah']],
		keeps: [['Rockets hit Baghdad.\n\nKarbalah, a town of 300 people, was hit.', 'Karbalah']]
	},
	'candidates/named-elsewhere': {
		fires: [['Officials in New York City and New York met.', 'New York', 1]],
		keeps: [['Officials in New York met.', 'New York']]
	}
};

/** Rules with examples in a file of their own, or tested below on the lookup itself. */
const ELSEWHERE = [
	'candidates/feature-kind',
	'candidates/feature-namesake-only',
	'candidates/loose-spelling',
	// kind-cue.test.ts and feature-short-name.test.ts.
	'candidates/country-cue',
	'candidates/state-cue',
	'candidates/capital-cue',
	'candidates/feature-short-name',
	// world-news.test.ts, on the real artifact: the mini gazetteer has no town called after a
	// river, nor a division after one.
	'candidates/definite-article',
	'candidates/named-after-feature',
	// world-news.test.ts: the mini gazetteer has no town that shares a quarter's name.
	'candidates/towns-such-as',
	// Looks deeper only past a name's first 30 readings: no name of the mini gazetteer has 30.
	'candidates/defined-lookup',
	// The mini gazetteer reads New York as the city first: place-cues.test.ts, real gazetteer.
	'candidates/city-from-abroad'
];

describe('candidate rules', () => {
	it('have an id and a description each, and examples here or elsewhere', () => {
		for (const r of CANDIDATE_RULES) expect(r.description.length).toBeGreaterThan(10);
		const tested = new Set([...Object.keys(TABLES), ...ELSEWHERE]);
		expect(CANDIDATE_RULES.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
	});

	it('candidates/loose-spelling: loose spellings only when nothing matches exactly', () => {
		const gaz = memoFor(gazetteer());
		const loose = candidatesFor(gaz, 'Karbalah');
		expect(loose.fired).toContain('candidates/loose-spelling');
		expect(loose.candidates.map((c) => c.place.name)).toContain('Karbala');
		expect(loose.candidates.length).toBeLessThanOrEqual(3);
		expect(candidatesFor(gaz, 'Karbala').fired).not.toContain('candidates/loose-spelling');
	});
});

ruleTables(TABLES);
