/**
 * Encyclopedic definitions on made-up first sentences (not taken from any evaluation corpus):
 * "X is a town in Y County, Z" makes X a place and puts it inside Y and Z.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/lib/gazetteer';
import { geoparse, tokenize } from '../../../src/lib/geoparse';
import { definingNoun } from '../../../src/lib/geoparse/context/defining-noun';
import { placeOf, realGazetteer } from './gazetteer';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await realGazetteer();
}, 180_000);

const parse = (text: string) => geoparse({ text, gazetteer: gaz });

/** The span of the first word of `text`, as the recogniser would make it. */
const firstWord = (text: string) => {
	const tokens = tokenize(text);
	const span = {
		from: 0,
		to: 1,
		start: 0,
		end: tokens[0]?.end ?? 0,
		key: '',
		query: '',
		form: 'name' as const,
		demonymOf: null,
		fixed: null,
		rules: []
	};
	return definingNoun(span, tokens, text);
};

describe('definitions', () => {
	it('finds the defining noun after "is a" and a few modifiers, only at a sentence start', () => {
		expect(firstWord('Dunmore is a home rule-class city in the hills.')).toBe(6);
		expect(firstWord('Dunmore is the county seat of Pike County.')).toBe(4);
		expect(firstWord('Dunmore is a town councillor in Pike County.')).toBe(-1);
		expect(firstWord('Dunmore is a native of the city of Lima.')).toBe(-1);
		expect(firstWord('Dunmore is a friend of mine.')).toBe(-1);
		expect(firstWord('Dunmore said the town is small.')).toBe(-1);
	});

	it('an aside may stand between the subject and its verb', () => {
		expect(firstWord('Dunmore (/dʌnˈmɔːr/ dun-MOR) is a borough in the valley.')).toBe(6);
		expect(firstWord('Dunmore [dunˈmor] is a borough in the valley.')).toBe(4);
		expect(firstWord('Dunmore, officially the Borough of Dunmore, is a borough.')).toBe(8);
		expect(firstWord('Dunmore is one of the twelve townships of Pike County.')).toBe(6);
		expect(firstWord('Dunmore (a friend) said so.')).toBe(-1);
	});

	it('a defined name with a pronunciation after it is still a place', () => {
		const r = parse(
			'Reading (/ˈrɛdɪŋ/ RED-ing) is a city in and the county seat of Berks County, Pennsylvania.'
		);
		expect(placeOf(r, 'Reading')?.admin1).toBe('Pennsylvania');
	});

	it('the subject of a definition is a place even when its name is an ordinary word', () => {
		const r = parse(
			'Mobile is the county seat of Mobile County, Alabama, United States. It lies on the bay.'
		);
		const p = placeOf(r, 'Mobile');
		expect(p?.kind).toBe('city');
		expect(p?.admin1).toBe('Alabama');
	});

	it('a defined name lies inside the divisions the sentence names', () => {
		const r = parse('Georgia is a town in Franklin County, Vermont, United States.');
		const p = placeOf(r, 'Georgia');
		// The gazetteer knows no Georgia in Vermont: the county stands in for it, not the state.
		expect(p?.country).toBe('US');
		expect(p?.admin1).toBe('Vermont');
	});

	it('a division named with "within" after a district joins the chain', () => {
		const r = parse(
			'Dąbrowa is a village in the administrative district of Gmina Łask, within Łask County, Łódź Voivodeship, in central Poland.'
		);
		expect(placeOf(r, 'Dąbrowa')?.admin1).toBe('Łódź Voivodeship');
	});

	it('a small namesake past the first thirty of a common name is still found', () => {
		const r = parse(
			'Washington is a town in and the county seat of Rappahannock County, Virginia, United States.'
		);
		const p = placeOf(r, 'Washington');
		expect(p?.name).toBe('Washington');
		expect(p?.admin1).toBe('Virginia');
	});

	it('a division misread before a country gives way to the country', () => {
		const r = parse('Birmingham is a city and metropolitan borough in the West Midlands, England.');
		expect(placeOf(r, 'Birmingham')?.country).toBe('GB');
	});

	it('"north of X" does not put the subject inside X', () => {
		const r = parse('Smyrna is a town 20 miles north of Dover, Delaware.');
		expect(placeOf(r, 'Smyrna')?.kind).not.toBe('admin1');
	});

	it('a defined subject the gazetteer does not know is placed in the divisions named', () => {
		const r = parse(
			'Zyxwo Qertu is a village in Howmeh Rural District, in the Central District of Kerman County, Kerman Province, Iran.'
		);
		const p = placeOf(r, 'Zyxwo Qertu');
		expect(p?.country).toBe('IR');
		expect(p?.admin1).toBe('Kerman');
	});

	it('divisions joined by "in" or by a kind word and "of" narrow one another', () => {
		const a = parse('San Pedro is a town in the Laguna province of the Philippines.');
		expect(placeOf(a, 'San Pedro')?.country).toBe('PH');
		const b = parse(
			'Mansfield is a market town and administrative centre of Mansfield District in Nottinghamshire, England.'
		);
		expect(placeOf(b, 'Mansfield')?.country).toBe('GB');
	});

	it('an appositive defines a name too, but not after an ordinary word opening a sentence', () => {
		const r = parse(
			'Officials met in Bolton, a small town in Tolland County, Connecticut, on Monday.'
		);
		expect(placeOf(r, 'Bolton')?.admin1).toBe('Connecticut');
		expect(firstWord('Still, a town of 900 in the hills.')).toBe(-1);
		expect(firstWord('Dunmore, the county might say.')).toBe(-1);
		expect(firstWord('Dunmore, the capital of Pike County.')).toBe(2);
	});

	it('a pronoun or an ordinary word opening a definition is no subject', () => {
		const r = parse('It is a town in Tolland County, Connecticut. This is a city in Ohio.');
		expect(r.mentions.map((m) => m.text)).toEqual(['Tolland County', 'Connecticut', 'Ohio']);
	});

	it('a kind word before "of" and a name is no place of its own ("the Canton of Jura")', () => {
		const r = parse('The old mill stands in the Canton of San José, Costa Rica.');
		expect(r.mentions.map((m) => m.text)).not.toContain('Canton');
	});

	it('a country stands in when the sentence names no division, not a county its name matches', () => {
		const r = parse('Medina is a village in Lebanon.');
		expect(placeOf(r, 'Medina')?.country).toBe('LB');
		expect(placeOf(r, 'Lebanon')?.kind).toBe('country');
	});

	it('a settlement outside the county the definition names is not the one meant', () => {
		const r = parse('Wellington is a town in Somerset, England, situated 7 miles west of Taunton.');
		// The gazetteer's Wellingtons of England lie in Shropshire and Herefordshire.
		expect(placeOf(r, 'Wellington')?.name).toBe('Somerset');
		const d = parse('Dublin is a city in Laurens County, Georgia, United States.');
		expect(placeOf(d, 'Dublin')?.admin1).toBe('Georgia');
		expect(placeOf(d, 'Dublin')?.kind).toBe('city');
	});

	it('a division described at length still joins the chain', () => {
		const r = parse(
			'Granada is the capital city of the province of Granada, in the autonomous community of Andalusia, Spain.'
		);
		expect(placeOf(r, 'Granada')?.country).toBe('ES');
	});

	it('an unknown name after "in" with an appositive is placed in the divisions it names', () => {
		const r = parse(
			'The attack took place in Qertu Wazi, a village in Kerman Province, Iran, on Monday.'
		);
		expect(placeOf(r, 'Qertu Wazi')?.admin1).toBe('Kerman');
		const m = parse('It rained in January, a month in which the county of Kerman saw floods.');
		expect(m.mentions.map((x) => x.text)).not.toContain('January');
	});

	it('a province the gazetteer names "Province of X" is found by its bare name', () => {
		const r = parse('San Isidro is a barangay in the province of Nueva Ecija, Philippines.');
		expect(r.mentions.map((m) => m.text)).toContain('Nueva Ecija');
	});

	it('"the Town of X" after X is the same place', () => {
		const r = parse(
			'Georgia is a town in Franklin County, Vermont. The Town of Georgia was chartered in 1763.'
		);
		const ids = new Set(r.mentions.filter((m) => m.text === 'Georgia').map((m) => m.placeId));
		expect(ids.size).toBe(1);
		expect(placeOf(r, 'Georgia')?.admin1).toBe('Vermont');
	});
});
