/**
 * GET /api/places?q=kar&limit=8&near=44.4,33.3 — the correction search for "Wrong place?"
 * (`Gazetteer.search`): places known by any name that is or begins with the text, "Name, Region"
 * and "Name County, State" narrowed to that area, nearer `near` ([lng, lat], the story) first;
 * as correction targets (id, name, kind, country, admin1, point [lng, lat], bbox, and
 * `outline: false` for an area the map has no outline of, so it never asks for one).
 * `GET /api/places?id=gn:98182` looks one place up by id.
 */
import { json } from '@sveltejs/kit';
import { getAreas } from '$lib/server/areas';
import { GazetteerLoadError, getGazetteer } from '$lib/server/gazetteer';
import { gazetteerResolver, type CorrectionTarget } from '$lib/share/corrections';
import { PLACE_ID_PATTERN } from '$lib/share/limits';
import { jsonError } from '$lib/server/security';
import type { LngLat } from '$lib/gazetteer/types';
import type { RequestHandler } from './$types';

const MAX_QUERY = 100;
const MAX_LIMIT = 20;

/** `near=lng,lat` as a point, or undefined when absent or not two coordinates in range. */
function nearPoint(value: string | null): LngLat | undefined {
	if (value === null) return undefined;
	const [lng, lat, ...rest] = value.split(',').map(Number);
	if (rest.length > 0 || lng === undefined || lat === undefined) return undefined;
	if (!(Math.abs(lng) <= 180 && Math.abs(lat) <= 90)) return undefined;
	return [lng, lat];
}

export const GET: RequestHandler = ({ url }) => {
	const q = url.searchParams.get('q');
	const id = url.searchParams.get('id');
	const limit = Math.min(MAX_LIMIT, Math.max(1, Number(url.searchParams.get('limit')) || 8));
	try {
		const gazetteer = getGazetteer();
		const resolve = gazetteerResolver(gazetteer);
		if (id !== null) {
			const place = PLACE_ID_PATTERN.test(id) ? resolve(id) : null;
			return place
				? json({ places: [withOutline(place)] })
				: jsonError(404, 'No place has this id.');
		}
		if (q === null || q.trim() === '') return jsonError(400, 'Give the start of a name: ?q=…');
		if (q.length > MAX_QUERY)
			return jsonError(400, `The query is longer than ${MAX_QUERY} characters.`);
		const near = nearPoint(url.searchParams.get('near'));
		if (url.searchParams.has('near') && !near)
			return jsonError(400, 'Give near as longitude,latitude: ?near=44.4,33.3');
		const places = gazetteer
			.search(q, { limit, near })
			.map((candidate) => resolve(candidate.place.id))
			.filter((place): place is CorrectionTarget => place !== null)
			.map(withOutline);
		return json({ places }, { headers: { 'cache-control': 'public, max-age=3600' } });
	} catch (error) {
		if (error instanceof GazetteerLoadError) {
			console.error(`places: ${error.message}`);
			return jsonError(503, 'Places cannot be looked up right now; try again later.');
		}
		throw error;
	}
};

const AREA_KINDS = new Set(['country', 'admin1', 'admin2', 'continent', 'region', 'water']);

/** The place, saying `outline: false` when it is an area without an outline polygon. */
function withOutline(place: CorrectionTarget): CorrectionTarget & { outline?: false } {
	if (!AREA_KINDS.has(place.kind)) return place;
	try {
		return getAreas().has(place.id) ? place : { ...place, outline: false };
	} catch {
		return { ...place, outline: false };
	}
}
