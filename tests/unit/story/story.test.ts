/** A title given apart from the text, parsed with it as one story (src/lib/story). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/lib/gazetteer';
import { geoparse } from '../../../src/lib/geoparse';
import type { GeoparseResult, Mention } from '../../../src/lib/geoparse/types';
import { SEPARATOR, storyLayout, storySpan } from '../../../src/lib/story/layout';
import { readingOrder } from '../../../src/lib/story/order';
import { geoparseStory, separateTitle, splitStory } from '../../../src/lib/story/parse';
import { packResult, unpackResult } from '../../../src/lib/wire/packed-result';
import { miniGazetteer } from '../helpers/mini-gazetteer';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await miniGazetteer();
});

/** Every span's offsets spell its text in the part it says it is in. */
function expectOffsetsHold(result: GeoparseResult, title: string, text: string) {
	for (const span of [...result.mentions, ...(result.unresolved ?? [])]) {
		const source = span.part === 'title' ? title : text;
		expect(source.slice(span.start, span.end)).toBe(span.text);
	}
}

describe('the story layout', () => {
	const layout = storyLayout('Drones hit Odesa', 'The city was dark.');

	it('joins the title and the text with a paragraph break', () => {
		expect(layout.joined).toBe(`Drones hit Odesa${SEPARATOR}The city was dark.`);
		expect(layout.titleEnd).toBe(16);
		expect(layout.textStart).toBe(16 + SEPARATOR.length);
	});

	it('maps a span back into the title or into the text, and refuses one across both', () => {
		expect(storySpan(layout, 11, 16)).toEqual({ start: 11, end: 16, part: 'title' });
		const city = layout.joined.indexOf('city');
		expect(storySpan(layout, city, city + 4)).toEqual({ start: 4, end: 8 });
		expect(storySpan(layout, 11, city)).toBeNull();
	});

	it('splits a result: offsets into each part, places keep only their mapped mentions', () => {
		const title = 'Odesa';
		const text = 'Kyiv';
		const { joined, textStart } = storyLayout(title, text);
		const mention = (start: number, end: number, placeId: string): Mention => ({
			start,
			end,
			text: joined.slice(start, end),
			role: 'literal',
			form: 'name',
			placeId,
			confidence: 0.9,
			alternatives: []
		});
		const odesa = mention(0, 5, 'gn:odesa');
		const kyiv = mention(textStart, textStart + 4, 'gn:kyiv');
		const across = mention(3, textStart + 2, 'gn:nowhere');
		const place = (id: string, mentions: Mention[]) => ({
			id,
			name: id,
			kind: 'city' as const,
			country: 'UA',
			admin1: null,
			point: [30, 46] as [number, number],
			bbox: null,
			confidence: 0.9,
			mentions
		});
		const split = splitStory(
			{
				places: [
					place('gn:odesa', [odesa]),
					place('gn:nowhere', [across]),
					place('gn:kyiv', [kyiv])
				],
				mentions: [odesa, across, kyiv],
				unresolved: [{ start: textStart, end: textStart + 4, text: 'Kyiv', rule: 'test' }]
			},
			storyLayout(title, text)
		);
		expect(split.mentions.map((m) => [m.part ?? 'text', m.start, m.end, m.text])).toEqual([
			['title', 0, 5, 'Odesa'],
			['text', 0, 4, 'Kyiv']
		]);
		expect(split.places.map((p) => p.id)).toEqual(['gn:odesa', 'gn:kyiv']);
		expect(split.places[1]!.mentions[0]).toBe(split.mentions[1]);
		expect(split.unresolved).toEqual([{ start: 0, end: 4, text: 'Kyiv', rule: 'test' }]);
	});
});

describe('geoparseStory', () => {
	it('finds a place only the title names, with offsets into the title', () => {
		const title = 'Flooding hits Lake Chad';
		const text =
			'Thousands of families fled rising water in the region this week, aid groups said.';
		const result = geoparseStory({ title, text, gazetteer });
		const lake = result.mentions.find((m) => m.text === 'Lake Chad');
		expect(lake).toMatchObject({ part: 'title', start: 14, end: 23 });
		expect(result.places.map((p) => p.id)).toContain(lake!.placeId);
		expectOffsetsHold(result, title, text);
	});

	it('keeps the text’s offsets, and puts the title’s mentions first', () => {
		const title = 'Ukraine: drones strike Odesa';
		const text = 'Drones hit the port of the city overnight. Ukraine said most were downed.';
		const result = geoparseStory({ title, text, gazetteer });
		expect(result.mentions.map((m) => [m.part ?? 'text', m.text])).toEqual([
			['title', 'Ukraine'],
			['title', 'Odesa'],
			['text', 'Ukraine']
		]);
		expect([...result.mentions].sort(readingOrder)).toEqual(result.mentions);
		const alone = geoparse({ text, gazetteer });
		expect(result.mentions.at(-1)!.start).toBe(alone.mentions[0]!.start);
		// One place, mentioned in the title and in the text.
		const ukraine = result.places.find((p) => p.id === result.mentions[0]!.placeId)!;
		expect(ukraine.mentions.map((m) => m.part ?? 'text')).toEqual(['title', 'text']);
		expectOffsetsHold(result, title, text);
	});

	it('lets the text decide the title’s places: one story, one disambiguation', () => {
		const title = 'Storm hits Georgia';
		const alone = geoparse({ text: title, gazetteer }).mentions[0]!;
		const story = geoparseStory({ title, text: 'Atlanta was without power.', gazetteer });
		const georgia = story.mentions.find((m) => m.part === 'title')!;
		expect(georgia.text).toBe('Georgia');
		// Alone, "Georgia" is the country; beside Atlanta, the US state.
		expect(alone.placeId).toBe('country:GE');
		expect(georgia.placeId).toBe('admin1:US.GA');
	});

	it('parses the text alone when there is no title, or the title is the text’s first line', () => {
		const text = 'Storm hits Georgia\n\nAtlanta was without power.';
		const plain = geoparse({ text, gazetteer });
		expect(separateTitle(null, text)).toBeNull();
		expect(separateTitle('  ', text)).toBeNull();
		expect(separateTitle('Storm  hits georgia', text)).toBeNull();
		expect(separateTitle('Blackout', text)).toBe('Blackout');
		expect(geoparseStory({ title: 'Storm hits Georgia', text, gazetteer })).toEqual(plain);
		expect(geoparseStory({ title: null, text, gazetteer })).toEqual(plain);
	});

	it('survives the packed form: the title rides once and its mentions keep their part', () => {
		const title = 'Ukraine: drones strike Odesa';
		const text = 'Kyiv said Odesa was hit.';
		const result = geoparseStory({ title, text, gazetteer, why: true });
		const packed = JSON.parse(JSON.stringify(packResult(result, title)));
		expect(packed.title).toBe(title);
		const back = unpackResult(packed, text);
		expect(back.mentions.map((m) => [m.part ?? 'text', m.start, m.end, m.text, m.placeId])).toEqual(
			result.mentions.map((m) => [m.part ?? 'text', m.start, m.end, m.text, m.placeId])
		);
		// A name off the map in the title keeps its part too.
		const offMap = packResult(
			{
				places: [],
				mentions: [],
				unresolved: [{ start: 9, end: 15, text: 'drones', rule: 'test', part: 'title' }]
			},
			title
		);
		expect(unpackResult(offMap, text).unresolved).toEqual([
			{ start: 9, end: 15, text: 'drones', rule: 'test', part: 'title' }
		]);
		// Without title spans, no title is kept (a text's packed form is as before).
		expect(packResult(geoparse({ text, gazetteer }), title).title).toBeUndefined();
	});
});
