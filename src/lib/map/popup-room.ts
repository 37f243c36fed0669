/**
 * Where the place popup sits on the map and the room the camera leaves it, so a selected place
 * is shown beside its popup, never under it. Pure: sizes in, padding out.
 */

/** Camera padding in px, as MapLibre takes it. */
export interface Padding {
	top: number;
	bottom: number;
	left: number;
	right: number;
}

/** A rectangle in map px. */
export interface Rect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** Space between the popup and the place, and the map's edge. */
const MARGIN = 24;
/** Docked popups sit this high above the map's bottom edge (the attribution line). */
const DOCK_BOTTOM = 28;
/** Largest popup sizes (its slot's CSS): 21rem wide; docked, at most 18rem tall and 60% of the map. */
const SIDE_WIDTH = 336;
const DOCK_HEIGHT = 288;

/**
 * The padding that keeps the popup's part of the map free: its height along the bottom when it
 * is docked (phones, small embeds), its width along the left otherwise. Before the popup has been
 * measured (size 0) the largest it can be is assumed. Never more than 70% of the map.
 */
export function popupRoom(options: {
	docked: boolean;
	width: number;
	height: number;
	popupWidth: number;
	popupHeight: number;
}): Padding {
	const { docked, width, height, popupWidth, popupHeight } = options;
	if (docked) {
		const tall = popupHeight || Math.min(height * 0.6, DOCK_HEIGHT);
		return {
			top: MARGIN,
			bottom: Math.min(tall + DOCK_BOTTOM + MARGIN, height * 0.7),
			left: MARGIN,
			right: MARGIN
		};
	}
	const wide = popupWidth || Math.min(SIDE_WIDTH, width - 16);
	return {
		top: MARGIN,
		bottom: MARGIN,
		left: Math.min(wide + 8 + MARGIN, width * 0.7),
		right: MARGIN
	};
}

/** Whether a point lies on `rect` or within `margin` px of it. */
export function covers(rect: Rect, [x, y]: [number, number], margin = 16): boolean {
	return (
		x > rect.left - margin &&
		x < rect.right + margin &&
		y > rect.top - margin &&
		y < rect.bottom + margin
	);
}
