/**
 * The word scanner behind `tokenize` is a hand-written form of one regular expression; it must
 * find exactly the words that expression finds, on any string.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charWidth, wordEnd } from '../../../src/lib/geoparse/words';

/** The specification: what a word is. */
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

const byPattern = (text: string) => [...text.matchAll(WORD)].map((m) => [m.index, m[0].length]);

function byScanner(text: string): number[][] {
	const words: number[][] = [];
	for (let i = 0; i < text.length;) {
		const end = wordEnd(text, i);
		if (end < 0) i += charWidth(text, i);
		else {
			words.push([i, end - i]);
			i = end;
		}
	}
	return words;
}

/** Characters where the two could part: initials, apostrophes, marks, digits, astral letters. */
const PIECES = [
	...`aZ09 .,'’-‑"“()&\t\néÉßİıǅ\u0301\u0663—…`,
	'U.S.',
	"'s",
	'𝐀',
	'𝐚',
	'😀',
	'\ud835',
	'\udc00'
];

describe('words', () => {
	it('finds initials, inner apostrophes and letters of every script', () => {
		const text = "U.S. envoy O’Hare Iran's 2020 𝐀bc Łódź A.B";
		const found = byScanner(text).map(([s, n]) => text.slice(s, (s as number) + (n as number)));
		expect(found).toEqual(['U.S.', 'envoy', 'O’Hare', "Iran's", '2020', '𝐀bc', 'Łódź', 'A', 'B']);
	});

	it('finds what the pattern finds, on any string', () => {
		const text = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 40 }),
			fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''))
		);
		fc.assert(
			fc.property(text, (s) => {
				expect(byScanner(s)).toEqual(byPattern(s));
			}),
			{ numRuns: 3000 }
		);
	});
});
