/**
 * How many decimals a map centre needs at a zoom level: enough that rounding moves the centre by
 * less than half a pixel on 512-px tiles, and no more, so links stay short.
 * Same rule as MapLibre's own hash: ceil((zoom·ln 2 + ln(512 / 360 / 0.5)) / ln 10).
 *
 * @example centerDecimals(0) === 1; centerDecimals(10) === 4; centerDecimals(18) === 6
 */
export function centerDecimals(zoom: number): number {
	if (!Number.isFinite(zoom)) return 6;
	const decimals = Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10);
	return Math.min(8, Math.max(0, decimals));
}

/** `value` rounded to `decimals`, printed without trailing zeros or a negative zero. */
export function formatFixed(value: number, decimals: number): string {
	const text = value.toFixed(decimals);
	const trimmed = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
	return trimmed === '-0' ? '0' : trimmed;
}

/** Longitude wrapped into [-180, 180]. */
export function wrapLng(lng: number): number {
	if (lng >= -180 && lng <= 180) return lng;
	const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180;
	return wrapped === -180 ? 180 : wrapped;
}

/** Bearing normalised into (-180, 180]. */
export function normalizeBearing(bearing: number): number {
	const b = ((((bearing + 180) % 360) + 360) % 360) - 180;
	return b === -180 ? 180 : b;
}
