import { beforeAll, describe, expect, it } from 'vitest';
import { correctionCode } from '$lib/state/correction-code';
import { ReaderCorrections } from '$lib/state/corrections.svelte';
import { sampleResult, TEXT } from '../share/sample';

const state = { lat: 32.9, lng: -83.1, radiusKm: 300 };

// In a page the correction code comes before any edit (see correction-code.test.ts).
beforeAll(() => correctionCode.load());

describe('ReaderCorrections', () => {
	it('adds, fixes one mention, accepts and undoes, applying it all to the parse', () => {
		const base = sampleResult();
		const c = new ReaderCorrections();
		const start = TEXT.indexOf('state');
		c.add({ start, end: start + 5 }, { pin: state });
		const tbilisi = base.mentions.find((m) => m.text === 'Tbilisi')!;
		c.setMention(tbilisi, { notAPlace: true });
		c.accept('gn:4180439');
		const first = c.apply(base, TEXT);
		const { dropped } = first;
		let { result } = first;
		expect(dropped).toEqual([]);
		expect(result.mentions.map((m) => m.text)).toEqual([
			'Georgia',
			'Georgia',
			'state',
			'Atlanta',
			'Tbilisi'
		]);
		expect(result.places.find((p) => p.id === 'pin:32.9_-83.1_300')).toMatchObject({
			source: 'reader',
			kind: 'region'
		});
		expect(result.places.find((p) => p.id === 'gn:4180439')!.checked).toBe(true);
		expect(c.isAdded({ start })).toBe(true);
		expect(c.isAdded({ start, part: 'title' })).toBe(false);

		c.unadd({ start });
		c.setMention(tbilisi, null);
		c.accept('gn:4180439', false);
		({ result } = c.apply(base, TEXT));
		expect(result).toEqual(base);
	});

	it('keeps added spans apart: a new span replaces those it overlaps', () => {
		const c = new ReaderCorrections();
		c.add({ start: 10, end: 20 }, { placeId: 'gn:1' });
		c.add({ start: 30, end: 40 }, { placeId: 'gn:2' });
		c.add({ start: 12, end: 18, part: 'title' }, { placeId: 'gn:4' });
		c.add({ start: 15, end: 32 }, { placeId: 'gn:3' });
		// The title's span is in another text: it overlaps nothing there, and reads first.
		expect(c.edits.added.map((a) => [a.part ?? 'text', a.start, a.end])).toEqual([
			['title', 12, 18],
			['text', 15, 32]
		]);
	});
});
