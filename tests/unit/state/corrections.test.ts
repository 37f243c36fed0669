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
		c.add(start, start + 5, { pin: state });
		const tbilisi = base.mentions.find((m) => m.text === 'Tbilisi')!;
		c.setMention(tbilisi.start, { notAPlace: true });
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
		expect(c.isAdded(start)).toBe(true);

		c.unadd(start);
		c.setMention(tbilisi.start, null);
		c.accept('gn:4180439', false);
		({ result } = c.apply(base, TEXT));
		expect(result).toEqual(base);
	});

	it('keeps added spans apart: a new span replaces those it overlaps', () => {
		const c = new ReaderCorrections();
		c.add(10, 20, { placeId: 'gn:1' });
		c.add(30, 40, { placeId: 'gn:2' });
		c.add(15, 32, { placeId: 'gn:3' });
		expect(c.edits.added.map((a) => [a.start, a.end])).toEqual([[15, 32]]);
	});
});
