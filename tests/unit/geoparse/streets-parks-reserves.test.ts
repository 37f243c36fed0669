/**
 * Streets and squares, parks, indigenous lands, straits, ranges and island groups in sentences a
 * news reader meets (written by us, not from any evaluation corpus), on the real gazetteer: each
 * resolves to its curated row, a kind word keeps readings of its kind, and a name the gazetteer
 * lacks that closes with such a word is listed as unresolved, never drawn as a namesake.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/lib/gazetteer';
import { geoparse } from '../../../src/lib/geoparse';
import { featureKindsOf } from '../../../src/lib/geoparse/candidates/feature-kind';
import { placeOf, realGazetteer } from './gazetteer';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await realGazetteer();
}, 180_000);

const parse = (text: string) => geoparse({ text, gazetteer: gaz });
/** The id the mention `name` of `text` resolved to, or null. */
const idOf = (text: string, name: string) => placeOf(parse(text), name)?.id ?? null;

describe('kind words of streets, parks, reserves and ranges', () => {
	it('allow the kinds such places are', () => {
		expect(featureKindsOf('kruger national park')).toEqual(['landmark', 'region']);
		expect(featureKindsOf('pine ridge reservation')).toEqual(['region']);
		expect(featureKindsOf('katlodeeche first nation')).toEqual(['region']);
		expect(featureKindsOf('lyngen alps')).toContain('region');
		expect(featureKindsOf('verde island passage')).toEqual(['water']);
		expect(featureKindsOf('tahrir square')).toEqual(['landmark']);
	});
});

describe('places a news reader meets', () => {
	it('squares and streets', () => {
		expect(idOf('Protesters filled Tahrir Square on Friday.', 'Tahrir Square')).toBe(
			'enwiki:Tahrir_Square'
		);
		expect(idOf('Crowds lined the Champs-Élysées for the parade.', 'Champs-Élysées')).toBe(
			'enwiki:Champs-Élysées'
		);
		expect(idOf('Police cleared Maidan Nezalezhnosti overnight.', 'Maidan Nezalezhnosti')).toBe(
			'enwiki:Maidan_Nezalezhnosti'
		);
		// Two squares of one name: the story's city decides.
		const kharkiv = parse('A missile hit Freedom Square in Kharkiv.');
		expect(placeOf(kharkiv, 'Freedom Square')?.country).toBe('UA');
		const tbilisi = parse('Protesters marched to Freedom Square in Tbilisi.');
		expect(placeOf(tbilisi, 'Freedom Square')?.country).toBe('GE');
		const beirut = parse('Thousands rallied in Martyrs Square in Beirut on Sunday.');
		expect(placeOf(beirut, 'Martyrs Square')?.country).toBe('LB');
	});

	it('straits, ranges and island groups', () => {
		expect(idOf('The ferry sank in the Buton Strait at dawn.', 'Buton Strait')).toBe(
			'enwiki:Buton_Strait'
		);
		expect(idOf('Avalanches closed roads in the Lyngen Alps.', 'Lyngen Alps')).toBe(
			'enwiki:Lyngen_Alps'
		);
		expect(idOf('Fishermen from Wakatobi joined the search off Sulawesi.', 'Wakatobi')).toBe(
			'enwiki:Tukangbesi_Islands'
		);
	});

	it('indigenous lands and parks', () => {
		expect(
			idOf('Members of the Katlodeeche First Nation left by bus.', 'Katlodeeche First Nation')
		).toBe('enwiki:Hay_River_Reserve');
		expect(
			idOf('Snow cut off homes on the Pine Ridge Reservation.', 'Pine Ridge Reservation')
		).toBe('enwiki:Pine_Ridge_Indian_Reservation');
		expect(idOf('Rangers were ambushed in Virunga National Park.', 'Virunga National Park')).toBe(
			'enwiki:Virunga_National_Park'
		);
		// "Park" allows a park's area: the national park, not the town or county of its name.
		expect(idOf('Smoke drifted over Yellowstone Park on Monday.', 'Yellowstone Park')).toBe(
			'enwiki:Yellowstone_National_Park'
		);
	});

	it("keeps another city's street of a famous street's name off the map", () => {
		const sydney = parse('Shops on Oxford Street in Sydney closed early.');
		expect(sydney.unresolved?.map((m) => [m.text, m.rule])).toEqual([
			['Oxford Street', 'resolve/street-elsewhere']
		]);
		expect(sydney.places.map((p) => p.country)).toEqual(['AU']);
		const naples = parse('A car crashed on Fifth Avenue in Naples, Florida.');
		expect(placeOf(naples, 'Fifth Avenue')).toBeUndefined();
		expect(placeOf(parse('Crowds gathered in Freedom Square in Baku.'), 'Freedom Square')).toBe(
			undefined
		);
		// A city's park too; a national park is far from the towns of its story as a rule.
		const kampala = parse('Students rallied in Uhuru Park in Kampala.');
		expect(kampala.unresolved?.map((m) => m.text)).toEqual(['Uhuru Park']);
		expect(idOf('Rangers in Kruger National Park near Johannesburg', 'Kruger National Park')).toBe(
			'enwiki:Kruger_National_Park'
		);
		// The street's own city, a division holding it, or no town at all: the street stays.
		expect(idOf('Police in London closed Oxford Street.', 'Oxford Street')).toBe(
			'enwiki:Oxford_Street'
		);
		expect(idOf('The parade went down Fifth Avenue in New York.', 'Fifth Avenue')).toBe(
			'enwiki:Fifth_Avenue'
		);
		expect(idOf('Protesters filled Tahrir Square in Cairo.', 'Tahrir Square')).toBe(
			'enwiki:Tahrir_Square'
		);
	});

	it('lists a reserve or strait the gazetteer lacks as unresolved', () => {
		const r = parse(
			'Water was flown to the Neskantaga First Nation, and a tanker ran aground in the Ombai Strait.'
		);
		expect(r.unresolved?.map((m) => m.text)).toEqual(['Neskantaga First Nation', 'Ombai Strait']);
		expect(r.mentions).toEqual([]);
	});
});
