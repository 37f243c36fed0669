/**
 * The resolve stage: every name resolved once, the names unlikely to be places cut
 * (`PLACENESS.threshold`), the rest resolved again without them. A first, shorter pass is enough
 * to judge which names are places; between the passes the evidence rules that need a first
 * reading (neighbours, strangers) run.
 */

import { placeLikelihood } from '../confidence';
import { markNeighbours, neighboursRule } from '../evidence/neighbours';
import { markStrangers, strangersRule } from '../evidence/strangers';
import type { DocumentContext, Group, NameRecord, RuleInfo, Scored } from '../record';
import { PLACENESS, WEIGHTS } from '../weights';
import { keepNearNamesakes } from './feature-namesake';
import { dropFarTowns } from './lone-abroad';
import { dropStreetsElsewhere } from './street-elsewhere';
import { resolveGroups } from './rounds';

export const placenessCut: RuleInfo = {
	id: 'resolve/placeness-cut',
	description: 'a name less likely than the threshold to be a place is left out'
};

/** Country code → weight of the demonyms that point to it ("Iraqi officials"). */
export function demonymWeights(records: NameRecord[]): Map<string, number> {
	const demonyms = new Map<string, number>();
	for (const r of records) {
		const cc = r.span.demonymOf?.countryCode;
		if (cc) demonyms.set(cc, Math.min(1, (demonyms.get(cc) ?? 0) + WEIGHTS.demonym));
	}
	return demonyms;
}

/**
 * Resolve every name, keep those likely to be places, resolve those again without the rest;
 * `explain` keeps the chosen readings' score terms (`Group.terms`) for their why.
 */
export function resolvePlaces(all: Group[], context: DocumentContext, explain = false) {
	const first = resolveGroups(all, context, 2);
	markNeighbours(all, first);
	markStrangers(all, first);
	for (const g of all) {
		if (g.evidence.neighbours > 0) g.trace.push(neighboursRule.id);
		if (g.evidence.stranger) g.trace.push(strangersRule.id);
	}
	const groups: Group[] = [];
	for (let i = 0; i < all.length; i++) {
		const g = all[i] as Group;
		const top = first[i]?.[0];
		if (top !== undefined && placeLikelihood(g.evidence, top) >= PLACENESS.threshold)
			groups.push(g);
		else g.trace.push(placenessCut.id);
	}
	const resolved: Scored[][] = resolveGroups(groups, context, WEIGHTS.rounds, explain);
	const near = keepNearNamesakes(groups, resolved);
	const far = dropFarTowns(near.groups, near.resolved, context.demonyms);
	return dropStreetsElsewhere(far.groups, far.resolved);
}
