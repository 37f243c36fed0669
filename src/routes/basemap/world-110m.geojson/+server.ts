import { json } from '@sveltejs/kit';
import { worldBasemap } from '$lib/server/basemap';

// Written to a static file at build time, so the basemap is served by the app itself, offline.
export const prerender = true;

export function GET() {
	return json(worldBasemap('110m'));
}
