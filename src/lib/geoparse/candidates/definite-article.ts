/**
 * "across the Rio Grande from El Paso", "down the Hudson", "at the Alamo": a name that heads a
 * phrase opened by "the" is a feature's (a river, a sea, a region, a landmark), as towns go
 * without it. Where a name's readings mix such features and settlements, and every mention of
 * it stands so, its features are raised by `WEIGHTS.kindCue`; the story's other places still
 * vote. Not where the name modifies a noun after it ("the Paris attacks", "the Red Sea port"),
 * where "the" is the noun's, nor after a capitalised "The", which may open a sentence or the
 * name itself ("The Dalles").
 */

import { isSettlement, type Candidate, type PlaceKind } from '../../gazetteer/index';
import { FUNCTION_WORDS } from '../lexicon/index';
import type { NameRecord, RuleInfo } from '../record';
import type { Token } from '../tokenize';
import { raiseWhere } from './kind-cue';

export const definiteArticle: RuleInfo = {
	id: 'candidates/definite-article',
	description:
		'a name heading a phrase opened by "the" ("across the Rio Grande") raises its feature readings over towns'
};

/** Kinds of place news names with "the". */
const WITH_THE: ReadonlySet<PlaceKind> = new Set(['water', 'region', 'landmark']);

const feature = (c: Candidate) => WITH_THE.has(c.place.kind);

/** Whether the name of tokens `[from, to)` heads a phrase opened by a lower-case "the". */
function headsTheOf(tokens: Token[], from: number, to: number): boolean {
	const the = tokens[from - 1];
	if (the === undefined || the.lower !== 'the' || the.cap) return false;
	if ((tokens[from] as Token).gap !== 'space') return false;
	const next = tokens[to];
	// "the Rio Grande from", "the Rio Grande.": nothing after it takes the article.
	return (
		next === undefined || next.gap !== 'space' || (!next.cap && FUNCTION_WORDS.has(next.lower))
	);
}

/** Whether a name's readings mix features named with "the" and settlements. */
function mixed(candidates: readonly Candidate[]): boolean {
	return candidates.some(feature) && candidates.some((c) => isSettlement(c.place.kind));
}

/** Raise the features of names every mention of which heads a "the" phrase (see above). */
export function definiteArticleStage(records: NameRecord[], tokens: Token[]): void {
	// Per name: whether every mention so far heads a "the" phrase.
	const every = new Map<string, boolean>();
	for (const r of records) {
		const s = r.span;
		if (s.form !== 'name' || s.fixed || !mixed(r.candidates)) continue;
		const heads = headsTheOf(tokens, s.from, s.to);
		every.set(s.key, (every.get(s.key) ?? true) && heads);
	}
	for (const r of records) {
		const s = r.span;
		if (every.get(s.key) !== true || s.form !== 'name' || s.fixed || !mixed(r.candidates)) continue;
		r.candidates = raiseWhere(r.candidates, feature);
		r.trace.push(definiteArticle.id);
	}
}
