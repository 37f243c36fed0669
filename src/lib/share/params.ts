/**
 * Share state ↔ URL query parameters. The URL is the share format: the reader writes these with
 * SvelteKit's `replaceState`, and any browser that opens the link decodes the same state.
 *
 * | param   | meaning                                     | example                  |
 * | ------- | ------------------------------------------- | ------------------------ |
 * | `place` | selected place id                           | `place=gn:98182`         |
 * | `m`     | selected mention, by start offset           | `m=1204`                 |
 * | `map`   | zoom/lat/lng[/bearing], like MapLibre's hash | `map=7.5/33.312/44.25/-15` |
 * | `fix`   | a correction, repeated: `key~placeId|none`  | `fix=georgia~gn:4197000` |
 * |         | … or `key~pin` (format version 2)           | `fix=taji~p33.3_44.2`    |
 *
 * Version 2 adds the reader's edits (`v`, `add`, `one`, `ok`: see `edits-params.ts`); a link
 * without them decodes exactly as version 1 did.
 *
 * The centre's precision follows the zoom ({@link centerDecimals}). Decoding is strict and total:
 * it never throws; every malformed, out-of-range or duplicated value is dropped and listed, and
 * whatever else could be trusted is kept.
 */
import type { Corrections, DecodedShareState, MapView, ShareState } from './types';
import {
	MAX_CORRECTIONS,
	MAX_KEY_LENGTH,
	MAX_OFFSET,
	MAX_ZOOM,
	MIN_ZOOM,
	PLACE_ID_PATTERN
} from './limits';
import { centerDecimals, formatFixed, normalizeBearing, wrapLng } from './precision';
import {
	decodeEdits,
	emptyEdits,
	encodeEdits,
	hasEdits,
	SHARE_FORMAT_VERSION
} from './edits-params';
import { CORRECTION_PARAMS } from './correction-params';
import { isPinCode } from './pin';
import { decodeTarget, encodeTarget, NOT_A_PLACE } from './targets';

/** The query parameters this module owns; others in a URL are left alone. */
const SHARE_PARAMS = ['place', 'm', 'map', 'v', ...CORRECTION_PARAMS] as const;

const SEPARATOR = '~';

/** A share state with nothing selected, no camera, no corrections and no edits. */
export function emptyShareState(): ShareState {
	return { place: null, mention: null, view: null, corrections: {}, edits: emptyEdits() };
}

/** The share state as query parameters (only the parameters that carry something). */
export function encodeShareParams(state: ShareState): URLSearchParams {
	const params = new URLSearchParams();
	const pinned = Object.values(state.corrections).some((c) => c && 'pin' in c);
	if (pinned || hasEdits(state.edits)) params.set('v', String(SHARE_FORMAT_VERSION));
	if (state.place !== null && PLACE_ID_PATTERN.test(state.place)) params.set('place', state.place);
	if (state.mention !== null && isOffset(state.mention)) params.set('m', String(state.mention));
	const map = state.view && encodeView(state.view);
	if (map) params.set('map', map);
	for (const key of Object.keys(state.corrections).sort()) {
		const correction = state.corrections[key];
		if (!isKey(key) || typeof correction !== 'object' || correction === null) continue;
		const target = encodeTarget(correction);
		if (target !== null) params.append('fix', `${key}${SEPARATOR}${target}`);
	}
	encodeEdits(state.edits, params);
	return params;
}

/**
 * A copy of `url` whose share parameters say `state`; other parameters and the fragment are kept.
 *
 * @example replaceState(withShareParams(page.url, state), {})
 */
export function withShareParams(url: URL, state: ShareState): URL {
	const next = new URL(url);
	for (const name of SHARE_PARAMS) next.searchParams.delete(name);
	for (const [name, value] of encodeShareParams(state)) next.searchParams.append(name, value);
	return next;
}

/** Decode query parameters into the share state they can be trusted to say. Never throws. */
export function decodeShareParams(params: URLSearchParams): DecodedShareState {
	const state = emptyShareState();
	const dropped: string[] = [];
	const single = (name: string): string | null => {
		const values = [...new Set(params.getAll(name))];
		if (values.length > 1) dropped.push(`${name}: given ${values.length} different values`);
		return values.length === 1 ? (values[0] ?? null) : null;
	};

	const place = single('place');
	if (place !== null) {
		if (PLACE_ID_PATTERN.test(place)) state.place = place;
		else dropped.push(`place: not a place id (${quote(place)})`);
	}

	const mention = single('m');
	if (mention !== null) {
		const offset = /^\d{1,8}$/.test(mention) ? Number(mention) : NaN;
		if (isOffset(offset)) state.mention = offset;
		else dropped.push(`m: not a text offset (${quote(mention)})`);
	}

	const map = single('map');
	if (map !== null) state.view = decodeView(map, dropped);

	state.corrections = decodeCorrections(params.getAll('fix'), dropped);
	state.edits = decodeEdits(params, dropped);
	return { state, dropped };
}

function encodeView(view: MapView): string | null {
	const [lng, lat] = view.center;
	if (![lng, lat, view.zoom, view.bearing].every(Number.isFinite)) return null;
	const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.zoom));
	const decimals = centerDecimals(zoom);
	const parts = [
		formatFixed(zoom, 2),
		formatFixed(Math.min(90, Math.max(-90, lat)), decimals),
		formatFixed(wrapLng(lng), decimals)
	];
	const bearing = Number(formatFixed(normalizeBearing(view.bearing), 1));
	if (bearing !== 0) parts.push(formatFixed(normalizeBearing(bearing), 1));
	return parts.join('/');
}

const ZOOM = /^\d{1,2}(\.\d{1,6})?$/;
const COORD = /^-?\d{1,3}(\.\d{1,10})?$/;

function decodeView(value: string, dropped: string[]): MapView | null {
	const parts = value.split('/');
	if (parts.length < 3 || parts.length > 4) {
		dropped.push(`map: expected zoom/lat/lng[/bearing] (${quote(value)})`);
		return null;
	}
	const [z = '', lat = '', lng = '', b] = parts;
	const zoom = ZOOM.test(z) ? Number(z) : NaN;
	if (!(zoom >= MIN_ZOOM && zoom <= MAX_ZOOM)) {
		dropped.push(`map: zoom out of range 0–24 (${quote(z)})`);
		return null;
	}
	const latitude = COORD.test(lat) ? Number(lat) : NaN;
	const longitude = COORD.test(lng) ? Number(lng) : NaN;
	if (!(Math.abs(latitude) <= 90) || !(Math.abs(longitude) <= 180)) {
		dropped.push(`map: centre is not a position (${quote(`${lat}/${lng}`)})`);
		return null;
	}
	let bearing = 0;
	if (b !== undefined) {
		const parsed = COORD.test(b) ? Number(b) : NaN;
		if (Math.abs(parsed) <= 360) bearing = normalizeBearing(parsed);
		else dropped.push(`map: bearing is not an angle (${quote(b)}); north up instead`);
	}
	return { center: [longitude, latitude], zoom, bearing: bearing === 0 ? 0 : bearing };
}

function decodeCorrections(values: string[], dropped: string[]): Corrections {
	// A Map, then fromEntries: a key such as `__proto__` becomes plain data, never a prototype.
	const corrections = new Map<string, Corrections[string]>();
	let count = 0;
	for (const value of values) {
		if (count >= MAX_CORRECTIONS) {
			dropped.push(`fix: more than ${MAX_CORRECTIONS} corrections; the rest ignored`);
			break;
		}
		const at = value.lastIndexOf(SEPARATOR);
		const key = at > 0 ? value.slice(0, at) : '';
		if (key === '__proto__') {
			// Never a name (nameKey folds the underscores away), and no serialiser takes it as data.
			dropped.push(`fix: "__proto__" is not a place name`);
			continue;
		}
		const target = at > 0 ? decodeTarget(value.slice(at + 1)) : null;
		if (!isKey(key) || target === null) {
			dropped.push(`fix: expected name~placeId or name~none (${quote(value)})`);
			continue;
		}
		if (corrections.has(key)) {
			dropped.push(`fix: "${key}" corrected twice; the first kept`);
			continue;
		}
		corrections.set(key, target);
		count++;
	}
	return Object.fromEntries(corrections);
}

/** A name key as `nameKey` makes them: trimmed, no separator, no control characters. */
function isKey(key: string): boolean {
	return (
		key.length > 0 &&
		key.length <= MAX_KEY_LENGTH &&
		key === key.trim() &&
		!key.includes(SEPARATOR) &&
		!/\p{C}/u.test(key)
	);
}

function isOffset(value: number): boolean {
	return Number.isSafeInteger(value) && value >= 0 && value <= MAX_OFFSET;
}

/** A value for an error message: quoted and cut short, since it came from a stranger. */
function quote(value: string): string {
	return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/**
 * Corrections from a JSON value (an API body's `corrections`), with the same rules as links:
 * `{ "georgia": { "placeId": "gn:614540" }, "jordan": { "notAPlace": true } }`.
 */
export function parseCorrections(value: unknown): { corrections: Corrections; dropped: string[] } {
	const dropped: string[] = [];
	if (value === undefined || value === null) return { corrections: {}, dropped };
	if (typeof value !== 'object' || Array.isArray(value)) {
		return { corrections: {}, dropped: ['corrections: expected an object'] };
	}
	const encoded: string[] = [];
	for (const [key, correction] of Object.entries(value)) {
		const c = correction as { placeId?: unknown; notAPlace?: unknown } | null;
		if (c && c.notAPlace === true) encoded.push(`${key}${SEPARATOR}${NOT_A_PLACE}`);
		else if (
			c &&
			typeof c.placeId === 'string' &&
			!isPinCode(c.placeId) &&
			c.placeId !== NOT_A_PLACE
		) {
			encoded.push(`${key}${SEPARATOR}${c.placeId}`);
		} else dropped.push(`corrections: ${quote(key)} is neither {placeId} nor {notAPlace: true}`);
	}
	return { corrections: decodeCorrections(encoded, dropped), dropped };
}
