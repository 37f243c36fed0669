/**
 * The grid the basemap's town labels are served in (`/basemap/towns/{cell}.geojson`): the world in
 * square cells, so a map zoomed in fetches only the towns of the cells it shows. Pure: shared by
 * the server that writes the cells and the map that asks for them.
 */

/** Side of a cell in degrees. */
export const TOWN_CELL_DEGREES = 5;

/** Town labels show from this zoom on; the cells are fetched only then. */
export const TOWNS_FROM_ZOOM = 7;

/** The list of cells that have towns (so the map never asks for an empty one). */
export const TOWN_INDEX = '/basemap/towns/index.json';

/** Where a cell's towns are. */
export const townCellPath = (key: string) => `/basemap/towns/${key}.geojson`;

/**
 * The key of the cell holding `[lng, lat]`: its south-west corner, `"40_30"` for 40–45° E,
 * 30–35° N (`"-5_-10"` west and south). Longitude 180 belongs to the cell at −180 (it is the
 * same meridian); latitude 90 to the cell below it.
 */
export function cellKey(lng: number, lat: number, cellDegrees: number): string {
	const x = Math.floor((lng >= 180 ? lng - 360 : lng) / cellDegrees) * cellDegrees;
	const y = Math.min(Math.floor(lat / cellDegrees) * cellDegrees, 90 - cellDegrees);
	return `${x}_${y}`;
}

/**
 * The keys of the cells a view `[west, south, east, north]` touches. The view may run past ±180
 * (a map panned across the antimeridian shows longitudes like 185): cells wrap round.
 */
export function cellsInView(
	[west, south, east, north]: [number, number, number, number],
	cellDegrees: number
): string[] {
	const keys = new Set<string>();
	const lo = Math.max(-90, Math.min(south, north));
	const hi = Math.min(90, Math.max(south, north));
	// A view wider than the world needs each cell once.
	const span = Math.min(east - west, 360);
	const x0 = Math.floor(west / cellDegrees) * cellDegrees;
	for (let x = x0; x < west + span; x += cellDegrees) {
		const wrapped = ((((x + 180) % 360) + 360) % 360) - 180;
		for (let y = Math.floor(lo / cellDegrees) * cellDegrees; y <= hi && y < 90; y += cellDegrees) {
			keys.add(cellKey(wrapped, y, cellDegrees));
		}
	}
	return [...keys];
}
