/**
 * Kind words around a name that say which namesake is meant without being part of its name:
 * "the city of Turkey" before it, "Karbala province" after it. Both become a hint in the lookup
 * query; the mention covers the name only.
 */

import { KIND_WORDS } from '../../gazetteer/index';
import type { RuleInfo } from '../record';
import type { Token } from '../tokenize';
import { ENDING_BITS, type Pick } from './pick';

export const kindLead: RuleInfo = {
	id: 'recognise/kind-lead',
	description: '"the city of X": the kind word before is a hint for the lookup of X'
};

export const kindTail: RuleInfo = {
	id: 'recognise/kind-tail',
	description: '"Karbala province": a division word in lower case after is a hint for the lookup'
};

export const nameAfterLead: RuleInfo = {
	id: 'recognise/name-after-lead',
	description: '"the City of Paris" names Paris: the mention starts after the lead'
};

/** The lower-case kind word of "the city of X" before token `i`, or null. */
function kindLeadBefore(tokens: Token[], i: number): string | null {
	// No read before the first token: an index out of bounds throws the optimised code away.
	if (i < 2) return null;
	const of = tokens[i - 1] as Token;
	const kind = tokens[i - 2] as Token;
	if (of.lower !== 'of' || (tokens[i] as Token).gap !== 'space') return null;
	return !kind.cap && KIND_WORDS[kind.lower] !== undefined ? kind.lower : null;
}

/**
 * The kind word before the name is a hint for the lookup, unless the name has its own ("the
 * main town of Turkana County": the lead names what lies in it); a division word in lower case
 * after the name ("Karbala province", "the Donetsk region") is no part of it but says which
 * namesake is meant. Not "city" or "town": "Boise city council" is Boise's, not Boise City's.
 */
export function readKindWords(tokens: Token[], i: number, pick: Pick): void {
	const lead = kindLeadBefore(tokens, i);
	const ownKind = KIND_WORDS[(tokens[pick.best] as Token).lower] !== undefined;
	if (lead !== null && !ownKind) {
		pick.query = `${lead} of ${pick.query}`;
		pick.fired |= ENDING_BITS.kindLead;
	}
	const tail = tokens[pick.best + 1];
	const tailKind =
		tail !== undefined && !tail.cap && tail.gap === 'space' ? KIND_WORDS[tail.lower] : undefined;
	if (lead === null && !ownKind && (tailKind === 'admin1' || tailKind === 'admin2')) {
		pick.query = `${pick.query} ${(tail as Token).lower}`;
		pick.fired |= ENDING_BITS.kindTail;
	}
}

/**
 * Where the name proper starts in a span `[from, to]` that opens with "(the) City of",
 * "State of", "Province of": the token after "of", or `from` when the span has no such lead.
 * The kind word is a description of the place, not part of its name ("the City of Paris" names
 * Paris), so the mention covers the name only; the lookup still reads the kind word as a hint.
 */
export function nameAfterKindLead(tokens: Token[], from: number, to: number): number {
	// The same operations for every span, and no read past it: a rare increment or an index out
	// of bounds, first met after the recogniser is optimised, throws its optimised code away. So
	// the kind word and the name's start are read for every span of two words or more, not only
	// before "of": "the city of" is rare enough to be first met after optimisation.
	const k = from + ((tokens[from] as Token).lower === 'the' ? 1 : 0);
	if (k + 2 > to) return from;
	const kind = KIND_WORDS[(tokens[k] as Token).lower];
	const name = k + 2;
	if ((tokens[k + 1] as Token).lower !== 'of') return from;
	return kind === undefined ? from : name;
}
