import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature } from 'geojson';
import {
	cellsInView,
	TOWN_CELL_DEGREES,
	TOWN_INDEX,
	TOWNS_FROM_ZOOM,
	townCellPath
} from './town-cells';

/**
 * Fills the basemap's `towns` source with the town labels of the cells in view, whenever the map
 * comes to rest at `TOWNS_FROM_ZOOM` or closer: the cell index first (once), then each cell not
 * yet loaded. Cells stay loaded; the source always holds every loaded cell. Does nothing over a
 * style without the `towns` source (an online style). A cell that fails to load is asked for
 * again at the next rest, and the map goes on without it.
 */
export function loadTownsInView(map: MapLibreMap, origin: string): void {
	let index: Promise<Set<string>> | null = null;
	const loaded = new Map<string, Feature[]>();
	const pending = new Set<string>();

	const fetchJson = async (path: string) => {
		const response = await fetch(new URL(path, origin));
		if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
		return (await response.json()) as unknown;
	};
	const readIndex = () =>
		(index ??= fetchJson(TOWN_INDEX).then(
			(body) => new Set((body as { cells?: string[] }).cells ?? []),
			(error: unknown) => {
				index = null; // asked again next time
				throw error;
			}
		));

	async function update() {
		if (map.getZoom() < TOWNS_FROM_ZOOM || !map.getSource('towns')) return;
		const b = map.getBounds();
		const view: [number, number, number, number] = [
			b.getWest(),
			b.getSouth(),
			b.getEast(),
			b.getNorth()
		];
		const cells = await readIndex();
		const wanted = cellsInView(view, TOWN_CELL_DEGREES).filter(
			(key) => cells.has(key) && !loaded.has(key) && !pending.has(key)
		);
		if (wanted.length === 0) return;
		for (const key of wanted) pending.add(key);
		const results = await Promise.allSettled(
			wanted.map(async (key) => {
				const body = (await fetchJson(townCellPath(key))) as { features?: Feature[] };
				loaded.set(key, body.features ?? []);
			})
		);
		for (const key of wanted) pending.delete(key);
		if (!results.some((r) => r.status === 'fulfilled')) return;
		const source = map.getSource('towns') as GeoJSONSource | undefined;
		source?.setData({ type: 'FeatureCollection', features: [...loaded.values()].flat() });
	}

	const onRest = () => {
		// Town labels are an extra: a failure leaves the map as it was.
		update().catch(() => {});
	};
	map.on('moveend', onRest);
	onRest();
}
