/**
 * "Manchar Lake", "Mount Foo", "Lake X": a feature word in the span says what kind of place the
 * name is. Readings of a compatible kind, or by the whole name ("Lake Charles", "Fort Worth"),
 * are the only ones kept when there are any; when there are none, the readings left are
 * namesakes the feature is called after, marked so that `resolve/feature-namesake` keeps one
 * only where the story's other places are (never a town of that name on another continent).
 */

import type { Candidate, PlaceKind } from '../../gazetteer/index';
import type { MemoGazetteer } from '../memo';
import type { NameRecord, RuleInfo } from '../record';

export const featureKind: RuleInfo = {
	id: 'candidates/feature-kind',
	description: 'a feature word in the name ("Manchar Lake", "Mount X") keeps readings of its kind'
};

export const featureNamesakeOnly: RuleInfo = {
	id: 'candidates/feature-namesake-only',
	description: "no reading of the feature's kind: only namesakes it may be called after are left"
};

const WATER: readonly PlaceKind[] = ['water'];
const LANDMARK: readonly PlaceKind[] = ['landmark'];
const HEIGHTS: readonly PlaceKind[] = ['landmark', 'region'];
const LAND: readonly PlaceKind[] = ['region', 'landmark'];
const DIVISION: readonly PlaceKind[] = ['admin2', 'admin1', 'region'];
const TOWNSHIP: readonly PlaceKind[] = ['town', 'city', 'admin2'];

/** Feature words (as the gazetteer keys them) and the kinds of place they name. */
const FEATURE_WORDS: ReadonlyMap<string, readonly PlaceKind[]> = new Map([
	...['lake', 'lakes', 'river', 'creek', 'bay', 'harbor', 'harbour', 'sea', 'ocean', 'gulf'].map(
		(w): [string, readonly PlaceKind[]] => [w, WATER]
	),
	...['strait', 'straits', 'lagoon', 'reservoir', 'canal'].map(
		(w): [string, readonly PlaceKind[]] => [w, WATER]
	),
	...['fort', 'ft', 'camp', 'cape', 'airport', 'airfield', 'airbase', 'base', 'bridge'].map(
		(w): [string, readonly PlaceKind[]] => [w, LANDMARK]
	),
	...['crossing', 'stadium', 'park', 'falls', 'dam', 'volcano', 'square', 'plaza'].map(
		(w): [string, readonly PlaceKind[]] => [w, LANDMARK]
	),
	...['mount', 'mountain', 'mountains', 'range', 'hills'].map(
		(w): [string, readonly PlaceKind[]] => [w, HEIGHTS]
	),
	...['island', 'islands', 'isle', 'peninsula', 'valley', 'desert', 'canyon', 'delta'].map(
		(w): [string, readonly PlaceKind[]] => [w, LAND]
	),
	...['plateau', 'archipelago', 'atoll'].map((w): [string, readonly PlaceKind[]] => [w, LAND]),
	['county', DIVISION],
	['district', DIVISION],
	['township', TOWNSHIP],
	['twp', TOWNSHIP]
]);

/** The kinds a span's feature word allows (its first or last word), or null when it has none. */
export function featureKindsOf(key: string): readonly PlaceKind[] | null {
	// Read at every name: the first and last words are cut out, the key is not split.
	const space = key.indexOf(' ');
	if (space < 0) return null;
	return (
		FEATURE_WORDS.get(key.slice(0, space)) ??
		FEATURE_WORDS.get(key.slice(key.lastIndexOf(' ') + 1)) ??
		null
	);
}

/** The place is called by the span's whole name, feature word and all ("Lake Charles"). */
function byWholeName(c: Candidate, key: string, gaz: MemoGazetteer): boolean {
	if (gaz.key(c.place.name) === key) return true;
	for (const a of c.place.aliases) if (gaz.key(a) === key) return true;
	return false;
}

/** Keep, for each name with a feature word, its readings of a compatible kind (see above). */
export function featureKindStage(records: NameRecord[], gaz: MemoGazetteer): void {
	for (const r of records) {
		const s = r.span;
		if (s.form !== 'name' || s.fixed || r.candidates.length === 0) continue;
		const kinds = featureKindsOf(s.key);
		if (kinds === null) continue;
		const fits: Candidate[] = [];
		for (const c of r.candidates)
			if (kinds.includes(c.place.kind) || byWholeName(c, s.key, gaz)) fits.push(c);
		if (fits.length === r.candidates.length) continue;
		if (fits.length > 0) {
			r.candidates = fits;
			r.trace.push(featureKind.id);
		} else r.trace.push(featureNamesakeOnly.id);
	}
}
