import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { BASEMAP_FILES } from './style';

/** From this zoom on, 1:110m coastlines look coarse: switch to 1:50m. */
export const FINE_FROM_ZOOM = 2.5;

/**
 * Starts the offline basemap with Natural Earth 1:110m (a tenth of the data, so the first view is
 * quick) and swaps in 1:50m, once, the first time the map is zoomed in past `FINE_FROM_ZOOM`.
 * Does nothing over a style without these sources (an online style).
 */
export function refineWhenZoomed(map: MapLibreMap, origin: string): void {
	const refine = () => {
		if (map.getZoom() < FINE_FROM_ZOOM) return;
		map.off('zoomend', refine);
		for (const id of ['land', 'borders'] as const) {
			const source = map.getSource(id) as GeoJSONSource | undefined;
			source?.setData(new URL(BASEMAP_FILES[id].fine, origin).href);
		}
	};
	map.on('zoomend', refine);
	refine();
}
