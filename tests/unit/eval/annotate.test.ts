import { describe, expect, it } from 'vitest';
import { testArticleCorpus } from '../../../src/cli/test-articles';
import { annotate, occurrences } from '../../../src/lib/eval/annotate';

describe('gold annotations by name', () => {
	const text = 'Paris, Texas, is not Paris. Parisians love Paris-Orly.';

	it('finds whole-word occurrences only', () => {
		expect(occurrences(text, 'Paris')).toEqual([0, 21, 43]);
		expect(occurrences(text, 'Texas')).toEqual([7]);
	});

	it('places every occurrence, or those listed in `at`, in reading order', () => {
		const gold = annotate(text, [
			{ name: 'Paris', lat: 48.86, lon: 2.35, at: [1] },
			{ name: 'Paris', lat: 33.66, lon: -95.55, at: [0] },
			{ name: 'Texas', lat: 31, lon: -99, type: 'Associative' }
		]);
		expect(gold).toEqual([
			{ start: 0, end: 5, name: 'Paris', lat: 33.66, lon: -95.55, type: 'Literal' },
			{ start: 7, end: 12, name: 'Texas', lat: 31, lon: -99, type: 'Associative' },
			{ start: 21, end: 26, name: 'Paris', lat: 48.86, lon: 2.35, type: 'Literal' }
		]);
		for (const t of gold) expect(text.slice(t.start, t.end)).toBe(t.name);
	});

	it('rejects a name the text does not contain, or an occurrence it lacks', () => {
		expect(() => annotate(text, [{ name: 'Lyon', lat: 45.76, lon: 4.84 }])).toThrow(/Lyon/);
		expect(() => annotate(text, [{ name: 'Texas', lat: 31, lon: -99, at: [3] }])).toThrow(
			/occurrence 3/
		);
	});

	it('every test article has gold annotations that fit its text', () => {
		const corpus = testArticleCorpus();
		expect(corpus.size).toBeGreaterThanOrEqual(11);
		for (const doc of corpus.values()) {
			expect(doc.toponyms?.length, doc.id).toBeGreaterThan(5);
			for (const t of doc.toponyms ?? []) expect(doc.text?.slice(t.start, t.end)).toBe(t.name);
		}
	});
});
