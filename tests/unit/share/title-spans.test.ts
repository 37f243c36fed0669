/**
 * Spans of a title given apart from the text (`part: 'title'`) in links, corrections and the
 * reader's model: addressed with a `t` mark, and old links decode exactly as before.
 */
import { describe, expect, it } from 'vitest';
import { buildReaderModel } from '$lib/article/model';
import { titleParagraph } from '$lib/article/segments';
import type { GeoparseResult, Mention } from '$lib/geoparse/types';
import { applyCorrections } from '$lib/share/corrections';
import { decodeShareParams } from '$lib/share/decode';
import { emptyShareState, encodeShareParams } from '$lib/share/params';
import type { ShareState } from '$lib/share/types';
import { mentionAt, selectionFromShare, selectionToShare } from '$lib/state/share';
import { sampleResult, TEXT } from './sample';

const TITLE = 'Georgia: troops reach Tbilisi';

/** The sample result with the title's two mentions first, as the parser gives a story. */
function withTitle(): GeoparseResult {
	const base = sampleResult();
	const inTitle = (word: string, like: Mention): Mention => {
		const start = TITLE.indexOf(word);
		return { ...like, start, end: start + word.length, text: word, part: 'title' };
	};
	const georgia = inTitle('Georgia', base.mentions[0]!);
	const tbilisi = inTitle('Tbilisi', base.mentions[1]!);
	const places = base.places.map((p) => ({
		...p,
		mentions: [...[georgia, tbilisi].filter((m) => m.placeId === p.id), ...p.mentions]
	}));
	return { places, mentions: [georgia, tbilisi, ...base.mentions] };
}

const state = (changes: Partial<ShareState>): ShareState => ({ ...emptyShareState(), ...changes });

describe('links with spans of the title', () => {
	it('write a selected title mention as m=t…, version 3, and read it back', () => {
		const params = encodeShareParams(
			state({ place: 'country:GE', mention: 0, mentionPart: 'title' })
		);
		expect(params.get('m')).toBe('t0');
		expect(params.get('v')).toBe('3');
		const { state: back, dropped } = decodeShareParams(params);
		expect(dropped).toEqual([]);
		expect(back).toMatchObject({ mention: 0, mentionPart: 'title' });
	});

	it('decode old links exactly as before, and write them as before', () => {
		const old = new URLSearchParams('place=gn:611717&m=24&v=2&one=8_none&add=34_41_gn:1');
		const { state: decoded, dropped } = decodeShareParams(old);
		expect(dropped).toEqual([]);
		expect(decoded.mention).toBe(24);
		expect('mentionPart' in decoded).toBe(false);
		expect(decoded.edits).toEqual({
			added: [{ start: 34, end: 41, target: { placeId: 'gn:1' } }],
			mentions: [{ start: 8, fix: { notAPlace: true } }],
			accepted: []
		});
		expect(encodeShareParams(decoded).toString()).toBe(
			'v=2&place=gn%3A611717&m=24&add=34_41_gn%3A1&one=8_none'
		);
	});

	it('carry one-mention fixes and added places in the title, apart from the text’s', () => {
		const edits = {
			added: [
				{ start: 3, end: 8, target: { placeId: 'gn:1' } },
				{ start: 3, end: 8, target: { placeId: 'gn:2' }, part: 'title' as const }
			],
			mentions: [
				{ start: 0, fix: { notAPlace: true as const } },
				{ start: 0, fix: { notAPlace: true as const }, part: 'title' as const }
			],
			accepted: []
		};
		const params = encodeShareParams(state({ edits }));
		expect(params.get('v')).toBe('3');
		expect(params.getAll('one')).toEqual(['t0_none', '0_none']);
		expect(params.getAll('add')).toEqual(['t3_8_gn:2', '3_8_gn:1']);
		const { state: back, dropped } = decodeShareParams(params);
		expect(dropped).toEqual([]);
		expect(back.edits?.mentions.map((m) => m.part ?? 'text')).toEqual(['title', 'text']);
		expect(back.edits?.added.map((a) => [a.part ?? 'text', a.target])).toEqual([
			['title', { placeId: 'gn:2' }],
			['text', { placeId: 'gn:1' }]
		]);
		expect(decodeShareParams(new URLSearchParams('m=x3')).dropped).toHaveLength(1);
	});
});

describe('corrections of the title’s mentions', () => {
	it('a one-mention fix in the title leaves the text’s mention at the same offset alone', () => {
		const base = withTitle();
		const { result, dropped } = applyCorrections({
			result: base,
			corrections: {},
			edits: {
				added: [],
				mentions: [{ start: 0, fix: { notAPlace: true }, part: 'title' }],
				accepted: []
			},
			text: TEXT,
			title: TITLE
		});
		expect(dropped).toEqual([]);
		expect(result.mentions.map((m) => [m.part ?? 'text', m.text])).toEqual([
			['title', 'Tbilisi'],
			...base.mentions.slice(2).map((m) => ['text', m.text])
		]);
	});

	it('a name-wide fix re-pins the name in the title too; a place added in the title reads first', () => {
		const { result } = applyCorrections({
			result: withTitle(),
			corrections: { georgia: { placeId: 'admin1:US.GA' } },
			edits: {
				added: [{ start: 9, end: 15, target: { placeId: 'gn:611717' }, part: 'title' }],
				mentions: [],
				accepted: []
			},
			text: TEXT,
			title: TITLE
		});
		const georgias = result.mentions.filter((m) => m.text === 'Georgia');
		expect(georgias.map((m) => [m.part ?? 'text', m.placeId])).toEqual([
			['title', 'admin1:US.GA'],
			['text', 'admin1:US.GA'],
			['text', 'admin1:US.GA']
		]);
		expect(result.mentions.slice(0, 3).map((m) => [m.part, m.text])).toEqual([
			['title', 'Georgia'],
			['title', 'troops'],
			['title', 'Tbilisi']
		]);
	});
});

describe('the reader’s model with a title', () => {
	const model = buildReaderModel(withTitle(), TITLE);

	it('links the title’s mentions to their places first, and finds each by part and offset', () => {
		expect(model.title).toBe(TITLE);
		expect(model.byId.get('country:GE')!.mentionIndexes).toEqual([0, 2, 4]);
		expect(mentionAt(model, 0, 'title')).toBe(0);
		const inText = TEXT.indexOf('Georgia');
		expect(mentionAt(model, inText)).toBe(2);
		expect(mentionAt(model, inText, 'title')).toBeNull();
		expect(mentionAt(model, 0)).toBeNull();
		expect(selectionToShare(model, 0)).toEqual({
			place: 'country:GE',
			mention: 0,
			mentionPart: 'title'
		});
		expect(selectionToShare(model, 2)).toEqual({ place: 'country:GE', mention: inText });
		expect(selectionFromShare(model, { place: null, mention: 0, mentionPart: 'title' })).toBe(0);
	});

	it('marks the title’s mentions in the title, each with its index in the model', () => {
		const paragraph = titleParagraph(TITLE, model.mentions);
		expect(
			paragraph.segments.map((s) => (s.kind === 'mention' ? [s.text, s.mention] : s.text))
		).toEqual([['Georgia', 0], ': troops reach ', ['Tbilisi', 1]]);
		expect(titleParagraph('Plain words', model.mentions.slice(2)).segments).toEqual([
			{ kind: 'text', start: 0, end: 11, text: 'Plain words' }
		]);
	});
});
