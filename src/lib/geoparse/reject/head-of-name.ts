/**
 * "Eldorado do Sul", "Salto do Jacuí", "Porto de Galinhas": a name followed by a connector of
 * another language and a capitalised word is the head of a longer name, which the scanner would
 * have read whole had the gazetteer held it. Alone the head is a namesake elsewhere (Eldorado in
 * Mato Grosso do Sul, Salto in São Paulo), and so is its tail (the Jacuí River for "Salto do
 * Jacuí"), so the longer name is kept unresolved instead.
 */

import type { Token } from '../tokenize';
import type { RejectInput, RejectRule } from './input';

/** Connectors inside Portuguese, Spanish, Italian and French place names. */
const CONNECTORS = new Set(['do', 'da', 'dos', 'das', 'de', 'del', 'della', 'di', 'du', 'des']);

/**
 * Connectors after which a known name is read as a tail: Portuguese ones. After "de", "du" a
 * name stands in English news as often on its own (a person's title, a French phrase).
 */
const TAIL_CONNECTORS = new Set(['do', 'da', 'dos', 'das']);

/** How many capitalised words after the connector a longer name takes at most. */
const MAX_TAIL = 3;

/**
 * The end (exclusive token index) of the longer name whose head ends before token `to`, or -1
 * when no connector and capitalised word follow.
 */
export function longerNameEnd(tokens: Token[], to: number): number {
	const connector = tokens[to];
	if (connector === undefined || connector.cap || connector.gap !== 'space') return -1;
	if (!CONNECTORS.has(connector.lower)) return -1;
	let end = to + 1;
	while (end < tokens.length && end - to <= MAX_TAIL) {
		const t = tokens[end] as Token;
		if (!t.cap || (t.gap !== 'space' && t.gap !== 'hyphen')) break;
		end++;
	}
	return end > to + 1 ? end : -1;
}

/** The span ends a longer name after its connector and a name ("Jacuí" of "Salto do Jacuí"). */
function tailOf(x: RejectInput): boolean {
	const connector = x.prev;
	const head = x.tokens[x.span.from - 2];
	return (
		connector !== undefined &&
		head !== undefined &&
		head.cap &&
		x.covered[x.span.from - 2] === 1 &&
		!connector.cap &&
		connector.gap === 'space' &&
		x.first.gap === 'space' &&
		TAIL_CONNECTORS.has(connector.lower)
	);
}

export const headOfName: RejectRule = {
	id: 'reject/head-of-name',
	description:
		'a connector and a capitalised word after or before the name make it part of a longer one ("Eldorado do Sul")',
	reason: 'part-of-name',
	test: (x: RejectInput) =>
		(longerNameEnd(x.tokens, x.span.to) >= 0 || tailOf(x)) && !x.isMajor(x.span)
};
