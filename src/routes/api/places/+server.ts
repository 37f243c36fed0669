/**
 * GET /api/places?q=kar&limit=8 — gazetteer autocomplete for "Wrong place?": the best places
 * whose names start with the typed text, as correction targets (id, name, kind, country, admin1,
 * point [lng, lat], bbox). `GET /api/places?id=gn:98182` looks one place up by id.
 */
import { json } from '@sveltejs/kit';
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
			return place ? json({ places: [place] }) : jsonError(404, 'No place has this id.');
		}
		if (q === null || q.trim() === '') return jsonError(400, 'Give the start of a name: ?q=…');
		if (q.length > MAX_QUERY)
			return jsonError(400, `The query is longer than ${MAX_QUERY} characters.`);
		const places = gazetteer
			.prefix(q, { limit })
			.map((candidate) => resolve(candidate.place.id))
			.filter((place): place is CorrectionTarget => place !== null);
		return json({ places }, { headers: { 'cache-control': 'public, max-age=3600' } });
	} catch (error) {
		if (error instanceof GazetteerLoadError) {
			console.error(`places: ${error.message}`);
			return jsonError(503, 'Places cannot be looked up right now; try again later.');
		}
		throw error;
	}
};
