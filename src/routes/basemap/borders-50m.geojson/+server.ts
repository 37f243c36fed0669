import { json } from '@sveltejs/kit';
import type { Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-50m.json';
import { bordersLayer, roundCoordinates } from '$lib/map/basemap-data';

// Written to a static file at build time, so the basemap is served by the app itself, offline.
export const prerender = true;

export function GET() {
	return json(roundCoordinates(bordersLayer(countries as unknown as Topology, 'countries')));
}
