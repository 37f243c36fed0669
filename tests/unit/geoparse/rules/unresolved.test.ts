/**
 * Unresolved mentions (`unresolved.ts`): a name the text says is a place, of which the gazetteer
 * holds nothing of a compatible kind, is listed apart, never drawn as a namesake elsewhere.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../../src/lib/gazetteer';
import { geoparse } from '../../../../src/lib/geoparse';
import { miniGazetteer } from '../../helpers/mini-gazetteer';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await miniGazetteer();
});

const parse = (text: string) => geoparse({ text, gazetteer: gaz });

describe('unresolved mentions', () => {
	it('lists a name the gazetteer lacks before a kind word in lower case', () => {
		const text =
			'Flights from Zuvira Zuvira airport to Madrid were full, and the Olkhar river rose.';
		expect(parse(text).unresolved?.map((u) => [u.text, u.rule])).toEqual([
			['Zuvira Zuvira airport', 'output/unknown-feature'],
			['Olkhar river', 'output/unknown-feature']
		]);
		// Ordinary words, a sentence's first word and a name read already are no such name.
		for (const text of [
			'Flights left from the Central airport on time.',
			'River levels rose. Bridge repairs began.',
			'Flights from Madrid airport were full.'
		])
			expect(parse(text).unresolved ?? []).toEqual([]);
	});

	it('keeps a town qualified by a country none of its readings lies in as unresolved', () => {
		const text = 'The charity opened a clinic in Springfield, Kenya, last year.';
		const r = parse(text);
		expect(r.unresolved).toEqual([
			{ start: 31, end: 42, text: 'Springfield', rule: 'candidates/qualifier-unmet' }
		]);
		expect(r.places.map((p) => p.country)).toEqual(['KE']);
	});

	it('keeps a feature read only as a namesake abroad as unresolved', () => {
		const text = 'Boats sank on Paris Lake near Nairobi, Kenya, on Sunday.';
		const r = parse(text);
		expect(r.unresolved).toEqual([
			{ start: 14, end: 24, text: 'Paris Lake', rule: 'resolve/feature-namesake' }
		]);
		expect(r.mentions.map((m) => m.text)).not.toContain('Paris Lake');
		expect(r.places.map((p) => p.country)).not.toContain('FR');
	});

	it('covers the whole name of a feature opened by a foreign word', () => {
		const text = 'Crowds filled the Puerta de Madrid in Alcalá on Sunday.';
		const r = parse(text);
		expect(r.unresolved?.map((m) => m.text)).toEqual(['Puerta de Madrid']);
		expect(r.unresolved?.[0]?.rule).toBe('reject/feature-word-before');
		expect(r.mentions.map((m) => m.text)).not.toContain('Madrid');
	});

	it('covers the whole of a longer name the gazetteer has only the head of', () => {
		const r = parse('Whole streets of Canoas and Lima do Sul were under water in Brazil.');
		expect(r.unresolved?.map((m) => [m.text, m.rule])).toEqual([
			['Lima do Sul', 'reject/head-of-name']
		]);
		expect(r.places.map((p) => p.country)).not.toContain('PE');
	});

	it('is absent when every place is on the map', () => {
		const r = parse('Boats sank on Lake Paris in Texas on Sunday.');
		expect(r.unresolved).toBeUndefined();
		expect(r.mentions.map((m) => m.text)).toContain('Lake Paris');
	});

	it('lists a name the gazetteer lacks that its kind word makes a place', () => {
		const text =
			'Two fishing boats sank on Lake Crook on Sunday, and a third one was lost on the ' +
			'Pat Mayse Lake north of the town of Paris, the sheriff said.';
		const r = parse(text);
		expect(r.unresolved?.map((m) => [m.text, m.rule])).toEqual([
			['Lake Crook', 'output/unknown-feature'],
			['Pat Mayse Lake', 'output/unknown-feature']
		]);
		expect(r.mentions.map((m) => m.text)).toEqual(['Paris']);
	});

	it('lists a landform the gazetteer lacks, even when one of its words was read and cut', () => {
		const r = parse(
			'Leases on the Black Mesa and in the Vermilion Cliffs north of Denver were sold.'
		);
		expect(r.unresolved?.map((m) => [m.text, m.rule])).toEqual([
			['Black Mesa', 'output/unknown-feature'],
			['Vermilion Cliffs', 'output/unknown-feature']
		]);
	});

	it('leaves runs that go on, sentence starts and places it read', () => {
		for (const text of [
			'Students of Lake Forest College met in the town of Paris on the day of the vote.',
			'Bridge repairs began in the town of Paris on the day of the vote.',
			'Crowds filled Times Square in the city of New York on the night of the vote.'
		])
			expect(parse(text).unresolved, text).toBeUndefined();
	});
});
