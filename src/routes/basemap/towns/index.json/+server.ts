import { json } from '@sveltejs/kit';
import { townLabelCells } from '$lib/server/basemap';

// Written to a static file at build time: the cells that have towns, so the map asks for no other.
export const prerender = true;

export function GET() {
	return json({ cells: [...townLabelCells().keys()].sort() });
}
