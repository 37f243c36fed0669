/**
 * Words around a name that decide it, on made-up sentences with the real gazetteer (issue #16):
 * short names with a place cue ("in Ho, the capital of the Volta Region"), a town an
 * apposition places near another ("Bwera, a border town near Kasese"), the city of a contest
 * ("Team USA won in Paris"), the seat of government ("surrogates from Washington"), and
 * names inside organisations ("the Bank of England").
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
const names = (r: GeoparseResult) => r.mentions.map((m) => m.text);
const unresolved = (r: GeoparseResult) => (r.unresolved ?? []).map((m) => m.text);

describe('short names with a place cue', () => {
	it.each([
		'Voters in Ho, the capital of the Volta Region, queued before dawn.',
		'Ho, Ghana, is a market town near the border with Togo.',
		'Turnout was heavy in the Volta Region, though voters complained of queues in Ho.'
	])('reads Ho in Ghana: %j', (text) => {
		const ho = placeOf(parse(text), 'Ho');
		expect(ho?.country).toBe('GH');
		expect(ho?.admin1).toBe('Volta');
	});

	it.each([
		'The city of Solo, in Central Java, hosted the fair.',
		'Solo, Central Java, is also called Surakarta.',
		'Ash from Merapi fell as far as Solo and Klaten on Tuesday.',
		'Thousands rallied in Solo as the president returned home to Central Java.'
	])('reads Solo as Surakarta: %j', (text) => {
		expect(placeOf(parse(text), 'Solo')?.name).toBe('Surakarta');
	});

	it.each([
		'Ho said he would stay in Accra.',
		'Mr. Ho left for Accra on Monday.',
		'She released a solo album in Jakarta and went solo.',
		'Han Solo returned to Jakarta.',
		'Solo performers from Central Java sang in Jakarta on Monday.'
	])('keeps the word a word: %j', (text) => {
		const r = parse(text);
		expect(names(r)).not.toContain('Ho');
		expect(names(r)).not.toContain('Solo');
	});
});

describe('an ordinary word opening a sentence, defined by an apposition', () => {
	it.each([
		['Reading, a town west of London, flooded on Monday.', 'Reading', 'GB'],
		['Split, a port in Croatia, cancelled its ferries.', 'Split', 'HR'],
		['Deal, a town in Kent, lost power overnight.', 'Deal', 'GB'],
		['Mobile, a port city in Alabama, braced for the storm.', 'Mobile', 'US']
	])('is a place: %j', (text, name, country) => {
		expect(placeOf(parse(text), name)?.country).toBe(country);
	});

	it.each([
		['Meanwhile, a town in Kent voted to close its library.', 'Meanwhile'],
		['However, a city near London said no.', 'However'],
		['Still, a town in Kent voted to close its library.', 'Still'],
		['Separately, a town in Kent voted to close its library.', 'Separately']
	])('is no place, nor listed, when an adverb: %j', (text, word) => {
		const r = parse(text);
		expect(names(r)).not.toContain(word);
		expect(unresolved(r)).not.toContain(word);
	});

	it.each([
		['Ely, a city in Cambridgeshire, flooded.', 'Ely'],
		['Burnley, a town in Lancashire, was spared.', 'Burnley']
	])('is a place when a town ends in "-ly": %j', (text, name) => {
		expect(placeOf(parse(text), name)?.country).toBe('GB');
	});
});

describe('a town an apposition places near another', () => {
	it('leaves a namesake abroad off the map, listed as not on the map', () => {
		const r = parse('Police reached Bwera, a border town near Kasese, in western Uganda.');
		expect(names(r)).not.toContain('Bwera');
		expect(unresolved(r)).toContain('Bwera');
	});

	it('lists a defined town read only by a loose spelling abroad', () => {
		const r = parse(
			'Russian forces shelled Lysychansk in the Luhansk region.\n\nZolote, a town of 14,000 people, was hit overnight.'
		);
		expect(names(r)).not.toContain('Zolote');
		expect(unresolved(r)).toContain('Zolote');
	});

	it('lists a defined subject the gazetteer lacks', () => {
		const r = parse(
			'Russian troops shelled Kupiansk overnight.\n\nSynkivka, a village near Kupiansk, came under fire.'
		);
		expect(unresolved(r)).toContain('Synkivka');
	});
});

describe('the city of a contest', () => {
	it('is the world city, not a namesake the story pulls towards', () => {
		const r = parse(
			'Team USA won in Paris on Sunday.\n\nThe team will rest before flying home to Houston.'
		);
		expect(placeOf(r, 'Paris')?.country).toBe('FR');
	});

	it("is the world city when a local athlete's state is named", () => {
		const r = parse(
			'Simone Biles, of Spring, Texas, won gold in Paris on Tuesday. Her family watched from Houston.'
		);
		expect(placeOf(r, 'Paris')?.country).toBe('FR');
	});

	it('stays the namesake when the story names its county', () => {
		const r = parse(
			'The Wildcats won in Paris on Friday. Lamar County officials praised the team.'
		);
		expect(placeOf(r, 'Paris')?.admin1).toBe('Texas');
	});

	it('is the world city when a story of US states names no side', () => {
		const r = parse('The American team won in Paris on Sunday before flying home to Texas.');
		expect(placeOf(r, 'Paris')?.country).toBe('FR');
	});

	it('is the home ground of a state named as a side ("Georgia beat Alabama")', () => {
		const r = parse(
			'Georgia beat Alabama 27-24 on Saturday. The Bulldogs won in Athens before a record crowd.'
		);
		expect(placeOf(r, 'Athens')?.admin1).toBe('Georgia');
		expect(placeOf(r, 'Athens')?.country).toBe('US');
	});

	it('stays the namesake in a story local to it', () => {
		const r = parse(
			'The Paris Wildcats won in Paris on Friday, beating Clarksville, and fans drove in from Sulphur Springs and Bonham. Lamar County officials praised the team.'
		);
		expect(placeOf(r, 'Paris')?.admin1).toBe('Texas');
	});
});

describe('the seat of government', () => {
	it("is Washington, D.C., in national politics, not a town of the story's state", () => {
		const r = parse(
			'Turnout rose in Athens and Augusta, Georgia. Both parties flew in surrogates from Washington, and ads ran in Atlanta and Macon.'
		);
		expect(placeOf(r, 'Washington')?.admin1).toBe('District of Columbia');
	});

	it('is Washington, D.C., where the president flies back to', () => {
		const r = parse(
			'Voters in Atlanta, Macon and Athens lined up early. The president flew back to Washington after the rally in Savannah.'
		);
		expect(placeOf(r, 'Washington')?.admin1).toBe('District of Columbia');
	});

	it('keeps a qualified namesake', () => {
		const r = parse('Lobbyists met in Washington, Ga., near Athens, on Monday.');
		expect(placeOf(r, 'Washington')?.admin1).toBe('Georgia');
	});
});

describe('a division that is also a great city, named from abroad', () => {
	it('is the city in a story set abroad', () => {
		const r = parse('Protests spread in Santiago, Chile, and shares of SQM fell in New York.');
		expect(placeOf(r, 'New York')?.kind).toBe('city');
	});

	it('is left to the story at home', () => {
		const r = parse('Lawmakers in Albany and Buffalo said taxes in New York would rise.');
		expect(placeOf(r, 'New York')?.kind).toBe('admin1');
	});
});

describe('a capital and the division of its name', () => {
	it('are two senses: "Kyiv" alone is the city, "the Kyiv region" the oblast', () => {
		const r = parse(
			'Drones struck Kyiv overnight.\n\nHorenka, a village in the Kyiv region, was hit. Residents of Kyiv sheltered in the metro.'
		);
		const kyiv = r.mentions.filter((m) => m.text === 'Kyiv');
		const kinds = kyiv.map((m) => r.places.find((p) => p.id === m.placeId)?.kind);
		expect(kinds).toEqual(['city', 'admin1', 'city']);
	});
});

describe('a direction named as a division in a list', () => {
	it.each([
		"Ghana's cocoa farmers, most of them in the Western and Ashanti regions, produce a fifth.",
		'Turnout in Ghana was high in the Western, Ashanti and Volta regions.'
	])("reads Ghana's Western Region: %j", (text) => {
		const western = placeOf(parse(text), 'Western');
		expect(western?.country).toBe('GH');
		expect(western?.kind).toBe('admin1');
	});
});

describe('names inside organisations', () => {
	it('takes no place from "the Bank of England" or "the Museum of London"', () => {
		const r = parse(
			'The Bank of England held rates, and the Museum of London reopened in Paris on loan.'
		);
		expect(names(r)).not.toContain('England');
		expect(names(r)).not.toContain('London');
	});

	it('keeps the places of "the Republic of Ireland" and "the Port of Rotterdam"', () => {
		const r = parse('The Republic of Ireland and the Port of Rotterdam signed a deal in Dublin.');
		expect(placeOf(r, 'Republic of Ireland')?.country).toBe('IE');
		expect(placeOf(r, 'Rotterdam')?.country).toBe('NL');
	});

	it('maps the city of "the Port of Antwerp", a name of several towns', () => {
		const r = parse(
			'Freight rates on the route from Singapore to the Port of Antwerp have tripled.'
		);
		expect(placeOf(r, 'Antwerp')?.country).toBe('BE');
	});
});
