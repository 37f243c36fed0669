import { getContext, setContext } from 'svelte';
import type { LngLat } from '../gazetteer/types';

/**
 * "Pick on the map": a form that pins a place asks the map for a point. While `active`, a click
 * on the map sets `point` (and the map shows it) instead of its usual doing. One per reader,
 * shared through context between the pin forms and the map.
 */
export class MapPicker {
	active = $state(false);
	point = $state.raw<LngLat | null>(null);
	/** Radius in km to preview around the point, or null for a point. */
	radiusKm = $state<number | null>(null);

	start(): void {
		this.active = true;
	}

	/** The map was clicked at `point`: picking ends there. */
	pick(point: LngLat): void {
		this.point = point;
		this.active = false;
	}

	/** Stop picking and forget the point (the form closed). */
	reset(): void {
		this.active = false;
		this.point = null;
		this.radiusKm = null;
	}
}

const KEY = Symbol.for('article-map.picker');

export function setPicker(picker: MapPicker): MapPicker {
	return setContext(KEY, picker);
}

/** The reader's picker, or null outside a reader (a form then offers coordinates only). */
export function getPicker(): MapPicker | null {
	return getContext<MapPicker | undefined>(KEY) ?? null;
}
