/**
 * Where a story is, for ranking a correction search by distance: the place among the story's
 * others that lies nearest to all of them (a medoid). A real place's point, never a mean that
 * falls in the sea between two coasts or flips across the antimeridian; one outlier on another
 * continent does not move it (distances count up to OUTLIER_KM only).
 */

import { haversineKm } from '../gazetteer/near';
import type { LngLat } from '../gazetteer/types';

const OUTLIER_KM = 1000;

export function storyPoint(
	places: readonly { place: { id: string; point: LngLat } }[],
	exceptId?: string
): LngLat | undefined {
	const points = places.filter((p) => p.place.id !== exceptId).map((p) => p.place.point);
	let best: LngLat | undefined;
	let bestSum = Infinity;
	for (const a of points) {
		let sum = 0;
		for (const b of points) sum += Math.min(OUTLIER_KM, haversineKm(a[1], a[0], b[1], b[0]));
		if (sum < bestSum) {
			bestSum = sum;
			best = a;
		}
	}
	return best;
}
