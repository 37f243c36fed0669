import { json } from '@sveltejs/kit';
import type { Topology } from 'topojson-specification';
import land from 'world-atlas/land-110m.json';
import { roundCoordinates, topologyLayer } from '$lib/map/basemap-data';

// Written to a static file at build time, so the basemap is served by the app itself, offline.
export const prerender = true;

export function GET() {
	return json(roundCoordinates(topologyLayer(land as unknown as Topology, 'land')));
}
