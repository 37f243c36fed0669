/**
 * Word tests about people's names shared by the reject rules and the surname collector: a word
 * that looks like a surname, a first name in any case, an initial, a saint.
 */

import { commonWordRank, FIRST_NAME, isGenericNoun, NEVER_PLACES } from '../lexicon/index';
import type { Token } from '../tokenize';

/**
 * A word that looks like a surname: capitalised and not an ordinary word ("Esper", "McKenzie"),
 * nor a day, a month or a faith ("in Alexandria Friday night").
 */
export const surnameLike = (t: Token) =>
	t.cap &&
	!t.allCaps &&
	commonWordRank(t.lower) > 3000 &&
	!isGenericNoun(t.lower) &&
	!NEVER_PLACES.has(t.lower);

const INITIAL = /^\p{Lu}\.$/u;
export const isInitial = (t: Token | undefined) => t !== undefined && INITIAL.test(t.text);

/** Words after a surname: "Robert McDonald Jr.", "John M. McDonald III". */
export const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** "St.", "St", "Saint", "Ste.": the word that makes the next one a saint's name. */
export const SAINT = new Set(['st', 'saint', 'ste', 'sainte']);

/** Whether tokens `k`, `k + 1` are a saint's name ("St. Anne", "Saint Joseph"). */
export function saintAt(tokens: Token[], k: number): boolean {
	const st = tokens[k];
	const name = tokens[k + 1];
	return st !== undefined && name !== undefined && SAINT.has(st.lower) && FIRST_NAME.has(name.text);
}

/**
 * A first name as written, or in capitals ("By SARAH MILLER"): bylines and headlines set names in
 * capitals, and the surname after it is then no town.
 */
export function firstNameAnyCase(t: Token): boolean {
	return (
		FIRST_NAME.has(t.text) || (t.allCaps && FIRST_NAME.has(t.text.charAt(0) + t.lower.slice(1)))
	);
}
