/**
 * GET /api/places?q=kar&limit=8 — gazetteer autocomplete for "Wrong place?": the best places
 * whose names start with the typed text, as correction targets (id, name, kind, country, admin1,
 * point [lng, lat], bbox, and `outline: false` for an area the map has no outline of, so it never
 * asks for one). `GET /api/places?id=gn:98182` looks one place up by id.
 */
import { json } from '@sveltejs/kit';
import { getAreas } from '$lib/server/areas';
import { GazetteerLoadError, getGazetteer } from '$lib/server/gazetteer';
import { gazetteerResolver, type CorrectionTarget } from '$lib/share/corrections';
import { PLACE_ID_PATTERN } from '$lib/share/limits';
import { jsonError } from '../http';
import type { RequestHandler } from './$types';

const MAX_QUERY = 100;
const MAX_LIMIT = 20;

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
		const places = gazetteer
			.prefix(q, { limit })
			.map((candidate) => resolve(candidate.place.id))
			.filter((place): place is CorrectionTarget => place !== null)
			.map(withOutline);
		return json({ places }, { headers: { 'cache-control': 'public, max-age=3600' } });
	} catch (error) {
		if (error instanceof GazetteerLoadError) return jsonError(503, error.message);
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
