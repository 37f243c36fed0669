import { describe, expect, it } from 'vitest';
import { buildReaderModel } from '../../../src/lib/article/model';
import { announceMention } from '../../../src/lib/state/announce';
import { ReaderSelection } from '../../../src/lib/state/selection.svelte';
import { result } from '../article/fixture';

const model = buildReaderModel(result);

describe('ReaderSelection', () => {
	it('steps through mentions in reading order, wrapping around', () => {
		const s = new ReaderSelection(() => model);
		s.step(1);
		expect(s.mention).toBe(0);
		s.step(-1);
		expect(s.mention).toBe(result.mentions.length - 1);
		s.step(1);
		expect(s.mention).toBe(0);
		expect(s.open).toBe(true);
		expect(s.origin).toBe('keys');
	});

	it('selects a place by its first mention and steps within it', () => {
		const s = new ReaderSelection(() => model);
		s.selectPlace('us', 'map');
		expect([s.mention, s.placeId, s.placePosition]).toEqual([2, 'us', [1, 2]]);
		s.stepInPlace(1);
		expect([s.mention, s.placePosition]).toEqual([4, [2, 2]]);
		s.stepInPlace(1);
		expect(s.mention).toBe(2);
		// Re-selecting the selected place keeps its current mention.
		s.stepInPlace(1);
		s.selectPlace('us', 'list');
		expect(s.mention).toBe(4);
	});

	it('ignores unknown places and out-of-range mentions', () => {
		const s = new ReaderSelection(() => model);
		s.selectPlace('nowhere', 'list');
		s.selectMention(99, 'text');
		expect(s.mention).toBeNull();
	});

	it('closes the popup but keeps the selection, and round-trips a snapshot', () => {
		const s = new ReaderSelection(() => model);
		s.selectMention(3, 'text');
		s.close();
		expect([s.open, s.mention]).toEqual([false, 3]);
		const t = new ReaderSelection(() => model);
		t.restore(s.snapshot());
		expect(t.mention).toBe(3);
	});

	it('opening a group closes the popup', () => {
		const s = new ReaderSelection(() => model);
		s.selectMention(0, 'text');
		s.openGroup(['taji', 'baghdad']);
		expect([s.open, s.group]).toEqual([false, ['taji', 'baghdad']]);
	});
});

describe('announceMention', () => {
	it('says which mention of how many, and the place with its country', () => {
		expect(announceMention(model, 0)).toBe('Mention 1 of 6: Camp Taji, Iraq');
		expect(announceMention(model, 2)).toBe('Mention 3 of 6: United States (associative)');
		expect(announceMention(model, 42)).toBe('');
	});
});
