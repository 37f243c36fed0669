/**
 * Tokeniser: words with their `[start, end)` offsets into the original text, their shape
 * (capitalised, all caps) and what separates them from the previous word (space, hyphen, comma,
 * sentence break), which is what the recogniser needs to chunk names.
 */

import { ABBREVIATIONS, classifyGap, GAP, SPACE, type Gap, type GapClass } from './gaps';
import { charWidth, wordEnd } from './words';

/** What lies between a token and the one before it. */
export type { Gap } from './gaps';

export interface Token {
	start: number;
	end: number;
	text: string;
	/** Lower case, dots and apostrophes removed ("U.S." → "us", "St." → "st"). */
	lower: string;
	/** First character is an upper-case letter. */
	cap: boolean;
	/** Every letter upper case and at least two letters ("US", "NATO", "U.S."). */
	allCaps: boolean;
	/** First word of a sentence, a line or a quotation: capitalisation there proves nothing. */
	sentStart: boolean;
	/** Inside a line whose words are nearly all capitalised (a headline): same. */
	titleLine: boolean;
	gap: Gap;
	/** An opening quotation mark stands between this token and the previous one. */
	quoted: boolean;
	/** An ampersand stands between this token and the previous one ("Stevens & Wilkinson"). */
	ampersand: boolean;
	/** Followed by a possessive 's (removed from the token: "Iran's" → "Iran"). */
	possessive: boolean;
}

const UPPER = /^\p{Lu}/u;
const OPEN_QUOTE = /[“‘"']\s*$/;
const HAS_LOWER = /\p{Ll}/u;

/** First character is an upper-case letter (ASCII fast path). */
function isUpperStart(word: string): boolean {
	const c = word.charCodeAt(0);
	if (c < 128) return c >= 65 && c <= 90;
	return UPPER.test(word);
}

/** What one pass over a word's characters tells (bits). */
const HAS_UPPER_ASCII = 1;
const HAS_LOWER_ASCII = 2;
const BEYOND_ASCII = 4;
const HAS_DOT = 8;
/** An apostrophe or a dot: removed from the lower-case form. */
const HAS_MARK = 16;
/**
 * A right single quotation mark used as an apostrophe: both bits, combined once here. Combined
 * where it is met, rare as it is, the `|` would have no type feedback when the tokenizer is
 * optimised, and the first one met afterwards would throw the optimised tokenizer away.
 */
const CURLY_MARK = HAS_MARK | BEYOND_ASCII;

/** Shape bits of each ASCII character (letters, the dot, the apostrophe; 0 for the rest). */
const ASCII_SHAPE = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII_SHAPE[c] = HAS_UPPER_ASCII;
for (let c = 97; c <= 122; c++) ASCII_SHAPE[c] = HAS_LOWER_ASCII;
ASCII_SHAPE[46] = HAS_DOT | HAS_MARK;
ASCII_SHAPE[39] = HAS_MARK;

/**
 * The shape bits of a word. The same operations for every character, read from a table: a
 * branch first taken after the tokenizer is optimised (an apostrophe, a letter beyond ASCII)
 * would throw the optimised tokenizer away, and unseen text meets such words late.
 */
function shapeOf(word: string): number {
	let bits = 0;
	for (let k = 0; k < word.length; k++) {
		const c = word.charCodeAt(k);
		const wide = c >= 128;
		const curly = c === 0x2019;
		bits |= wide ? (curly ? CURLY_MARK : BEYOND_ASCII) : (ASCII_SHAPE[c] as number);
	}
	return bits;
}

/** Lower case without dots and apostrophes ("U.S." → "us", "O’Hare" → "ohare"). */
function bareLower(word: string, shape: number): string {
	const lower = shape & (HAS_UPPER_ASCII | BEYOND_ASCII) ? word.toLowerCase() : word;
	return shape & HAS_MARK ? lower.replace(/['’.]/g, '') : lower;
}

/** Every letter upper case and at least two letters ("US", "NATO", "U.S."). */
function isAllCaps(word: string, shape: number): boolean {
	if (word.length < 2) return false;
	if (shape & BEYOND_ASCII) return word === word.toUpperCase() && !HAS_LOWER.test(word);
	return (shape & HAS_LOWER_ASCII) === 0;
}

/** Shape bits of ASCII word characters, and WORD_CHAR for every one of them (digits too). */
const WORD_CHAR = 32;
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = WORD_CHAR;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = WORD_CHAR | HAS_UPPER_ASCII;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = WORD_CHAR | HAS_LOWER_ASCII;

/** `asciiWord` found no word at the position (an ASCII character that starts none). */
const NOT_A_WORD = -1;
/** `asciiWord` leaves the position to the general scanner. */
const GENERAL = -2;
/** Where the word `asciiWord` read ends. */
let scanEnd = 0;

/**
 * Read an ASCII word at `i` as words.ts would: letters and digits, with apostrophes inside
 * ("O'Hare"). Returns its shape bits and sets `scanEnd`, or NOT_A_WORD, or GENERAL when the word
 * may be initials ("U.S.") or touches a character beyond ASCII, which only the general scanner
 * classifies.
 */
function asciiWord(text: string, i: number): number {
	// Reads stay inside the text: a read past the end would cost the optimised code a bailout.
	const n = text.length;
	const c = text.charCodeAt(i);
	if (c >= 128) return GENERAL;
	let bits = ASCII_WORD[c] as number;
	if (bits === 0) return NOT_A_WORD;
	if (bits & HAS_UPPER_ASCII && i + 1 < n && text.charCodeAt(i + 1) === 46) return GENERAL;
	let j = i + 1;
	while (j < n) {
		const d = text.charCodeAt(j);
		const k = d < 128 ? (ASCII_WORD[d] as number) : 0;
		if (k !== 0) {
			bits |= k;
			j++;
			continue;
		}
		if (d === 39 || d === 0x2019) {
			// An apostrophe goes on with the word only before more of it.
			if (j + 1 >= n) break;
			const e = text.charCodeAt(j + 1);
			if (e >= 128) return GENERAL;
			if ((ASCII_WORD[e] as number) === 0) break;
			bits |= d === 39 ? HAS_MARK : CURLY_MARK;
			j++;
			continue;
		}
		if (d >= 128) return GENERAL;
		break;
	}
	scanEnd = j;
	return bits & ~WORD_CHAR;
}

/** Split `text` into word tokens. Never throws; offsets are UTF-16 offsets into `text`. */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	let prevEnd = 0;
	let prevAbbrev = false;
	for (let start = 0, wordTo = 0; start < text.length; start = wordTo) {
		// Most words are ASCII: read those here, their shape on the way; the rest (initials,
		// words with letters, marks or apostrophes beyond ASCII) in words.ts.
		let shape = asciiWord(text, start);
		if (shape === NOT_A_WORD) {
			wordTo = start + 1;
			continue;
		}
		if (shape === GENERAL) {
			// The character's width is asked for every word here, not only when none starts: a call
			// first made after the tokenizer is optimised would throw the optimised code away.
			const charTo = start + charWidth(text, start);
			wordTo = wordEnd(text, start);
			if (wordTo < 0) {
				wordTo = charTo;
				continue;
			}
		} else wordTo = scanEnd;
		let word = text.slice(start, wordTo);
		let possessive = false;
		// "Iran's" → "Iran" + possessive; "O'Hare" stays whole.
		const last = word.charCodeAt(word.length - 1);
		const apos = word.length > 2 ? word.charCodeAt(word.length - 2) : 0;
		if ((last === 115 || last === 83) && (apos === 39 || apos === 0x2019)) {
			word = word.slice(0, -2);
			possessive = true;
			shape = -1;
		}
		if (shape < 0) shape = shapeOf(word);
		let end = start + word.length;
		const lowerBare = bareLower(word, shape);
		const cap = isUpperStart(word);
		const dotted = (shape & HAS_DOT) !== 0;
		// Keep an abbreviation's dot in the token ("St.", "Ga.") so names key as they are indexed.
		if (!possessive && !dotted && end < text.length && text.charCodeAt(end) === 46) {
			if (ABBREVIATIONS.has(lowerBare) || (word.length === 1 && cap)) end += 1;
		}
		const tokenText = end === start + word.length ? word : text.slice(start, end);
		// Most gaps are one space: classify those without slicing.
		let g: GapClass;
		let gapText = ' ';
		if (tokens.length === 0) g = FIRST;
		else if (start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32) g = SPACE;
		else {
			gapText = text.slice(prevEnd, start);
			g = classifyGap(gapText, prevAbbrev);
		}
		const other = g.gap === 'other';
		tokens.push({
			start,
			end,
			text: tokenText,
			lower: lowerBare,
			cap,
			allCaps: cap && isAllCaps(word, shape),
			sentStart: g.sentStart,
			titleLine: false,
			gap: g.gap,
			quoted: other && OPEN_QUOTE.test(gapText),
			ampersand: other && gapText.includes('&'),
			possessive
		});
		prevAbbrev = end > start + word.length || dotted;
		prevEnd = possessive ? start + word.length + 2 : end;
	}
	markTitleLines(text, tokens);
	return tokens;
}

const FIRST = GAP('start', true);

/** Whether a line ends between two tokens (a sentence's full stop is a break, not a line's end). */
function lineBetween(text: string, a: Token, b: Token): boolean {
	for (let k = a.end; k < b.start; k++) {
		const c = text.charCodeAt(k);
		if (c === 10 || c === 13) return true;
	}
	return false;
}

/**
 * Flag lines where nearly every longer word is capitalised (headlines). Lines, not sentences: a
 * body sentence dense with names ("Officials met in Cologne on Monday, and later in Bonn.") is
 * not a headline, and its names are capitalised for a reason.
 */
function markTitleLines(text: string, tokens: Token[]): void {
	let from = 0;
	for (let i = 1; i <= tokens.length; i++) {
		const t = tokens[i];
		if (t !== undefined && (t.gap !== 'break' || !lineBetween(text, tokens[i - 1] as Token, t)))
			continue;
		let words = 0;
		let caps = 0;
		for (let k = from; k < i; k++) {
			const w = tokens[k] as Token;
			if (w.text.length <= 3) continue;
			words++;
			if (w.cap) caps++;
		}
		if (words >= 3 && caps / words >= 0.75) {
			for (let k = from; k < i; k++) (tokens[k] as Token).titleLine = true;
		}
		from = i;
	}
}
