/**
 * Wire-service news on made-up texts (not taken from any evaluation corpus): dated datelines,
 * headlines in capitals, sports results, markets.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/lib/gazetteer';
import { geoparse } from '../../../src/lib/geoparse';
import type { GeoparseResult } from '../../../src/lib/geoparse/types';
import { placeOf, realGazetteer } from './gazetteer';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await realGazetteer();
}, 180_000);

const parse = (text: string) => geoparse({ text, gazetteer: gaz });

describe('wire news', () => {
	it('a dateline with a date and no qualifier is the city that needs none', () => {
		const story =
			'\n\nTraders said barges left for Houston, Texas, and for Camden, New Jersey, on ' +
			'Tuesday. Prices in Newark, New Jersey, were flat.';
		expect(placeOf(parse(`ROTTERDAM 1996-08-22${story}`), 'ROTTERDAM')?.country).toBe('NL');
		expect(placeOf(parse(`ROTTERDAM, Aug 22${story}`), 'ROTTERDAM')?.country).toBe('NL');
		// Without a date the line may be a local paper's own town: the story's context decides.
		expect(placeOf(parse(`ROTTERDAM${story}`), 'ROTTERDAM')?.country).toBe('US');
	});
});

describe('sports clubs', () => {
	const mentioned = (r: GeoparseResult) => r.mentions.map((m) => m.text);
	it('a club named with its town is no place; a town standing for its team is', () => {
		const r = parse(
			'Results on Saturday:\nManchester United 2 Leeds 1\nSheffield Wednesday 1 Blackburn Rovers 1\n' +
				'Bayern Munich beat PSV Eindhoven in Vienna, and Real Madrid drew with Liverpool.'
		);
		expect(mentioned(r)).toEqual(['Leeds', 'Vienna', 'Liverpool']);
	});
	it('a result\'s verb after "X United" makes it a club too', () => {
		const r = parse('Leeds United beat Everton and Newcastle United drew in Dublin.');
		expect(mentioned(r)).toEqual(['Dublin']);
	});
	it('"United" alone after a place, and initials before one, leave it a place', () => {
		const r = parse('North Side United met in Pittsburgh. The S.C. Highway Patrol said so.');
		expect(mentioned(r)).toEqual(['North Side', 'Pittsburgh', 'S.C.']);
	});
});

describe('wire datelines and prominent places', () => {
	it('under a wire dateline a bare name is the prominent place, not a namesake', () => {
		const story =
			'\n\nShares rose on Thursday. In London trading the dollar firmed, Paris shares ' +
			'slipped and on the New York Mercantile Exchange crude oil fell.';
		const r = parse(`TOKYO 1996-08-22${story}`);
		expect(placeOf(r, 'London')?.country).toBe('GB');
		expect(placeOf(r, 'Paris')?.country).toBe('FR');
	});
});

describe('one place, one name', () => {
	it('a country named beside its namesake capital in full is the country', () => {
		const r = parse(
			'MEXICO CITY 1996-08-22\n\nThe peso firmed after the Banco de Mexico tightened credit. ' +
				'Traders in Monterrey welcomed the move, and exports from Mexico rose.'
		);
		expect(placeOf(r, 'Mexico')?.kind).toBe('country');
		expect(placeOf(r, 'MEXICO CITY')?.kind).toBe('city');
	});
});

describe('names of large cities', () => {
	it("a large city's own name beats a larger city's old alternate name", () => {
		const r = parse('A Foreign Office spokesman in Islamabad said talks would resume.');
		expect(placeOf(r, 'Islamabad')?.country).toBe('PK');
	});
});

describe('people named after places', () => {
	it("a person's surname that is a country is the person, but not after a preposition", () => {
		const text =
			'Michael Jordan scored 40 points in Chicago on Thursday. Jordan said the team played ' +
			'well. The club will play in Jordan next month.';
		const r = parse(text);
		expect(r.mentions.map((m) => [m.text, m.start])).toEqual([
			['Chicago', text.indexOf('Chicago')],
			['Jordan', text.indexOf('in Jordan') + 3]
		]);
	});
});

describe('short forms of large cities', () => {
	it('the first word of a large city\'s name is the city ("Frankfurt" for Frankfurt am Main)', () => {
		const r = parse('The Frankfurt bourse ended flat on Thursday.');
		expect(placeOf(r, 'Frankfurt')?.country).toBe('DE');
	});
});

describe('formal names of states', () => {
	it('"the Republic of Hungary" names Hungary, not a town called Republic', () => {
		const r = parse('The Council approved an agreement with the Republic of Hungary on Monday.');
		expect(r.mentions.map((m) => m.text)).toEqual(['Hungary']);
	});
});

describe('datelines name cities', () => {
	it('"NEW YORK (Reuters)" and "NEW YORK 1996-08-22" are the city, not the state', () => {
		for (const line of ['NEW YORK (Reuters) - ', 'NEW YORK 1996-08-22\n\n']) {
			const r = parse(`${line}Wall Street was set to open higher on Thursday.`);
			expect(placeOf(r, 'NEW YORK')?.kind).toBe('city');
		}
	});
});

describe('headlines in capitals', () => {
	it('a feature word in a headline\'s capitals is no part of the name ("TOKYO FALLS")', () => {
		const r = parse('TOKYO FALLS 2 PCT ON PROFIT TAKING.\n\nShares fell on Thursday.');
		expect(r.mentions.map((m) => m.text)).toEqual(['TOKYO']);
	});
});

describe('commodity prices', () => {
	it('a trade term names the port a price is quoted at ("cif Rotterdam")', () => {
		const r = parse(
			'White sugar was steady in London. Raw sugar cif Rotterdam was quoted at $300 and fob ' +
				'Santos at $295, as the harvest in Sao Paulo state and in Parana state was ahead of ' +
				'schedule in Brazil.'
		);
		expect(placeOf(r, 'Rotterdam')?.country).toBe('NL');
	});
});

describe('compass initials', () => {
	it('"S.Africa", "N.KOREA": a compass initial written against a name abbreviates the word', () => {
		const text = 'S.AFRICA, N.KOREA SIGN TRADE PACT.\n\nTalks with S.Korea stalled.';
		const r = parse(text);
		expect(r.mentions.map((m) => [m.text, placeOf(r, m.text)?.country])).toEqual([
			['S.AFRICA', 'ZA'],
			['N.KOREA', 'KP'],
			['S.Korea', 'KR']
		]);
		for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
	});
});

describe('country names of the wire', () => {
	it('"Bosnia", "Zaire", "Yugoslavia", "Trinidad" name their countries', () => {
		const r = parse(
			'Elections in Bosnia were set for Saturday, while in eastern Zaire rebels advanced. ' +
				"Yugoslavia's president met envoys, and Trinidad sent observers."
		);
		expect(r.mentions.map((m) => placeOf(r, m.text)?.country)).toEqual(['BA', 'CD', 'RS', 'TT']);
	});
});

describe('standings', () => {
	it('a heading of a league in capitals names no place ("ATLANTIC DIVISION")', () => {
		const r = parse(
			'NBA STANDINGS AFTER THURSDAY.\n\nEASTERN DIVISION\nMIAMI 14 5 .737\nATLANTIC DIVISION\n' +
				'CHICAGO 17 1 .944\nPACIFIC CONFERENCE\nSEATTLE 14 6 .700'
		);
		expect(r.mentions.map((m) => m.text)).toEqual(['MIAMI', 'CHICAGO', 'SEATTLE']);
	});
});
