/**
 * Where words are: the scanner behind `tokenize`. A word is what this pattern matches, with the
 * same leftmost-first choice a regular expression makes:
 *
 *     (?:\p{Lu}\.){2,} | [\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}\p{N}]+)*
 *
 * ("U.S.", "O’Hare", "Iran's", "2020"). Written out over character codes because a text has as
 * many words as it has tokens: the regular expression's match objects and its Unicode classes
 * cost more than the rest of tokenising. Characters beyond ASCII are classified by the same
 * Unicode properties, once per code point.
 */

const LETTER = 1;
const UPPER = 2;
const NUMBER = 4;
const MARK = 8;
const KNOWN = 128;

const IS_LETTER = /^\p{L}$/u;
const IS_UPPER = /^\p{Lu}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_MARK = /^\p{M}$/u;

function classify(cp: number): number {
	const ch = String.fromCodePoint(cp);
	return (
		(IS_LETTER.test(ch) ? LETTER : 0) |
		(IS_UPPER.test(ch) ? UPPER : 0) |
		(IS_NUMBER.test(ch) ? NUMBER : 0) |
		(IS_MARK.test(ch) ? MARK : 0)
	);
}

/** Classes of the Basic Multilingual Plane, filled in as characters are met. */
const BMP = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) BMP[c] = classify(c) | KNOWN;

/** The classes of code point `cp`. */
function classOf(cp: number): number {
	if (cp >= 0x10000) return classify(cp);
	const k = BMP[cp] as number;
	if (k !== 0) return k;
	const computed = classify(cp) | KNOWN;
	BMP[cp] = computed;
	return computed;
}

/** The code point at `i` (a lone surrogate is its own code point, as in a /u pattern). */
function codePointAt(text: string, i: number): number {
	const c = text.charCodeAt(i);
	if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return c;
	const d = text.charCodeAt(i + 1);
	return d >= 0xdc00 && d <= 0xdfff ? ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000 : c;
}

const width = (cp: number) => (cp >= 0x10000 ? 2 : 1);

/** End of the run of letters, marks and digits from `i`. */
function runEnd(text: string, i: number): number {
	while (i < text.length) {
		const cp = codePointAt(text, i);
		if ((classOf(cp) & (LETTER | MARK | NUMBER)) === 0) break;
		i += width(cp);
	}
	return i;
}

/** End of the word that starts at `i`, or -1 when none does. */
export function wordEnd(text: string, i: number): number {
	const cp = codePointAt(text, i);
	const k = classOf(cp);
	if ((k & (LETTER | NUMBER)) === 0) return -1;
	// Initials: two or more of "capital, full stop".
	if (k & UPPER) {
		let j = i;
		let pairs = 0;
		while (j < text.length) {
			const c = codePointAt(text, j);
			const w = width(c);
			if (!(classOf(c) & UPPER) || j + w >= text.length || text.charCodeAt(j + w) !== 46) break;
			pairs++;
			j += w + 1;
		}
		if (pairs >= 2) return j;
	}
	let end = runEnd(text, i + width(cp));
	// Apostrophes inside a word, each followed by more of it.
	for (;;) {
		if (end + 1 >= text.length) return end;
		const a = text.charCodeAt(end);
		if (a !== 39 && a !== 0x2019) return end;
		const next = codePointAt(text, end + 1);
		if ((classOf(next) & (LETTER | MARK | NUMBER)) === 0) return end;
		end = runEnd(text, end + 1);
	}
}

/** How many code units the character at `i` takes (to step over what is no word). */
export function charWidth(text: string, i: number): number {
	return width(codePointAt(text, i));
}
