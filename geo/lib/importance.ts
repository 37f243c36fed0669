/**
 * Static importance of an entry: the prior that a bare mention of its name means this place.
 * Roughly log10(population) plus a weight per kind, so a capital beats a village of the same
 * name and a country beats any city. Curated rows state theirs explicitly.
 */

import type { PlaceKind } from '../../src/lib/gazetteer/types';

const KIND_WEIGHT: Record<PlaceKind, number> = {
	continent: 10,
	country: 9.5,
	// Divisions get their population from the cities they contain; -0.3 keeps "New York" the city
	// ahead of the state of similar summed population, as news mostly means the city.
	admin1: -0.3,
	admin2: -0.8,
	city: 0,
	town: 0,
	neighbourhood: 0,
	landmark: 0,
	region: 0,
	water: 0
};

/** Floors: a division is worth mentioning even when few of its towns are in cities500. */
const FLOOR: Partial<Record<PlaceKind, number>> = { admin1: 5.5, admin2: 3.5 };

const SEAT_BONUS: Record<string, number> = { PPLC: 1, PPLG: 0.5, PPLA: 0.5, PPLA2: 0.2 };

export function importanceOf(kind: PlaceKind, population: number, featureCode = ''): number {
	if (kind === 'continent' || kind === 'country') return KIND_WEIGHT[kind];
	const base = Math.log10(Math.max(population, 0) + 10) + KIND_WEIGHT[kind];
	const score = base + (SEAT_BONUS[featureCode] ?? 0);
	return Math.max(score, FLOOR[kind] ?? 0);
}
