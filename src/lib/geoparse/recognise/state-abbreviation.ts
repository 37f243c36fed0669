/**
 * "Macon, Ga.", "Macon, GA", "Barrie, Ont.": the US state or Canadian province a token
 * abbreviates after a town and a comma (or a party tag), read as the division itself.
 */

import type { MemoGazetteer } from '../memo';
import type { Place } from '../../gazetteer/index';
import { CA_PROVINCE_ABBREVIATIONS, DEGREES, US_STATE_ABBREVIATIONS } from '../lexicon/index';
import type { RuleInfo } from '../record';
import type { Token } from '../tokenize';
import { afterPartyTag } from './party-tag';

export const stateAbbreviationRule: RuleInfo = {
	id: 'recognise/state-abbreviation',
	description: 'a state or province abbreviation after a town and a comma ("Macon, Ga.")'
};

/** A division's id by the abbreviation news writes, dotted ("Ga.", "Ont."): provinces win a tie. */
const DOTTED_DIVISIONS = new Map<string, string>([
	...Object.entries(US_STATE_ABBREVIATIONS).map(([a, code]): [string, string] => [
		a,
		`admin1:US.${code}`
	]),
	...Object.entries(CA_PROVINCE_ABBREVIATIONS).map(([a, code]): [string, string] => [
		a,
		`admin1:CA.${code}`
	])
]);
/** Undotted, only a state's two capitals ("GA"): "ON", "BC" alone are too often other things. */
const CAPITAL_DIVISIONS = new Map<string, string>(
	Object.entries(US_STATE_ABBREVIATIONS).map(([a, code]): [string, string] => [
		a,
		`admin1:US.${code}`
	])
);
const NO_DIVISIONS = new Map<string, string>();

/**
 * The US state or Canadian province a token abbreviates after a town and a comma ("Macon, Ga.",
 * "Macon, GA", "Barrie, Ont."). Every form goes through the same reads, table and call: a form
 * met first after the recogniser is optimised (a province, capitals without a dot) would
 * otherwise reach code the optimiser has no feedback for, and throw the optimised code away.
 */
export function stateAbbreviation(tokens: Token[], i: number, gaz: MemoGazetteer): Place | null {
	const t = tokens[i] as Token;
	const prev = tokens[i - 1];
	if (!prev || !prev.cap || !(t.gap === 'comma' || afterPartyTag(tokens, i))) return null;
	// "Jane Doe, M.D.": a degree after a person's name, not Maryland ("Md."): in initials, with a
	// dot after each letter, only degrees collide with states' dotted abbreviations.
	const degree = DEGREES.has(t.text);
	const dotted = t.text.endsWith('.') && !degree;
	const pair = t.text.length === 2;
	const capitals = t.allCaps && pair;
	const table = dotted ? DOTTED_DIVISIONS : capitals ? CAPITAL_DIVISIONS : NO_DIVISIONS;
	const id = table.get(t.lower);
	// No id is never one: the memo answers '' at once.
	const place = gaz.byId(id ?? '');
	return id === undefined ? null : place;
}
