/**
 * A reader's own pin in a link, and as a place. Written with characters a query string keeps as
 * they are (`p`/`a`, digits, `.`, `-`, `_`), so a pin costs no percent-escapes:
 *
 * | pin                          | code                | place id                 |
 * | ---------------------------- | ------------------- | ------------------------ |
 * | point at 33.3123 N, 44.36 E  | `p33.3123_44.36`    | `pin:33.3123_44.36`      |
 * | area of 25 km around it      | `a33.3123_44.36_25` | `pin:33.3123_44.36_25`   |
 *
 * Coordinates keep 5 decimals (about a metre), radii 1 decimal of a kilometre.
 */
import type { BBox } from '../gazetteer/types';
import type { CorrectionTarget } from './corrections';
import { formatFixed } from './precision';
import type { Pin } from './types';

/** Largest radius an area pin may have, in kilometres (a large country). */
export const MAX_PIN_RADIUS_KM = 2000;
const PIN_CODE =
	/^([pa])(-?\d{1,2}(?:\.\d{1,5})?)_(-?\d{1,3}(?:\.\d{1,5})?)(?:_(\d{1,4}(?:\.\d)?))?$/;

/** The pin rounded to what a link keeps, or null when it is not a position. */
export function normalizePin(pin: Pin): Pin | null {
	const lat = Number(formatFixed(pin.lat, 5));
	const lng = Number(formatFixed(pin.lng, 5));
	if (!(Math.abs(lat) <= 90) || !(Math.abs(lng) <= 180)) return null;
	if (pin.radiusKm === null) return { lat, lng, radiusKm: null };
	const radiusKm = Number(formatFixed(pin.radiusKm, 1));
	if (!(radiusKm > 0 && radiusKm <= MAX_PIN_RADIUS_KM)) return null;
	return { lat, lng, radiusKm };
}

/** `p33.3123_44.36` or `a33.3123_44.36_25`; null when the pin is not a position. */
export function encodePin(pin: Pin): string | null {
	const p = normalizePin(pin);
	if (!p) return null;
	const where = `${formatFixed(p.lat, 5)}_${formatFixed(p.lng, 5)}`;
	return p.radiusKm === null ? `p${where}` : `a${where}_${formatFixed(p.radiusKm, 1)}`;
}

/** The pin a code says, or null when it is not one {@link encodePin} writes. */
export function decodePin(code: string): Pin | null {
	const match = PIN_CODE.exec(code);
	if (!match) return null;
	const [, shape, lat = '', lng = '', radius] = match;
	if ((shape === 'a') !== (radius !== undefined)) return null;
	const pin = { lat: Number(lat), lng: Number(lng), radiusKm: radius ? Number(radius) : null };
	const normal = normalizePin(pin);
	// One code per pin: `p1.50_2` or `p-0_2` would be a second spelling of another pin.
	return normal && encodePin(normal) === code ? normal : null;
}

/** Whether a target code is a pin (`p…`/`a…`) rather than a gazetteer id (`source:code`). */
export function isPinCode(code: string): boolean {
	return /^[pa][-\d]/.test(code);
}

/** The id of the place a pin makes; two mentions pinned to the same spot share one place. */
export function pinId(pin: Pin): string {
	return `pin:${encodePin(pin)!.slice(1)}`;
}

/** The place a pin stands for, named by the text it pins. */
export function pinTarget(pin: Pin, name: string): CorrectionTarget {
	return {
		id: pinId(pin),
		name,
		kind: pin.radiusKm === null ? 'landmark' : 'region',
		country: null,
		admin1: null,
		point: [pin.lng, pin.lat],
		bbox: pin.radiusKm === null ? null : radiusBox(pin.lat, pin.lng, pin.radiusKm)
	};
}

const KM_PER_DEGREE = 111.32;

/** The box around a circle of `radiusKm` (clamped at the poles; west > east across 180°). */
export function radiusBox(lat: number, lng: number, radiusKm: number): BBox {
	const dLat = radiusKm / KM_PER_DEGREE;
	const cos = Math.cos((lat * Math.PI) / 180);
	const dLng = Math.min(180, radiusKm / (KM_PER_DEGREE * Math.max(cos, 0.01)));
	const wrap = (x: number) => (x > 180 ? x - 360 : x < -180 ? x + 360 : x);
	const west = dLng >= 180 ? -180 : wrap(lng - dLng);
	const east = dLng >= 180 ? 180 : wrap(lng + dLng);
	return [west, Math.max(-90, lat - dLat), east, Math.min(90, lat + dLat)];
}
