import { error, json } from '@sveltejs/kit';
import { townLabelCells } from '$lib/server/basemap';
import type { EntryGenerator, RequestHandler } from './$types';

// One static file per cell, written at build time (compressed like the other basemap files).
export const prerender = true;

export const entries: EntryGenerator = () => [...townLabelCells().keys()].map((cell) => ({ cell }));

export const GET: RequestHandler = ({ params }) => {
	const features = townLabelCells().get(params.cell);
	if (!features) error(404, 'no such cell');
	return json({ type: 'FeatureCollection', features });
};
