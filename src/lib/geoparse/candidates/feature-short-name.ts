/**
 * "Fishermen on Lake Victoria … Victoria, the lake Uganda shares with Kenya": once a story names
 * a feature with its kind word, the bare name later (or earlier) is that feature, not a town
 * of the name on another continent (Victoria, Hong Kong). The kind word binds the name for the
 * whole story. Not when a reading of the bare name lies on or by the feature ("Lake Erie" and
 * the city of Erie on its shore), and never a country ("Mount Kenya" and Kenya).
 */

import type { Candidate } from '../../gazetteer/index';
import { haversineKm } from '../../gazetteer/near';
import type { NameRecord, RuleInfo } from '../record';
import { inBox } from '../resolve/counties';
import { bareFeatureName, featureKindsOf } from './feature-kind';

export const featureShortName: RuleInfo = {
	id: 'candidates/feature-short-name',
	description:
		'the bare name of a feature the story names with its kind word is that feature ("Lake Victoria … Victoria")'
};

/** Distance (km) from a feature without a box within which a reading of its bare name is "by" it. */
const BY_KM = 50;

/** Whether place `c` lies on or by one of the feature's readings. */
function byFeature(c: Candidate, feature: Candidate[]): boolean {
	const [lng, lat] = c.place.point;
	for (const f of feature) {
		const box = f.place.bbox;
		if (box !== null && inBox(box, lng, lat)) return true;
		const [fl, fa] = f.place.point;
		if (haversineKm(lat, lng, fa, fl) < BY_KM) return true;
	}
	return false;
}

/** Bind bare names to the features the story names with their kind word (see above). */
export function featureShortNameStage(records: NameRecord[]): void {
	const features = new Map<string, Candidate[]>();
	for (const r of records) {
		const s = r.span;
		if (s.form !== 'name' || s.fixed || r.candidates.length === 0) continue;
		const kinds = featureKindsOf(s.key);
		// Physical features only: "Washington County" does not make Washington a county.
		if (kinds === null || kinds.includes('admin2') || kinds.includes('town')) continue;
		if (!r.candidates.every((c) => kinds.includes(c.place.kind))) continue;
		const bare = bareFeatureName(s.key);
		if (bare !== null && !features.has(bare)) features.set(bare, r.candidates);
	}
	if (features.size === 0) return;
	for (const r of records) {
		const s = r.span;
		const feature = features.get(s.key);
		if (feature === undefined || s.form !== 'name' || s.fixed || r.candidates.length === 0)
			continue;
		if (r.candidates.some((c) => c.place.kind === 'country' || byFeature(c, feature))) continue;
		r.candidates = feature;
		r.trace.push(featureShortName.id);
	}
}
