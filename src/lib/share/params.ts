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
 * without them decodes exactly as version 1 did. Version 3 marks an offset into the title given
 * apart from the text with `t` (`m=t12`: the mention at 12 in the title); written only then, so
 * every other link is written, and decodes, as before.
 *
 * The centre's precision follows the zoom ({@link centerDecimals}). This module writes links;
 * `decode.ts` reads them (a reader page writes its state, and only the server or /view decodes).
 */
import type { MapView, ShareState } from './types';
import { isOffset, MAX_KEY_LENGTH, MAX_ZOOM, MIN_ZOOM, PLACE_ID_PATTERN } from './limits';
import { centerDecimals, formatFixed, normalizeBearing, wrapLng } from './precision';
import {
	EDITS_FORMAT_VERSION,
	emptyEdits,
	encodeEdits,
	encodeOffset,
	hasEdits,
	hasTitleEdits,
	SHARE_FORMAT_VERSION
} from './edits-params';
import { CORRECTION_PARAMS } from './correction-params';
import { encodeTarget } from './targets';

/** The query parameters this module owns; others in a URL are left alone. */
const SHARE_PARAMS = ['place', 'm', 'map', 'v', ...CORRECTION_PARAMS] as const;

/** Between a correction's name key and its target: `fix=georgia~gn:4197000`. */
export const SEPARATOR = '~';

/** A share state with nothing selected, no camera, no corrections and no edits. */
export function emptyShareState(): ShareState {
	return { place: null, mention: null, view: null, corrections: {}, edits: emptyEdits() };
}

/** The share state as query parameters (only the parameters that carry something). */
export function encodeShareParams(state: ShareState): URLSearchParams {
	const params = new URLSearchParams();
	const pinned = Object.values(state.corrections).some((c) => c && 'pin' in c);
	const inTitle = state.mention !== null && state.mentionPart === 'title';
	if (inTitle || hasTitleEdits(state.edits)) params.set('v', String(SHARE_FORMAT_VERSION));
	else if (pinned || hasEdits(state.edits)) params.set('v', String(EDITS_FORMAT_VERSION));
	if (state.place !== null && PLACE_ID_PATTERN.test(state.place)) params.set('place', state.place);
	if (state.mention !== null && isOffset(state.mention))
		params.set('m', encodeOffset(state.mention, state.mentionPart));
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

/** A name key as `nameKey` makes them: trimmed, no separator, no control characters. */
export function isKey(key: string): boolean {
	return (
		key.length > 0 &&
		key.length <= MAX_KEY_LENGTH &&
		key === key.trim() &&
		!key.includes(SEPARATOR) &&
		!/\p{C}/u.test(key)
	);
}
