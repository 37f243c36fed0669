/**
 * Tokeniser: words with their `[start, end)` offsets into the original text, their shape
 * (capitalised, all caps) and what separates them from the previous word (space, hyphen, comma,
 * sentence break), which is what the recogniser needs to chunk names.
 */

/** What lies between a token and the one before it. */
export type Gap = 'start' | 'none' | 'space' | 'hyphen' | 'comma' | 'break' | 'other';

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

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER = /^\p{Lu}/u;
const OPEN_QUOTE = /[“‘"']\s*$/;
const HAS_LOWER = /\p{Ll}/u;
/** Abbreviations whose dot does not end a sentence. */
const ABBREVIATIONS = new Set(
	`mr mrs ms dr st mt ft gen sen rep gov lt col capt sgt cpl jr sr inc corp co ltd vs no ave blvd rd
	 prof rev gov adm maj pvt spc cmdr ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md
	 mass mich minn miss mo mont neb nebr nev okla ore oreg pa penn tenn tex vt va wash wis wisc wyo
	 alta man nfld ont que sask
	 jan feb mar apr jun jul aug sep sept oct nov dec e g i`.split(/\s+/)
);

const SPACE = { gap: 'space' as Gap, sentStart: false };
const NONE = { gap: 'none' as Gap, sentStart: false };

function classifyGap(gap: string, prevAbbrev: boolean): { gap: Gap; sentStart: boolean } {
	if (gap === ' ') return SPACE;
	if (gap === '') return NONE;
	if (/^[ \t\u00a0]+$/.test(gap)) return { gap: 'space', sentStart: false };
	if (gap === '-' || gap === '‑') return { gap: 'hyphen', sentStart: false };
	if (/[\n\r]/.test(gap)) return { gap: 'break', sentStart: true };
	const endsSentence = /[!?;:]/.test(gap) || (/\./.test(gap) && !prevAbbrev);
	if (endsSentence) return { gap: 'break', sentStart: true };
	// An opening quote or bracket starts a new stretch where capitals prove nothing.
	const quote = /[“"‘«([]/.test(gap);
	if (/^[ \t]*[,][ \t]*$/.test(gap)) return { gap: 'comma', sentStart: false };
	return { gap: 'other', sentStart: quote };
}

/** First character is an upper-case letter (ASCII fast path). */
function isUpperStart(word: string): boolean {
	const c = word.charCodeAt(0);
	if (c < 128) return c >= 65 && c <= 90;
	return UPPER.test(word);
}

/** Split `text` into word tokens. Never throws; offsets are UTF-16 offsets into `text`. */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	let prevEnd = 0;
	let prevAbbrev = false;
	WORD.lastIndex = 0;
	for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
		let word = m[0];
		const start = m.index;
		let possessive = false;
		// "Iran's" → "Iran" + possessive; "O'Hare" stays whole.
		const last = word.charCodeAt(word.length - 1);
		const apos = word.charCodeAt(word.length - 2);
		if (word.length > 2 && (last === 115 || last === 83) && (apos === 39 || apos === 0x2019)) {
			word = word.slice(0, -2);
			possessive = true;
		}
		let end = start + word.length;
		const lower = word.toLowerCase();
		const lowerBare =
			lower.includes("'") || lower.includes('’') || lower.includes('.')
				? lower.replace(/['’.]/g, '')
				: lower;
		const cap = isUpperStart(word);
		// Keep an abbreviation's dot in the token ("St.", "Ga.") so names key as they are indexed.
		if (!possessive && text[end] === '.' && !word.includes('.')) {
			if (ABBREVIATIONS.has(lowerBare) || (word.length === 1 && cap)) end += 1;
		}
		const tokenText = text.slice(start, end);
		// Most gaps are one space: classify those without slicing.
		const oneSpace = start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32;
		const gapText = oneSpace ? ' ' : text.slice(prevEnd, start);
		const { gap, sentStart } =
			tokens.length === 0
				? { gap: 'start' as Gap, sentStart: true }
				: classifyGap(gapText, prevAbbrev);
		tokens.push({
			start,
			end,
			text: tokenText,
			lower: lowerBare,
			cap,
			allCaps: cap && word.length >= 2 && word === word.toUpperCase() && !HAS_LOWER.test(word),
			sentStart,
			titleLine: false,
			gap,
			quoted: gap === 'other' && OPEN_QUOTE.test(gapText),
			ampersand: gap === 'other' && gapText.includes('&'),
			possessive
		});
		prevAbbrev = end > start + word.length || word.includes('.');
		prevEnd = possessive ? start + word.length + 2 : end;
	}
	markTitleLines(tokens);
	return tokens;
}

/** Flag runs between breaks where nearly every longer word is capitalised (headlines). */
function markTitleLines(tokens: Token[]): void {
	let from = 0;
	for (let i = 1; i <= tokens.length; i++) {
		const t = tokens[i];
		if (t !== undefined && t.gap !== 'break') continue;
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
