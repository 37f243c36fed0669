/**
 * "Fishermen on Lake Victoria … Victoria, the lake Uganda shares with Kenya": once a story names
 * a feature with its kind word, the bare name later (or earlier) is that feature, not a town
 * of the name on another continent (Victoria, Hong Kong). The kind word binds the name for the
 * whole story. A short form follows its full name: a bare name the story uses before it names
 * the feature, below the headline, is a place of its own ("Victoria … Lake Victoria" in a story
 * from Melbourne). Not
 * when a reading of the bare name lies on, by or against the feature ("Lake Erie" and the city
 * of Erie on its shore; the island of Luzon and the Luzon Strait off it), and never a country
 * ("Mount Kenya" and Kenya).
 */

import type { Candidate } from '../../gazetteer/index';
import { haversineKm } from '../../gazetteer/near';
import type { NameRecord, RuleInfo } from '../record';
import { inBox } from '../resolve/counties';
import { bareFeatureName, featureKindsOf, namesDivision } from './feature-kind';

export const featureShortName: RuleInfo = {
	id: 'candidates/feature-short-name',
	description:
		'the bare name of a feature the story names with its kind word is that feature ("Lake Victoria … Victoria")'
};

/** Distance (km) from a feature without a box within which a reading of its bare name is "by" it. */
const BY_KM = 50;

/** Whether two boxes share some ground ([west, south, east, north], none across the antimeridian). */
const overlaps = (a: readonly number[], b: readonly number[]) =>
	(a[0] as number) <= (b[2] as number) &&
	(b[0] as number) <= (a[2] as number) &&
	(a[1] as number) <= (b[3] as number) &&
	(b[1] as number) <= (a[3] as number);

/**
 * Whether place `c` lies on or by the feature's leading reading (the gazetteer's first: Africa's
 * Lake Victoria, not the small one in New South Wales that the state of Victoria touches), or
 * its area meets the feature's.
 */
function byFeature(c: Candidate, feature: Candidate[]): boolean {
	const [lng, lat] = c.place.point;
	const own = c.place.bbox;
	// The feature itself among the bare name's readings ("Sava" and "the Sava river") binds.
	if (feature.some((f) => f.place.id === c.place.id)) return false;
	for (const f of feature.slice(0, 1)) {
		const box = f.place.bbox;
		if (box !== null && inBox(box, lng, lat)) return true;
		if (box !== null && own !== null && overlaps(own, box)) return true;
		const [fl, fa] = f.place.point;
		if (haversineKm(lat, lng, fa, fl) < BY_KM) return true;
	}
	return false;
}

/** Bind bare names to the features the story names with their kind word (see above). */
export function featureShortNameStage(records: NameRecord[], text: string): void {
	// A headline's short form is not a first use ("Floods along the Sava" above "the Sava, Drina
	// and Bosna rivers"): first uses are counted from the line after it.
	const headline = text.indexOf('\n');
	const features = new Map<string, Candidate[]>();
	// Where each feature is first named, and where each name is first used.
	const named = new Map<string, number>();
	const firstUse = new Map<string, number>();
	for (const r of records) {
		if (!firstUse.has(r.span.key) && r.span.start > headline)
			firstUse.set(r.span.key, r.span.start);
		const s = r.span;
		if (s.form !== 'name' || s.fixed || r.candidates.length === 0) continue;
		const kinds = featureKindsOf(s.key);
		// Physical features only: "Washington County" does not make Washington a county.
		if (kinds === null || namesDivision(kinds)) continue;
		if (!r.candidates.every((c) => kinds.includes(c.place.kind))) continue;
		const bare = bareFeatureName(s.key);
		if (bare !== null && !features.has(bare)) {
			features.set(bare, r.candidates);
			named.set(bare, s.start);
		}
	}
	if (features.size === 0) return;
	for (const r of records) {
		const s = r.span;
		const feature = features.get(s.key);
		if (feature === undefined || s.form !== 'name' || s.fixed || r.candidates.length === 0)
			continue;
		if ((firstUse.get(s.key) ?? Infinity) < (named.get(s.key) as number)) continue;
		if (r.candidates.some((c) => c.place.kind === 'country' || byFeature(c, feature))) continue;
		r.candidates = feature;
		r.trace.push(featureShortName.id);
	}
}
