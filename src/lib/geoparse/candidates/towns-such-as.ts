/**
 * "towns such as Griffith and Deniliquin", "cities like Lyon or Lille": a list a settlement noun
 * introduces names towns, not the quarters of a city that share their names (Griffith, a suburb of
 * Canberra). Where a listed name reads as a town or city and as a quarter, the quarter goes.
 */

import type { Candidate } from '../../gazetteer/index';
import type { NameRecord, RuleInfo } from '../record';
import type { Token } from '../tokenize';

export const townsSuchAs: RuleInfo = {
	id: 'candidates/towns-such-as',
	description:
		'a list opened by "towns such as" names towns, not quarters of their names ("towns such as Griffith")'
};

/** Plural nouns of settlements that open such a list. */
const SETTLEMENTS = new Set(['towns', 'cities', 'villages', 'communities']);

/** Whether a list opens right before token `from`: "towns such as X", "cities like X". */
function opensList(tokens: Token[], from: number): boolean {
	const a = tokens[from - 1];
	if (a === undefined || a.cap) return false;
	if (a.lower === 'like') return SETTLEMENTS.has(tokens[from - 2]?.lower ?? '');
	return (
		a.lower === 'as' &&
		tokens[from - 2]?.lower === 'such' &&
		SETTLEMENTS.has(tokens[from - 3]?.lower ?? '')
	);
}

const town = (c: Candidate) => c.place.kind === 'town' || c.place.kind === 'city';

/** Drop the quarters among the readings of the names of such a list (see above). */
export function townsSuchAsStage(records: NameRecord[], tokens: Token[]): void {
	let listed = false;
	let end = -1;
	for (const r of records) {
		const s = r.span;
		if (opensList(tokens, s.from)) listed = true;
		else if (listed) {
			// The next item: after a comma, or after "and"/"or" right after the last one.
			const between = tokens[s.from - 1];
			const joined =
				(s.from === end && (tokens[s.from] as Token).gap === 'comma') ||
				(s.from === end + 1 && (between?.lower === 'and' || between?.lower === 'or'));
			if (!joined) listed = false;
		}
		end = s.to;
		if (!listed || s.form !== 'name' || s.fixed) continue;
		if (!r.candidates.some(town) || !r.candidates.some((c) => c.place.kind === 'neighbourhood'))
			continue;
		r.candidates = r.candidates.filter((c) => c.place.kind !== 'neighbourhood');
		r.trace.push(townsSuchAs.id);
	}
}
