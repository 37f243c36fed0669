/**
 * The tokenizer's gaps (part of its hot kernel): what separates two words, classified in one
 * pass over the gap's characters, and the abbreviations whose dot ends no sentence.
 */

/** What lies between a token and the one before it. */
export type Gap = 'start' | 'none' | 'space' | 'hyphen' | 'comma' | 'break' | 'other';

/** Abbreviations whose dot does not end a sentence. */
export const ABBREVIATIONS = new Set(
	`mr mrs ms dr st ste mt ft gen sen sens rep reps gov lt col capt sgt cpl const jr sr inc corp co ltd vs
	 no ave blvd rd twp
	 prof rev gov adm maj pvt spc cmdr ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md
	 mass mich minn miss mo mont neb nebr nev okla ore oreg pa penn tenn tex vt va wash wis wisc wyo
	 alta man nfld ont que sask
	 jan feb mar apr jun jul aug sep sept oct nov dec e g i`.split(/\s+/)
);

/** The classification of a gap, one shared object per outcome (tokens copy the fields). */
export interface GapClass {
	gap: Gap;
	sentStart: boolean;
}
export const GAP = (gap: Gap, sentStart: boolean): GapClass => ({ gap, sentStart });
export const SPACE = GAP('space', false);
const NONE = GAP('none', false);
const HYPHEN = GAP('hyphen', false);
const BREAK = GAP('break', true);
const COMMA = GAP('comma', false);
const OTHER = GAP('other', false);
const OTHER_QUOTE = GAP('other', true);

/**
 * What separates two words. One pass over the gap's characters, no regular expression: a text
 * has as many gaps as words, and most are a space, a comma or a full stop.
 */
export function classifyGap(gap: string, prevAbbrev: boolean): GapClass {
	const n = gap.length;
	if (n === 0) return NONE;
	const c0 = gap.charCodeAt(0);
	if (n === 1) {
		// The common one-character gaps.
		if (c0 === 32 || c0 === 9 || c0 === 0xa0) return SPACE;
		if (c0 === 45 || c0 === 0x2011) return HYPHEN;
		if (c0 === 44) return COMMA;
	}
	let blank = true; // only spaces, tabs, no-break spaces
	let lineBreak = false;
	let stop = false; // ! ? ; :
	let dot = false;
	let quote = false; // an opening quote or bracket
	let commas = 0;
	let other = false; // anything but spaces, tabs and commas
	for (let k = 0; k < n; k++) {
		const c = gap.charCodeAt(k);
		if (c === 32 || c === 9) continue;
		if (c === 0xa0) {
			other = true;
			continue;
		}
		blank = false;
		if (c === 44) {
			commas++;
			continue;
		}
		other = true;
		if (c === 10 || c === 13) lineBreak = true;
		else if (c === 33 || c === 63 || c === 59 || c === 58) stop = true;
		else if (c === 46) dot = true;
		else if (c === 0x201c || c === 34 || c === 0x2018 || c === 0xab || c === 40 || c === 91)
			quote = true;
	}
	if (blank) return SPACE;
	if (lineBreak) return BREAK;
	if (stop || (dot && !prevAbbrev)) return BREAK;
	if (commas === 1 && !other) return COMMA;
	return quote ? OTHER_QUOTE : OTHER;
}
