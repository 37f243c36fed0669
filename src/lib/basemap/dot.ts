/**
 * The dot drawn at a city or town under its name, as a signed-distance-field image that MapLibre
 * colours with `icon-color` (so the light and dark palettes share it). It is an icon of the label's
 * own symbol, not a layer of its own, so a name that does not fit takes its dot with it: no
 * nameless dots where names collide.
 */

/** The image id the label layers ask for; MapView supplies it when MapLibre misses it. */
export const PLACE_DOT = 'place-dot';

/** Pixels of the image per CSS pixel (sharp on high-density screens). */
export const DOT_PIXEL_RATIO = 2;

/**
 * A filled circle as MapLibre reads an SDF icon (as `@mapbox/tiny-sdf` writes one): alpha 191 on
 * the edge, rising 32 a pixel inwards and falling 32 a pixel outwards.
 */
export function dotImage(
	radius = 5,
	size = 16
): { width: number; height: number; data: Uint8Array } {
	const data = new Uint8Array(size * size * 4);
	const c = (size - 1) / 2;
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const outside = Math.hypot(x - c, y - c) - radius;
			const alpha = Math.round(255 - 255 * (outside / 8 + 0.25));
			data[(y * size + x) * 4 + 3] = Math.max(0, Math.min(255, alpha));
		}
	}
	return { width: size, height: size, data };
}
