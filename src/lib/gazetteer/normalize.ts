/**
 * Name normalisation shared by the gazetteer builder (geo/) and the lookup.
 *
 * Two layers:
 * - `normalize(text)` folds characters (case, diacritics, punctuation) and keeps a map from every
 *   output character back to the original, because mentions downstream are `[start, end)` offsets
 *   into the article.
 * - `nameKey(name)` turns a place name into the key the index is built on: folded text plus
 *   token-level spelling variants (Arabic article, St./Saint, Mt./Mount, a leading "the").
 *   Builder and lookup call the same function, so any variant folded here matches both ways.
 */

import type { PlaceKind } from './types';

/** Output of {@link normalize}: the folded text and, per output character, its source offset. */
export interface Normalized {
	/** Lowercase ASCII-folded text; runs of separators collapse to one space; no leading/trailing space. */
	text: string;
	/**
	 * `offsets[i]` is the index in the original string of the character that produced `text[i]`;
	 * `offsets[text.length]` is the original length, so a span `[a, b)` of `text` maps back to
	 * `[offsets[a], offsets[b - 1] + 1)`, or use {@link originalSpan}.
	 */
	offsets: number[];
}

/**
 * A table read with words from the text: no prototype, so a word such as "constructor" or
 * "toString" finds nothing (on a plain object it finds Object's own functions).
 */
export function wordTable<V>(entries: Record<string, V>): Readonly<Record<string, V>> {
	return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}

/** Letters that Unicode decomposition does not reduce to ASCII. */
const SPECIAL: Record<string, string> = wordTable({
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ı: 'i',
	ħ: 'h',
	ŧ: 't',
	ŀ: 'l',
	ĸ: 'k'
});

/**
 * Characters deleted outright rather than turned into a space: apostrophes and the ayn/hamza
 * marks of Arabic transliteration (Karbala' / Ta'mim / Sana'a) and the dots of abbreviations
 * (N.Y., D.C., St.), so "N.Y." and "NY" fold alike.
 */
const DELETED = new Set(["'", '’', '‘', 'ʼ', 'ʻ', 'ʾ', 'ʿ', '`', '´', '.', 'ʹ']);

/** Combining marks left over by NFKD decomposition (accents, dots below, cedillas…). */
const COMBINING = /\p{M}/gu;

/** Fold one source character to zero or more output characters ('' = deleted, ' ' = separator). */
function foldChar(ch: string): string {
	if (DELETED.has(ch)) return '';
	const lower = ch.toLowerCase();
	if (/^[a-z0-9]$/.test(lower)) return lower;
	const special = SPECIAL[lower];
	if (special) return special;
	const stripped = lower.normalize('NFKD').replace(COMBINING, '').toLowerCase();
	if (stripped !== lower || stripped.length !== 1) {
		const out = [...stripped].map((c) => SPECIAL[c] ?? c).join('');
		if (/^[a-z0-9]+$/.test(out)) return out;
	}
	// Letters of other scripts are kept (folded to lower case) so non-Latin names still key
	// consistently; everything else (punctuation, symbols, spaces) separates tokens.
	return /\p{L}|\p{N}/u.test(lower) ? lower : ' ';
}

/**
 * Fold case, diacritics and punctuation, keeping the way back to the original offsets.
 *
 * @example normalize('Jurf al-Ṣakhr').text === 'jurf al sakhr'
 */
export function normalize(input: string): Normalized {
	let text = '';
	const offsets: number[] = [];
	let i = 0;
	for (const ch of input) {
		const folded = foldChar(ch);
		for (const out of folded) {
			if (out === ' ') {
				// Collapse separators and drop leading ones.
				if (text.length > 0 && !text.endsWith(' ')) {
					text += ' ';
					offsets.push(i);
				}
			} else {
				// One offset per UTF-16 unit, so offsets index `text` exactly.
				text += out;
				for (let u = 0; u < out.length; u++) offsets.push(i);
			}
		}
		i += ch.length;
	}
	if (text.endsWith(' ')) {
		text = text.slice(0, -1);
		offsets.pop();
	}
	offsets.push(input.length);
	return { text, offsets };
}

/** Folds of the characters met so far (bounded: a hostile text has a million code points). */
const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 4096;

function foldOf(ch: string): string {
	let folded = foldCache.get(ch);
	if (folded === undefined) {
		if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
		folded = foldChar(ch);
		foldCache.set(ch, folded);
	}
	return folded;
}

/** Whether `input` is ASCII letters and digits with single spaces between words ("New York"). */
function isPlain(input: string): boolean {
	const last = input.length - 1;
	for (let k = 0; k <= last; k++) {
		const c = input.charCodeAt(k);
		if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) continue;
		if (c === 32 && k > 0 && k < last && input.charCodeAt(k - 1) !== 32) continue;
		return false;
	}
	return true;
}

/**
 * `normalize(input).text` without the offsets: what keys are made of. Names are looked up far
 * more often than spans are mapped back, so this path skips the offset bookkeeping, and a plain
 * name ("New York") is only lower-cased.
 */
export function foldText(input: string): string {
	if (isPlain(input)) return input.toLowerCase();
	let text = '';
	// A separator is written only when a word follows: separators collapse, and leading and
	// trailing ones go (no trimming afterwards, a path most names never take).
	let space = false;
	for (let k = 0; k < input.length; k++) {
		// One code point, as `for…of` reads it: a surrogate pair is one character.
		const c = input.charCodeAt(k);
		const d = k + 1 < input.length ? input.charCodeAt(k + 1) : 0;
		const high = (c & 0xfc00) === 0xd800;
		const low = (d & 0xfc00) === 0xdc00;
		const width = high && low ? 2 : 1;
		// Every character goes through the one cache, ASCII too: a branch taken only for letters
		// beyond ASCII would first be met after optimisation and throw the optimised code away.
		const folded = foldOf(input.slice(k, k + width));
		k += width - 1;
		if (folded === ' ') space = text.length > 0;
		else if (folded !== '') {
			text += space ? ' ' + folded : folded;
			space = false;
		}
	}
	return text;
}

/** Map a `[start, end)` span of `normalized.text` back to a span of the original string. */
export function originalSpan(n: Normalized, start: number, end: number): [number, number] {
	if (end <= start) {
		const at = n.offsets[start] ?? n.offsets[n.offsets.length - 1] ?? 0;
		return [at, at];
	}
	const first = n.offsets[start] ?? 0;
	const last = n.offsets[end - 1] ?? first;
	// The last output char may come from a multi-unit source char (astral plane); take it whole.
	const next = n.offsets.find((o, k) => k >= end && o > last);
	return [first, next ?? last + 1];
}

/** Arabic definite article spellings that always fold to "al" (as a separate token). */
const ARTICLE_ALWAYS = new Set(['al', 'el', 'ul']);
/**
 * Sun-letter assimilations (as-Sulaymaniyah, ar-Ramadi, at-Taji, an-Najaf): folded to "al" only
 * when the next token starts with the assimilated consonant, so English "as", "at", "an" are left
 * alone.
 */
const ARTICLE_ASSIMILATED: Record<string, string> = wordTable({
	as: 's',
	ash: 'sh',
	ad: 'd',
	adh: 'dh',
	ar: 'r',
	at: 't',
	ath: 'th',
	az: 'z',
	an: 'n',
	ay: 'y'
});

/**
 * The key that longer names beginning with `key` start with. A name read word by word ends, for
 * a moment, in an article ("El" of "El Paso", "Jurf el" of "Jurf el Sakhar") that folds to "al"
 * only once a word follows it: the longer names are indexed under "al paso", not "el paso".
 *
 * @example prefixKey('el') === 'al'
 * @example prefixKey('jurf el') === 'jurf al'
 */
export function prefixKey(key: string): string {
	const sp = key.lastIndexOf(' ');
	const last = key.slice(sp + 1);
	return ARTICLE_ALWAYS.has(last) && last !== 'al' ? `${key.slice(0, sp + 1)}al` : key;
}

/** Abbreviations folded to their full word. Applies to whole tokens only. */
const TOKEN_SYNONYMS: Record<string, string> = wordTable({
	st: 'saint',
	ste: 'sainte',
	mt: 'mount',
	mte: 'monte',
	ft: 'fort'
});

/**
 * A word some rule of `canonicalTokens` reads. "constructor" is there because the tables are
 * plain objects, whose inherited `constructor` the rules see as well (a folded word is lower
 * case, so no other inherited name can occur).
 */
const RULE_WORD = new RegExp(
	`(?:^| )(?:${[
		...ARTICLE_ALWAYS,
		...Object.keys(ARTICLE_ASSIMILATED),
		...Object.keys(TOKEN_SYNONYMS),
		'the',
		'constructor'
	].join('|')})(?= |$)`
);

/** Apply the token-level spelling rules: article, abbreviations, a leading "the". */
function canonicalTokens(tokens: string[]): string[] {
	const out: string[] = [];
	for (let k = 0; k < tokens.length; k++) {
		const t = tokens[k] as string;
		const next = tokens[k + 1];
		if (ARTICLE_ALWAYS.has(t) && next !== undefined) {
			out.push('al');
			continue;
		}
		const sun = ARTICLE_ASSIMILATED[t];
		if (sun !== undefined && next !== undefined && next.startsWith(sun) && next.length > 2) {
			out.push('al');
			continue;
		}
		out.push(TOKEN_SYNONYMS[t] ?? t);
	}
	// "The Pentagon", "the Gulf": a leading article carries no identity.
	if (out.length > 1 && out[0] === 'the') out.shift();
	return out;
}

/**
 * The index key of a place name: folded, tokenised and spelling-canonicalised.
 *
 * @example nameKey('Jurf as-Sakhr') === 'jurf al sakhr'
 * @example nameKey('St. Louis') === 'saint louis'
 * @example nameKey('The Pentagon') === 'pentagon'
 */
export function nameKey(name: string): string {
	const text = foldText(name);
	if (text === '') return '';
	// One word: only an abbreviation can change it (the other rules need a next word).
	if (!text.includes(' ')) return `${TOKEN_SYNONYMS[text] ?? text}`;
	// Most names have no word the rules touch: they stay as folded.
	if (!RULE_WORD.test(text)) return text;
	return canonicalTokens(text.split(' ')).join(' ');
}

/**
 * The key with a leading Arabic article removed ("al najaf" → "najaf"), or null when there is
 * none. News drops the article as often as it keeps it, so the builder indexes both forms.
 */
export function withoutArticle(key: string): string | null {
	return key.startsWith('al ') && key.length > 5 ? key.slice(3) : null;
}

/**
 * A looser key for spelling variants that survive folding (Karbala/Kerbala, Sakhar/Sakhr,
 * Tikrit/Tekrit): per token, keep the first letter, drop later vowels, collapse doubled letters
 * and fold a few interchangeable consonant spellings. Used as a lower-ranked fallback index.
 *
 * @example looseKey('kerbala') === looseKey('karbala')
 */
export function looseKey(key: string): string {
	return key
		.split(' ')
		.map((t) => {
			if (t.length <= 2 || !/^[a-z]+$/.test(t)) return t;
			const head = t[0] as string;
			const rest = t
				.slice(1)
				.replace(/ou/g, 'u')
				.replace(/ph/g, 'f')
				.replace(/q/g, 'k')
				.replace(/ck/g, 'k')
				.replace(/[aeiouy]/g, '')
				.replace(/h(?=[^aeiou]|$)/g, '');
			return (head.replace('q', 'k') + rest).replace(/(.)\1+/g, '$1');
		})
		.join(' ');
}

/**
 * Generic words that name a kind of place. Trailing ("Karbala Province", "Cook County") or
 * leading with "of" ("Province of Karbala", "City of London"), they are read as a hint of kind
 * and the rest of the name is looked up, rather than being silently discarded.
 */
export const KIND_WORDS: Readonly<Record<string, PlaceKind>> = wordTable({
	province: 'admin1',
	governorate: 'admin1',
	state: 'admin1',
	region: 'admin1',
	oblast: 'admin1',
	prefecture: 'admin1',
	department: 'admin1',
	canton: 'admin1',
	muhafazah: 'admin1',
	muhafazat: 'admin1',
	wilayah: 'admin1',
	voivodeship: 'admin1',
	emirate: 'admin1',
	territory: 'admin1',
	county: 'admin2',
	parish: 'admin2',
	borough: 'admin2',
	district: 'admin2',
	municipality: 'admin2',
	city: 'city',
	town: 'city',
	village: 'city'
});

/** A key split into the part to look up and the kind its generic word hints at. */
export interface KindHint {
	/** The key without the generic word; equal to the input key when there was none. */
	key: string;
	/** The hinted kind, or null when the name carried no generic word. */
	kind: PlaceKind | null;
	/** The generic word that was read as the hint (e.g. "province"). */
	word: string | null;
}

/**
 * Read a generic kind word off a key ("karbala province" → key "karbala", kind admin1).
 *
 * @example splitKindHint('province of karbala') → { key: 'karbala', kind: 'admin1', word: 'province' }
 */
export function splitKindHint(key: string): KindHint {
	const tokens = key.split(' ');
	if (tokens.length >= 2) {
		const last = tokens[tokens.length - 1] as string;
		const kind = KIND_WORDS[last];
		if (kind) return { key: tokens.slice(0, -1).join(' '), kind, word: last };
	}
	if (tokens.length >= 3 && tokens[1] === 'of') {
		const first = tokens[0] as string;
		const kind = KIND_WORDS[first];
		if (kind) return { key: tokens.slice(2).join(' '), kind, word: first };
	}
	return { key, kind: null, word: null };
}
