/**
 * Datelines: a name in capitals opening a line before a dash, a parenthesis or a comma
 * ("HUME – The board met", "CHATTANOOGA (AP) —"), and the wire's own ("DUBLIN (Reuters) -",
 * "ROTTERDAM 1996-08-22"), which name a city that needs no qualifier.
 */

import type { Span } from '../record';
import type { Token } from '../tokenize';
import type { EvidenceRule } from './mention';

export const wireDateline: EvidenceRule = {
	id: 'evidence/wire-dateline',
	description:
		'a wire dateline with no qualifier ("DUBLIN (Reuters) -") names a city that needs none',
	// "DUBLIN (Reuters) -": a wire service's dateline with no state or country after it names
	// a city that needs none (wire style qualifies every other one: "MARIETTA, Ga. (AP)").
	// A local paper's own dateline is not read so: "COLUMBUS -" there is its own town.
	// So does a dateline with a date after it ("ROTTERDAM 1996-08-22"), the wire's other style.
	mention: (m, g) => {
		const wire = (dateline(m.span, m.tokens) && wireTag(m.text, m.span, m.tokens)) || m.dated;
		if (!m.records[m.i]?.qualifier && wire) g.standalone = true;
	},
	holds: (g) => g.standalone
};

/**
 * Whether the mention is a dateline: a name in capitals opening a paragraph or sentence, before a
 * dash, a parenthesis or a comma ("HUME – The board met", "CHATTANOOGA (AP) —", "MACON, Ga.").
 */
export function dateline(span: Span, tokens: Token[]): boolean {
	const first = tokens[span.from] as Token;
	const after = tokens[span.to];
	if ((first.gap !== 'break' && first.gap !== 'start') || !after) return false;
	if (after.gap !== 'other' && after.gap !== 'comma') return false;
	for (let k = span.from; k < span.to; k++) if (!(tokens[k] as Token).allCaps) return false;
	return true;
}

/**
 * A date after a dateline on its line: "1996-08-22", "Aug 22", "August 22", "22 Aug". Wire
 * services date their datelines ("BAGHDAD 1996-08-22"); a local paper's own town line is not.
 */
const DATE_AFTER =
	/^[ \t]+(?:\d{4}-\d\d-\d\d|(?:\d{1,2} )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?: \d{1,2})?\b)/i;

/**
 * Whether the mention is a wire dateline with a date and nothing else before it: a name in
 * capitals opening a line, then the date ("ROTTERDAM 1996-08-22", "TOKYO, Aug 22").
 */
export function datedLine(text: string, span: Span, tokens: Token[]): boolean {
	const first = tokens[span.from] as Token;
	if (first.gap !== 'break' && first.gap !== 'start') return false;
	for (let k = span.from; k < span.to; k++) if (!(tokens[k] as Token).allCaps) return false;
	const end = (tokens[span.to - 1] as Token).end;
	let from = end;
	if (text.charCodeAt(from) === 44) from++;
	return DATE_AFTER.test(text.slice(from, from + 24));
}

/** A wire service's tag after a dateline: "(Reuters)", "(AP)", "(AFP)". */
const WIRE_TAG = /^\s*\(\s*\p{Lu}[\p{L}.-]*\s*\)/u;

/** Whether the mention, a dateline, is followed by a wire service's tag. */
function wireTag(text: string, span: Span, tokens: Token[]): boolean {
	const last = tokens[span.to - 1] as Token;
	return WIRE_TAG.test(text.slice(last.end, last.end + 24));
}
