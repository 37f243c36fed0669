/**
 * "Plaza de Mayo", "Bairro Alto", "Cabo da Roca": a feature word of another language before the
 * name (and its connector) makes the name part of the feature's, which the gazetteer does not
 * hold; the name alone is a namesake elsewhere (Mayo, Maryland; Alto, Texas). Known features
 * with such a word ("Monte Carlo", "Puerto Rico") are read whole by the scanner before this.
 */

import type { Token } from '../tokenize';
import type { RejectInput, RejectRule } from './input';

/** Words that open the name of a square, a quarter, a street, a cape, a park… */
const FEATURE_WORDS = new Set(
	`plaza praça praca piazza piazzale platz plac placa plaça bairro barrio rua avenida calle
carrer viale cabo capo cerro monte lago isla ilha playa praia parque parc largo ponte puente
estadio stade castelo castillo palacio palazzo puerta porta torre quinta colonia`.split(/\s+/)
);

/** Lower-case connectors between such a word and the name ("de", "da", "del"). */
const CONNECTORS = new Set([
	'de',
	'da',
	'do',
	'dos',
	'das',
	'del',
	'della',
	'di',
	'du',
	'des',
	'la'
]);

const featureWord = (t: Token | undefined) =>
	t !== undefined && t.cap && FEATURE_WORDS.has(t.lower);

/** The feature word itself, before a capitalised name or a connector and one ("Plaza de Mayo"). */
function opensFeature(x: RejectInput): boolean {
	const after = x.after;
	if (x.words !== 1 || !featureWord(x.first) || after === undefined || after.gap !== 'space')
		return false;
	if (after.cap) return true;
	const next = x.tokens[x.span.to + 1];
	return CONNECTORS.has(after.lower) && next !== undefined && next.cap && next.gap === 'space';
}

/**
 * The first token of the feature a name rejected by this rule belongs to ("Plaza" of "Plaza de
 * Mayo" for the span at `from`), or -1 when the span opens the feature itself.
 */
export function featureStart(tokens: Token[], from: number): number {
	const prev = tokens[from - 1];
	if (featureWord(prev)) return from - 1;
	return prev !== undefined && CONNECTORS.has(prev.lower) && featureWord(tokens[from - 2])
		? from - 2
		: -1;
}

function test(x: RejectInput): boolean {
	if (opensFeature(x)) return true;
	const prev = x.prev;
	if (prev === undefined || x.first.gap !== 'space') return false;
	if (featureWord(prev)) return true;
	return (
		!prev.cap &&
		CONNECTORS.has(prev.lower) &&
		prev.gap === 'space' &&
		featureWord(x.tokens[x.span.from - 2])
	);
}

export const featureWordBefore: RejectRule = {
	id: 'reject/feature-word-before',
	description: 'a feature word of another language opens the name ("Plaza de Mayo", "Bairro Alto")',
	reason: 'part-of-name',
	test
};
