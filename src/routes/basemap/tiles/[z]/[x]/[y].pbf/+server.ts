import { error } from '@sveltejs/kit';
import { basemapTile } from '$lib/server/tiles';
import type { RequestHandler } from './$types';

/** The deepest zoom a client could ask for (MapLibre over-zooms past the tiles' own maximum). */
const MAX_ZOOM = 24;

/**
 * One vector tile of the offline basemap, from the MBTiles file built at install. An empty tile
 * (open sea) is 204, which MapLibre draws as empty without an error.
 */
export const GET: RequestHandler = ({ params }) => {
	const [z, x, y] = [params.z, params.x, params.y].map((v) =>
		/^\d{1,8}$/.test(v) ? Number(v) : NaN
	);
	if (
		!Number.isInteger(z) ||
		!Number.isInteger(x) ||
		!Number.isInteger(y) ||
		z! > MAX_ZOOM ||
		x! >= 2 ** z! ||
		y! >= 2 ** z!
	)
		error(400, 'No such tile');
	let tile: Uint8Array | null;
	try {
		tile = basemapTile(z!, x!, y!);
	} catch {
		error(503, 'The basemap tiles are not built');
	}
	const cache = { 'cache-control': 'public, max-age=86400' };
	if (!tile) return new Response(null, { status: 204, headers: cache });
	return new Response(tile as Uint8Array<ArrayBuffer>, {
		headers: {
			'content-type': 'application/x-protobuf',
			'content-encoding': 'gzip',
			'content-length': String(tile.byteLength),
			...cache
		}
	});
};
