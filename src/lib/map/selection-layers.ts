import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { ReaderPlace } from '../article/types';
import { bboxPolygon, emptyCollection } from './outline';

const AREA = 'selected-area';
const BOX = 'selected-box';
const AREA_LAYERS = ['selected-area-fill', 'selected-area-line'];
const BOX_LAYERS = ['selected-box-line'];

/** Gazetteer ids `GET /areas/{id}` may have an outline for (the endpoint's own pattern). */
const AREA_ID =
	/^(country:[A-Z]{2}|admin1:[A-Z]{2}\.[A-Za-z0-9]{1,8}|admin2:US\.[A-Z]{2}\.\d{3}|ne:[a-z]+:[a-z0-9-]+)$/;

/**
 * Adds the layers that outline a selected area: its own polygon from the gazetteer's areas
 * (`/areas/{id}`: countries, provinces, US counties) and, for areas without one, their bounding
 * box dashed. Works over any style, the offline basemap or an online one. The layers stay hidden
 * until there is something to outline: a hidden layer's source loads no tiles and draws nothing,
 * so they add no work to the map's first view (every frame costs with software WebGL).
 */
export function addSelectionLayers(map: MapLibreMap): void {
	map.addSource(AREA, { type: 'geojson', data: emptyCollection });
	map.addSource(BOX, { type: 'geojson', data: emptyCollection });
	map.addLayer({
		id: 'selected-area-fill',
		type: 'fill',
		source: AREA,
		layout: { visibility: 'none' },
		paint: { 'fill-color': '#000', 'fill-opacity': 0.12 }
	});
	map.addLayer({
		id: 'selected-area-line',
		type: 'line',
		source: AREA,
		layout: { visibility: 'none' },
		paint: { 'line-color': '#000', 'line-width': 2.5 }
	});
	map.addLayer({
		id: 'selected-box-line',
		type: 'line',
		source: BOX,
		layout: { visibility: 'none' },
		paint: { 'line-color': '#000', 'line-width': 2, 'line-dasharray': [3, 2] }
	});
}

/**
 * What outlines a place: the URL of its polygon, its bbox (drawn when there is no polygon or it
 * fails to load), or nothing (points). `withoutOutline` lists ids the server knows have no
 * polygon, so the page does not ask for them.
 */
export function outlineOf(
	entry: ReaderPlace | null,
	origin: string,
	withoutOutline: ReadonlySet<string> | null = null
): { area: string | null; box: Feature | null } {
	const place = entry?.area ? entry.place : null;
	if (!place) return { area: null, box: null };
	const box = place.bbox ? bboxPolygon(place.bbox) : null;
	if (!AREA_ID.test(place.id) || withoutOutline?.has(place.id)) return { area: null, box };
	return { area: new URL(`/areas/${encodeURIComponent(place.id)}`, origin).href, box };
}

/**
 * Outlines the selected area in its colour, replacing any previous outline. Polygons are fetched
 * once each; a selection made while one loads wins over it.
 */
export function createOutliner(
	map: MapLibreMap,
	origin: string,
	withoutOutline: ReadonlySet<string> | null
) {
	const cache = new Map<string, Promise<Feature | null>>();
	let current = 0;
	const set = (id: string, data: FeatureCollection | Feature) =>
		(map.getSource(id) as GeoJSONSource | undefined)?.setData(data);
	const showLayers = (layers: string[], visible: boolean) => {
		for (const layer of layers)
			map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none');
	};
	const fetchArea = (url: string) => {
		let pending = cache.get(url);
		if (!pending) {
			pending = fetch(url)
				.then((response) => (response.ok ? (response.json() as Promise<Feature>) : null))
				.catch(() => null);
			cache.set(url, pending);
		}
		return pending;
	};

	return async function show(entry: ReaderPlace | null, colour: string): Promise<void> {
		const serial = ++current;
		const { area, box } = outlineOf(entry, origin, withoutOutline);
		showLayers([...AREA_LAYERS, ...BOX_LAYERS], false);
		if (!area && !box) return;
		for (const layer of [...AREA_LAYERS, ...BOX_LAYERS]) {
			map.setPaintProperty(layer, layer.endsWith('fill') ? 'fill-color' : 'line-color', colour);
		}
		const polygon = area ? await fetchArea(area) : null;
		if (serial !== current) return;
		// New data before the layers show, so an earlier outline never flashes.
		if (polygon) {
			set(AREA, polygon);
			showLayers(AREA_LAYERS, true);
		} else if (box) {
			set(BOX, { type: 'FeatureCollection', features: [box] });
			showLayers(BOX_LAYERS, true);
		}
	};
}
