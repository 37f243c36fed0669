/**
 * Apply a user's corrections to a geoparse result: re-pin every mention of a name to another
 * place, or drop the name as "not a place". Pure: the caller passes a resolver for place ids that
 * the result does not already know (see {@link gazetteerResolver}).
 *
 * A mention's correction key is `nameKey(mention.text)`, so "Georgia", "GEORGIA" and "Georgia's"
 * share one correction. Corrected mentions get confidence 1 (the user said so) and keep the
 * parser's former choice first among their alternatives, so the UI can offer to undo.
 */
import { nameKey } from '../gazetteer/normalize';
import type { BBox, Gazetteer, LngLat, PlaceKind } from '../gazetteer/types';
import type { GeoparseResult, Mention, PlaceCandidate, ResolvedPlace } from '../geoparse/types';
import type { Correction, Corrections } from './types';

/** What a correction needs to know about the place it pins a name to. */
export interface CorrectionTarget {
	id: string;
	name: string;
	kind: PlaceKind;
	country: string | null;
	admin1: string | null;
	point: LngLat;
	bbox: BBox | null;
}

/** Finds a place by gazetteer id, or null. */
export type PlaceResolver = (id: string) => CorrectionTarget | null;

export interface ApplyCorrectionsOptions {
	result: GeoparseResult;
	corrections: Corrections;
	/** For ids that are neither a place of the result nor an alternative of the mention. */
	resolve?: PlaceResolver;
}

export interface AppliedCorrections {
	result: GeoparseResult;
	/** Keys whose target place could not be found; their mentions are left as the parser had them. */
	unresolved: string[];
}

/** The key a correction of this mention text is stored under (`'Georgia’s'` → `'georgia s'`). */
export function correctionKey(mentionText: string): string {
	return nameKey(mentionText);
}

/** The correction for a mention, if any (own keys only: `constructor` is not a correction). */
function correctionFor(corrections: Corrections, mention: Mention): Correction | null {
	const key = nameKey(mention.text);
	return Object.hasOwn(corrections, key) ? (corrections[key] ?? null) : null;
}

/** A new result with `corrections` applied; the input is not modified. */
export function applyCorrections(options: ApplyCorrectionsOptions): AppliedCorrections {
	const { result, corrections, resolve = () => null } = options;
	if (Object.keys(corrections).length === 0) return { result, unresolved: [] };
	const known = new Map(result.places.map((place) => [place.id, place]));
	const targets = new Map<string, CorrectionTarget>();
	const unresolved = new Set<string>();

	const mentions: Mention[] = [];
	for (const mention of result.mentions) {
		const correction = correctionFor(corrections, mention);
		if (correction === null) {
			mentions.push(mention);
		} else if ('notAPlace' in correction) {
			continue;
		} else if (correction.placeId === mention.placeId) {
			mentions.push({ ...mention, confidence: 1 });
		} else {
			const target =
				targets.get(correction.placeId) ??
				known.get(correction.placeId) ??
				mention.alternatives.find((alt) => alt.id === correction.placeId) ??
				resolve(correction.placeId);
			if (!target) {
				unresolved.add(nameKey(mention.text));
				mentions.push(mention);
				continue;
			}
			targets.set(target.id, toTarget(target));
			const former = known.get(mention.placeId);
			const alternatives = mention.alternatives.filter((alt) => alt.id !== target.id);
			if (former) alternatives.unshift(candidate(former, mention.confidence));
			mentions.push({ ...mention, placeId: target.id, confidence: 1, alternatives });
		}
	}
	return {
		result: { places: group(mentions, known, targets), mentions },
		unresolved: [...unresolved]
	};
}

/** Places in order of first mention, each with its mentions and its best confidence. */
function group(
	mentions: Mention[],
	known: Map<string, ResolvedPlace>,
	targets: Map<string, CorrectionTarget>
): ResolvedPlace[] {
	const byId = new Map<string, Mention[]>();
	for (const mention of mentions) {
		const list = byId.get(mention.placeId);
		if (list) list.push(mention);
		else byId.set(mention.placeId, [mention]);
	}
	return [...byId].map(([id, placeMentions]) => {
		const base = known.get(id) ?? (targets.get(id) as CorrectionTarget);
		return {
			id,
			name: base.name,
			kind: base.kind,
			country: base.country,
			admin1: base.admin1,
			point: base.point,
			bbox: base.bbox,
			confidence: Math.max(...placeMentions.map((m) => m.confidence)),
			mentions: placeMentions
		};
	});
}

function toTarget(place: CorrectionTarget | PlaceCandidate): CorrectionTarget {
	const bbox = 'bbox' in place ? place.bbox : null;
	const { id, name, kind, country, admin1, point } = place;
	return { id, name, kind, country, admin1, point, bbox };
}

function candidate(place: ResolvedPlace, confidence: number): PlaceCandidate {
	const { id, name, kind, country, admin1, point } = place;
	return { id, name, kind, country, admin1, point, confidence };
}

/** A resolver backed by the gazetteer (server side, or wherever the gazetteer is loaded). */
export function gazetteerResolver(gazetteer: Gazetteer): PlaceResolver {
	return (id) => {
		const place = gazetteer.byId(id);
		if (!place) return null;
		return {
			id: place.id,
			name: place.name,
			kind: place.kind,
			country: place.countryCode || null,
			admin1: place.admin1Name || null,
			point: place.point,
			bbox: place.bbox
		};
	};
}
