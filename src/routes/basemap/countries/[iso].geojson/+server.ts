import { error, json } from '@sveltejs/kit';
import type { Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-50m.json';
import { roundCoordinates, topologyLayer, withIsoCodes } from '$lib/map/basemap-data';
import type { EntryGenerator, RequestHandler } from './$types';

// One file per country (ISO 3166-1 alpha-2), written at build time: the reader fetches only the
// outline of the country that is selected.
export const prerender = true;

const layer = () => withIsoCodes(topologyLayer(countries as unknown as Topology, 'countries'));

export const entries: EntryGenerator = () =>
	layer()
		.features.map((f) => String(f.properties?.iso ?? ''))
		.filter(Boolean)
		.map((iso) => ({ iso }));

export const GET: RequestHandler = ({ params }) => {
	const all = layer();
	const features = all.features.filter((f) => f.properties?.iso === params.iso);
	if (features.length === 0) error(404, `No country ${params.iso}`);
	return json(roundCoordinates({ type: 'FeatureCollection', features }));
};
