/**
 * "Queensland's Darling Downs", "Kerala's hilly Wayanad district", "Panama's Darién Province": a
 * state or a country in the possessive before a name, at most two words of place between,
 * qualifies it as "Darling Downs, Queensland" would. Only a name read as settlements and
 * divisions: a feature the possessive's place shares with its neighbours ("Egypt's Red Sea
 * coast", "Kenya's Lake Victoria") keeps its readings.
 */

import { asContainer } from '../context/qualifiers';
import { DIRECTIONS } from '../lexicon/index';
import type { NameRecord, Qualifier, RuleInfo } from '../record';
import type { Token } from '../tokenize';

export const possessiveQualifier: RuleInfo = {
	id: 'candidates/possessive-qualifier',
	description:
		'a state or country in the possessive before a name qualifies it ("Queensland\'s Darling Downs")'
};

/** Lower-case words allowed between the possessive and the name. */
const MAX_BETWEEN = 2;

/**
 * The words that may stand there: what news says of a place ("Kerala's hilly Wayanad", "Kenya's
 * capital Nairobi"), not a noun or a verb of a clause ("Ohio's governor visited Lima").
 */
const BETWEEN = new Set([
	...DIRECTIONS,
	...`hilly coastal remote rural restive mountainous main capital largest biggest second third
small tiny border frontier southernmost northernmost easternmost westernmost far`.split(/\s+/)
]);

/** Kinds a possessive does not qualify: features shared across borders. */
const FEATURES = new Set(['water', 'region', 'landmark', 'continent']);

/** The token index of the possessive before the name at token `from`, or -1. */
function possessiveAt(tokens: Token[], from: number): number {
	let k = from - 1;
	for (let between = 0; between <= MAX_BETWEEN; between++) {
		const t = tokens[k];
		const after = tokens[k + 1] as Token;
		if (t === undefined || after.gap !== 'space') return -1;
		if (t.possessive) return k;
		if (t.cap || !BETWEEN.has(t.lower)) return -1;
		k--;
	}
	return -1;
}

/** The qualifier a possessive before record `i` gives it (see above), or null. */
export function possessiveBefore(
	i: number,
	records: NameRecord[],
	tokens: Token[]
): Qualifier | null {
	const r = records[i] as NameRecord;
	const owner = records[i - 1];
	if (owner === undefined || r.span.form !== 'name' || owner.span.form !== 'name') return null;
	if (r.candidates.length === 0 || r.candidates.some((c) => FEATURES.has(c.place.kind)))
		return null;
	const p = possessiveAt(tokens, r.span.from);
	if (p < 0 || owner.span.to !== p + 1) return null;
	const containers: Qualifier['containers'] = [];
	for (const c of owner.candidates) {
		const k = c.match !== 'loose' ? asContainer(c) : null;
		if (k) containers.push(k);
	}
	return containers.length > 0 ? { containers, span: i - 1 } : null;
}
