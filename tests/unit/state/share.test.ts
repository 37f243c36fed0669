import { beforeAll, describe, expect, it } from 'vitest';
import { buildReaderModel } from '../../../src/lib/article/model';
import type { CorrectionTarget } from '../../../src/lib/share/corrections';
import { withShareParams } from '../../../src/lib/share/params';
import { decodeShareParams } from '../../../src/lib/share/decode';
import type { ShareState } from '../../../src/lib/share/types';
import { correctionCode } from '../../../src/lib/state/correction-code';
import { ReaderCorrections } from '../../../src/lib/state/corrections.svelte';
import {
	mentionAt,
	selectionFromShare,
	selectionToShare,
	viewOf,
	withCorrection
} from '../../../src/lib/state/share';
import { sampleResult, TEXT } from '../share/sample';

const base = sampleResult();
const model = buildReaderModel(base);
const second = TEXT.indexOf('Georgia', TEXT.indexOf('Georgia') + 1);

/** A place the result does not know, as the gazetteer search returns it. */
const savannah: CorrectionTarget = {
	id: 'gn:4221552',
	name: 'Savannah',
	kind: 'city',
	country: 'US',
	admin1: 'Georgia',
	point: [-81.09983, 32.08354],
	bbox: null
};

// In a page the correction code comes before any edit (see correction-code.test.ts).
beforeAll(() => correctionCode.load());

describe('selection ↔ share state', () => {
	it('names the selected mention by its offset and its place by id, and finds it again', () => {
		const index = model.mentions.findIndex((m) => m.start === second);
		const shared = selectionToShare(model, index);
		expect(shared).toEqual({ place: 'country:GE', mention: second });
		expect(selectionFromShare(model, shared)).toBe(index);
		expect(selectionToShare(model, null)).toEqual({ place: null, mention: null });
		expect(selectionFromShare(model, { place: null, mention: null })).toBeNull();
	});

	it('falls back to the place’s first mention when the offset names no mention', () => {
		expect(selectionFromShare(model, { place: 'gn:611717', mention: 3 })).toBe(
			model.byId.get('gn:611717')!.mentionIndexes[0]
		);
		expect(selectionFromShare(model, { place: 'gn:0', mention: 99999 })).toBeNull();
		expect(mentionAt(model, null)).toBeNull();
	});

	it('survives the whole link: state → query → decoded state → the same selection and places', () => {
		const corrections = new ReaderCorrections();
		corrections.set(base, 'tbilisi', { notAPlace: true });
		corrections.set(base, 'atlanta', { placeId: savannah.id }, savannah);
		const corrected = buildReaderModel(corrections.apply(base).result);
		const index = corrected.mentions.findIndex((m) => m.start === second);
		const state: ShareState = {
			...selectionToShare(corrected, index),
			view: viewOf({ lng: 44.123456789, lat: 33.987654321 }, 7.25, -15),
			corrections: corrections.corrections
		};
		const url = withShareParams(new URL('https://example.org/view?x=1#t=abc'), state);
		expect(url.hash).toBe('#t=abc');
		expect(url.searchParams.get('x')).toBe('1');

		const { state: decoded, dropped } = decodeShareParams(url.searchParams);
		expect(dropped).toEqual([]);
		expect(decoded.corrections).toEqual(state.corrections);
		expect(decoded.view?.zoom).toBe(7.25);
		expect(decoded.view?.bearing).toBe(-15);
		// The centre is rounded to what zoom 7.25 can show (centerDecimals: 3), no more.
		expect(decoded.view?.center).toEqual([44.123, 33.988]);

		// Another browser: the plain parse, the link's corrections and the places the server found.
		const reopened = new ReaderCorrections(decoded.corrections, [savannah]);
		const model2 = buildReaderModel(reopened.apply(base).result);
		expect(model2.places.map((p) => p.place.id)).toEqual(corrected.places.map((p) => p.place.id));
		expect(model2.places.map((p) => p.place.id)).not.toContain('gn:611717');
		expect(model2.byId.get(savannah.id)?.mentionIndexes).toHaveLength(1);
		expect(selectionFromShare(model2, decoded)).toBe(index);
	});
});

describe('corrections in the reader', () => {
	it('re-pins every mention of a name, and choosing the parser’s place again removes the fix', () => {
		const corrections = new ReaderCorrections();
		corrections.set(base, 'georgia', { placeId: 'admin1:US.GA' });
		const { result } = corrections.apply(base);
		const georgias = result.mentions.filter((m) => m.text === 'Georgia');
		expect(georgias.map((m) => m.placeId)).toEqual(['admin1:US.GA', 'admin1:US.GA']);
		expect(result.places.map((p) => p.id)).not.toContain('country:GE');

		corrections.set(base, 'georgia', { placeId: 'country:GE' });
		expect(corrections.corrections).toEqual({});
		expect(corrections.apply(base).result).toBe(base);
	});

	it('undoes a correction by key, and leaves the input result untouched', () => {
		const before = JSON.stringify(base);
		const corrections = new ReaderCorrections({ atlanta: { notAPlace: true } });
		expect(corrections.apply(base).result.mentions.some((m) => m.text === 'Atlanta')).toBe(false);
		corrections.set(base, 'atlanta', null);
		expect(corrections.apply(base).result.mentions.some((m) => m.text === 'Atlanta')).toBe(true);
		expect(JSON.stringify(base)).toBe(before);
	});

	it('keeps a fix to an unknown place in the link but reports it unresolved', () => {
		const corrections = new ReaderCorrections({ atlanta: { placeId: 'gn:1' } });
		const applied = corrections.apply(base);
		expect(applied.unresolved).toEqual(['atlanta']);
		expect(withCorrection(base, corrections.corrections, 'tbilisi', null)).toEqual({
			atlanta: { placeId: 'gn:1' }
		});
	});
});
