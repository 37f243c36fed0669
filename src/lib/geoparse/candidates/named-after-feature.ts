/**
 * "The Nile floods" in a Sudanese story read as River Nile, the Sudanese state: a division or a
 * town whose own name is the feature's with a feature word ("River Nile", "Lake Chad" prefecture),
 * or a division whose own name is the feature's with a division word ("Sakhalin Oblast" for the
 * island), is called after the feature, and the bare name that the feature itself bears is the feature.
 * Such readings (found by their other name, the bare one) are dropped where the feature is among
 * the name's readings by its own name.
 */

import { splitKindHint, type Candidate } from '../../gazetteer/index';
import type { MemoGazetteer } from '../memo';
import type { NameRecord, RuleInfo } from '../record';
import { bareFeatureName } from './feature-kind';

export const namedAfterFeature: RuleInfo = {
	id: 'candidates/named-after-feature',
	description:
		'a place named after a feature ("River Nile" state) is no reading of the feature\'s bare name ("the Nile")'
};

/** Kinds of features a place may be named after. */
const FEATURE_KINDS = new Set(['water', 'region', 'landmark']);

/**
 * Whether `c` is a place called after the feature `key` names: by a feature word ("River Nile"
 * for "nile"), or a division by a division word ("Sakhalin Oblast" for the island Sakhalin).
 */
function calledAfterFeature(c: Candidate, key: string, gaz: MemoGazetteer): boolean {
	if ((c.match !== 'alias' && c.match !== 'alternate') || FEATURE_KINDS.has(c.place.kind))
		return false;
	const own = gaz.key(c.place.name);
	if (bareFeatureName(own) === key) return true;
	if (c.place.kind !== 'admin1' && c.place.kind !== 'admin2') return false;
	const hint = splitKindHint(own);
	return hint.kind !== null && hint.key === key;
}

/** The readings of one list kept (see above), or the list itself when none is dropped. */
function kept(candidates: Candidate[], key: string, gaz: MemoGazetteer): Candidate[] {
	let feature = false;
	for (const c of candidates)
		if (c.match === 'name' && FEATURE_KINDS.has(c.place.kind)) feature = true;
	if (!feature) return candidates;
	let drop = 0;
	for (const c of candidates) if (calledAfterFeature(c, key, gaz)) drop++;
	if (drop === 0) return candidates;
	return candidates.filter((c) => !calledAfterFeature(c, key, gaz));
}

/** Drop the readings named after a feature from the feature's bare name (see above). */
export function namedAfterFeatureStage(records: NameRecord[], gaz: MemoGazetteer): void {
	const judged = new Map<Candidate[], Candidate[]>();
	for (const r of records) {
		const s = r.span;
		if (s.form !== 'name' || s.fixed || r.candidates.length < 2) continue;
		let out = judged.get(r.candidates);
		if (out === undefined) {
			out = kept(r.candidates, s.key, gaz);
			judged.set(r.candidates, out);
		}
		if (out === r.candidates) continue;
		r.candidates = out;
		r.trace.push(namedAfterFeature.id);
	}
}
