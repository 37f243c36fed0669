import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { BASEMAP_FILES, FINE_FROM_ZOOM } from './style';

/**
 * Swaps the offline basemap's coarse file (Natural Earth 1:110m, a tenth of the data, so the world
 * view is quick) for the fine one (1:50m), once, the first time the map is zoomed in past
 * `FINE_FROM_ZOOM`. A map that opened that close already has it (`basemapStyle`'s `zoom`). Does
 * nothing over a style without the `basemap` source (an online style).
 */
export function refineWhenZoomed(map: MapLibreMap, origin: string): void {
	const fine = new URL(BASEMAP_FILES.fine, origin).href;
	const refine = () => {
		if (map.getZoom() < FINE_FROM_ZOOM) return;
		map.off('zoomend', refine);
		const source = map.getSource('basemap') as GeoJSONSource | undefined;
		if (source && source.serialize().data !== fine) source.setData(fine);
	};
	map.on('zoomend', refine);
	refine();
}
