/** A marker's position on screen, in CSS pixels, and whether it outranks others. */
export interface ScreenItem {
	id: string;
	x: number;
	y: number;
}

/** Markers drawn as one: a single place, or a group of places too close to tell apart. */
export interface MarkerGroup {
	/** Stable key: the ids joined, first (most important) member first. */
	key: string;
	ids: string[];
	x: number;
	y: number;
}

/**
 * Groups markers closer than `radius` pixels, so that none is ever hidden under another. Items
 * come in priority order (the first of a group is its face); a group sits where its face is.
 * Greedy and O(n·groups): the reader shows tens of places, not thousands.
 */
export function groupByDistance(items: readonly ScreenItem[], radius: number): MarkerGroup[] {
	const groups: Array<{ ids: string[]; x: number; y: number }> = [];
	const r2 = radius * radius;
	for (const item of items) {
		const near = groups.find((g) => (g.x - item.x) ** 2 + (g.y - item.y) ** 2 < r2);
		if (near) near.ids.push(item.id);
		else groups.push({ ids: [item.id], x: item.x, y: item.y });
	}
	return groups.map((g) => ({ key: g.ids.join('|'), ...g }));
}

/** The copy of longitude `lng` closest to `centre` (so markers follow the map across ±180°). */
export function nearestWorldCopy(lng: number, centre: number): number {
	return lng + 360 * Math.round((centre - lng) / 360);
}
