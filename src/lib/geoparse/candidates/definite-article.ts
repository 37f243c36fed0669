/**
 * "across the Rio Grande from El Paso", "down the Hudson", "at the Alamo": a name that heads a
 * phrase opened by "the" is a feature's (a river, a sea, a region, a landmark), as towns go
 * without it. Where a name's readings mix such features and settlements, and every mention of
 * it stands so, its features are raised by `WEIGHTS.kindCue`; the story's other places still
 * vote. Not where the name modifies a noun after it ("the Paris attacks", "the Red Sea port"),
 * where "the" is the noun's, nor after a capitalised "The", which may open a sentence or the
 * name itself ("The Dalles"). Where a name so headed has no feature reading at all but the
 * gazetteer knows it with a landform word news drops after "the" ("the Atacama": the Atacama
 * Desert; "the Gaspé": the Gaspé Peninsula), that landform joins its readings, raised the same
 * way. A mention in a longer name's tail ("the Salar de Atacama") says nothing either way.
 */

import { isSettlement, type Candidate, type PlaceKind } from '../../gazetteer/index';
import { FUNCTION_WORDS } from '../lexicon/index';
import type { MemoGazetteer } from '../memo';
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

/** Landform words news drops after "the": "the Atacama" (Desert), "the Gaspé" (Peninsula). */
const DROPPED_LANDFORMS = ['desert', 'peninsula'];

/** Connectors of Spanish and Portuguese names: "Salar de Atacama", "San Pedro de Atacama". */
const CONNECTORS = new Set(['de', 'del', 'do', 'da', 'dos', 'das']);

/** Whether tokens `[from, …)` end a longer name after a connector ("Salar de Atacama"). */
function tailOfName(tokens: Token[], from: number): boolean {
	const connector = tokens[from - 1];
	return (
		connector !== undefined &&
		!connector.cap &&
		CONNECTORS.has(connector.lower) &&
		tokens[from - 2]?.cap === true
	);
}

/** Readings of the name with a dropped landform word ("atacama desert"), or none. */
function landformReadings(r: NameRecord, gaz: MemoGazetteer): Candidate[] {
	if (r.candidates.some(feature)) return [];
	for (const word of DROPPED_LANDFORMS) {
		const key = gaz.key(`${r.span.query} ${word}`);
		if (!gaz.has(key)) continue;
		const found = gaz.lookup(key, LANDFORM_QUERY).filter(feature);
		if (found.length > 0) return found;
	}
	return [];
}

const LANDFORM_QUERY = { limit: 3, loose: false };

/** Raise the features of names every mention of which heads a "the" phrase (see above). */
export function definiteArticleStage(
	records: NameRecord[],
	tokens: Token[],
	gaz: MemoGazetteer
): void {
	// Per name: whether every mention so far heads a "the" phrase (a longer name's tail aside),
	// and the landform readings of a name that has no feature reading.
	const every = new Map<string, boolean>();
	const landforms = new Map<string, Candidate[]>();
	for (const r of records) {
		const s = r.span;
		if (s.form !== 'name' || s.fixed || landforms.has(s.key) || mixed(r.candidates)) continue;
		if (headsTheOf(tokens, s.from, s.to)) landforms.set(s.key, landformReadings(r, gaz));
	}
	for (const r of records) {
		const s = r.span;
		if (s.form !== 'name' || s.fixed) continue;
		if (!mixed(r.candidates) && (landforms.get(s.key) ?? []).length === 0) continue;
		const heads = headsTheOf(tokens, s.from, s.to);
		if (!heads && tailOfName(tokens, s.from)) continue;
		every.set(s.key, (every.get(s.key) ?? true) && heads);
	}
	for (const r of records) {
		const s = r.span;
		if (every.get(s.key) !== true || s.form !== 'name' || s.fixed) continue;
		const added = landforms.get(s.key) ?? [];
		if (added.length > 0 && !r.candidates.some(feature)) r.candidates = [...r.candidates, ...added];
		if (!mixed(r.candidates) && added.length === 0) continue;
		r.candidates = raiseWhere(r.candidates, feature);
		r.trace.push(definiteArticle.id);
	}
}
