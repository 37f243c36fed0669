/**
 * GET /areas/{id} — the outline of a country, first-level division or US county as a GeoJSON
 * Feature (`/areas/country:IQ`, `/areas/admin1:IQ.12`, `/areas/admin2:US.IL.031`, and with the
 * optional Natural Earth import `/areas/ne:lake:lake-egridir`, a river a MultiLineString), for the map to
 * draw round a selected area. 404 JSON for ids without an outline (points, unknown ids).
 * Outlines change only with the areas artifact, so responses carry its digest as ETag and may be
 * cached for a day (a rebuilt artifact gets a new ETag; revalidation answers 304).
 */
import { json } from '@sveltejs/kit';
import { AreasLoadError, getAreas } from '$lib/server/areas';
import { getGazetteer } from '$lib/server/gazetteer';
import { jsonError } from '$lib/server/security';
import type { RequestHandler } from './$types';

/** Gazetteer ids that can have an outline. */
const AREA_ID =
	/^(country:[A-Z]{2}|admin1:[A-Z]{2}\.[A-Za-z0-9]{1,8}|admin2:US\.[A-Z]{2}\.\d{3}|ne:[a-z]+:[a-z0-9-]+)$/;

const CACHE = 'public, max-age=86400, stale-while-revalidate=604800';

export const GET: RequestHandler = ({ params, request }) => {
	const id = params.id;
	if (!AREA_ID.test(id)) return jsonError(404, 'No outline for this id.');
	let areas;
	try {
		areas = getAreas();
	} catch (error) {
		// The cause (with the file's path) was logged when it first failed; not for the client.
		if (error instanceof AreasLoadError) return jsonError(503, 'Outlines are unavailable.');
		throw error;
	}
	const geometry = areas.area(id);
	if (!geometry) return jsonError(404, 'No outline for this id.');
	const etag = `"areas-v${areas.version}-${areas.digest}-${id}"`;
	const headers = { etag, 'cache-control': CACHE };
	if (request.headers.get('if-none-match') === etag)
		return new Response(null, { status: 304, headers });
	const place = getGazetteer().byId(id);
	return json(
		{
			type: 'Feature',
			id,
			properties: {
				id,
				name: place?.name ?? null,
				kind: place?.kind ?? null,
				bbox: place?.bbox ?? null
			},
			geometry
		},
		{ headers: { ...headers, 'content-type': 'application/geo+json' } }
	);
};
