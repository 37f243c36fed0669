/**
 * `resolve/lone-abroad` and `resolve/far-capital`, with `resolve/far-outlier`'s exemptions: a
 * town named once far away in a country the story never names, while every other place lies in
 * one country, is unresolved; a capital or world city is named from anywhere. On the mini
 * gazetteer.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../../src/lib/gazetteer';
import { capitalInstead } from '../../../../src/lib/geoparse/resolve/far-outlier';
import { miniGazetteer } from '../../helpers/mini-gazetteer';
import { readMention } from './helpers';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await miniGazetteer();
});

const LONE = 'resolve/lone-abroad';
const CAPITAL = 'resolve/far-capital';
const STORY =
	'Shelling hit Kharkiv and Odesa on Monday, and trains from Lviv to Kyiv ran late as crowds gathered';

describe(LONE, () => {
	it('keeps a lone far town of a country the story never names off the map', () => {
		const r = readMention(gaz, `${STORY} in Manaus.`, 'Manaus');
		expect(r.unresolved).toBe(LONE);
		expect(r.id).toBeNull();
	});

	it('keeps it when the story names its country', () => {
		const r = readMention(gaz, `${STORY} in Manaus, and Brazil sent aid.`, 'Manaus');
		expect(r.trace).not.toContain(LONE);
		expect(r.place).toBe('BR/city');
	});

	it('keeps a capital named from afar', () => {
		const r = readMention(
			gaz,
			`${STORY}, and officials in Washington said aid was coming.`,
			'Washington'
		);
		expect(r.trace).not.toContain(LONE);
		expect(r.place).toBe('US/city');
	});
});

describe('evidence/stranger-namesakes', () => {
	const story =
		'Rockets hit Baghdad and Karbala on Monday, and roads near Basra, Mosul and Najaf closed. ' +
		'Officials in Washington condemned the attack, and scientists in Oxford said the rockets were Iranian.';

	it("drops a prominent name's small namesakes abroad rather than the name", () => {
		const r = readMention(gaz, story, 'Oxford');
		expect(r.trace).toContain('evidence/stranger-namesakes');
		expect(r.place).toBe('GB/city');
	});

	it('a story that names a capital or country abroad makes no town abroad a lone one', () => {
		expect(readMention(gaz, story, 'Oxford').trace).not.toContain(LONE);
	});
});

describe(CAPITAL, () => {
	it('puts the capital first among the readings of a far, weak choice', () => {
		const scored = gaz
			.lookup('Moscow', { limit: 5 })
			.map((candidate) => ({ candidate, total: 0, share: 0.3 }))
			.sort((a) => (a.candidate.place.countryCode === 'US' ? -1 : 1));
		expect(scored[0]?.candidate.place.countryCode).toBe('US');
		expect(capitalInstead(scored)?.[0]?.candidate.place.featureCode).toBe('PPLC');
		expect(capitalInstead(scored)).toHaveLength(scored.length);
	});

	it('leaves a choice with no capital or world city among its readings', () => {
		const scored = gaz
			.lookup('Springfield', { limit: 5 })
			.map((candidate) => ({ candidate, total: 0, share: 0.3 }));
		expect(capitalInstead(scored)).toBeNull();
	});
});

const STRAY = 'resolve/small-stray';
/**
 * A story that looks abroad (it names Syria, so `resolve/lone-abroad` is off) and whose places
 * lie mostly, not wholly, in Iraq (so `evidence/stranger` leaves its strangers be).
 */
const ABROAD =
	'Rockets hit Mosul, Kirkuk and Erbil on Monday, and shelling hit Aleppo and Homs in Syria';

describe(STRAY, () => {
	it('keeps a small town named once abroad off the map, even in a story that looks abroad', () => {
		const r = readMention(gaz, `${ABROAD}, while crowds gathered in Tupelo.`, 'Tupelo');
		expect(r.trace).not.toContain(LONE);
		expect(r.unresolved).toBe(STRAY);
		expect(r.id).toBeNull();
	});

	it('keeps it on the map when it is qualified, named twice, or its country is named', () => {
		for (const text of [
			`${ABROAD}, while crowds gathered in Tupelo, Mississippi.`,
			`${ABROAD}, while crowds gathered in Tupelo. Tupelo is quiet.`,
			`${ABROAD}, and the United States sent aid from Tupelo.`
		]) {
			const r = readMention(gaz, text, 'Tupelo');
			expect(r.trace).not.toContain(STRAY);
			expect(r.place).toBe('US/city');
		}
	});

	it('leaves a larger town abroad to the story', () => {
		const r = readMention(gaz, `${ABROAD}, while crowds gathered in Amarillo.`, 'Amarillo');
		expect(r.trace).not.toContain(STRAY);
		expect(r.place).toBe('US/city');
	});
});
