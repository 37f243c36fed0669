import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { ReaderPlace } from '../article/types';
import { bboxPolygon, emptyCollection } from './outline';

const COUNTRY = 'selected-country';
const BOX = 'selected-box';

/**
 * Adds the layers that outline a selected area: the country's own polygon (Natural Earth, one
 * prerendered file per ISO code, fetched when selected) and, for provinces and regions we have no
 * polygon for, their bounding box. Works over any style, the offline basemap or an online one.
 */
export function addSelectionLayers(map: MapLibreMap): void {
	map.addSource(COUNTRY, { type: 'geojson', data: emptyCollection });
	map.addSource(BOX, { type: 'geojson', data: emptyCollection });
	map.addLayer({
		id: 'selected-country-fill',
		type: 'fill',
		source: COUNTRY,
		paint: { 'fill-color': '#000', 'fill-opacity': 0.12 }
	});
	map.addLayer({
		id: 'selected-country-line',
		type: 'line',
		source: COUNTRY,
		paint: { 'line-color': '#000', 'line-width': 2.5 }
	});
	map.addLayer({
		id: 'selected-box-line',
		type: 'line',
		source: BOX,
		paint: { 'line-color': '#000', 'line-width': 2, 'line-dasharray': [3, 2] }
	});
}

/** What outlines a place: its country polygon file, its bbox, or nothing (points). */
export function outlineOf(
	entry: ReaderPlace | null,
	origin: string
): { country: string | null; box: ReturnType<typeof bboxPolygon> | null } {
	const place = entry?.area ? entry.place : null;
	if (!place) return { country: null, box: null };
	if (place.kind === 'country' && place.country) {
		const code = encodeURIComponent(place.country.toUpperCase());
		return { country: new URL(`/basemap/countries/${code}.geojson`, origin).href, box: null };
	}
	return { country: null, box: place.bbox ? bboxPolygon(place.bbox) : null };
}

/** Outlines `entry` when it is an area (in `colour`), and clears any previous outline. */
export function showOutline(
	map: MapLibreMap,
	entry: ReaderPlace | null,
	colour: string,
	origin: string
): void {
	const { country, box } = outlineOf(entry, origin);
	map.setPaintProperty('selected-country-fill', 'fill-color', colour);
	map.setPaintProperty('selected-country-line', 'line-color', colour);
	map.setPaintProperty('selected-box-line', 'line-color', colour);
	(map.getSource(COUNTRY) as GeoJSONSource | undefined)?.setData(country ?? emptyCollection);
	(map.getSource(BOX) as GeoJSONSource | undefined)?.setData(
		box ? { type: 'FeatureCollection', features: [box] } : emptyCollection
	);
}
