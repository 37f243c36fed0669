/**
 * Which town and city names the basemap shows at each zoom: bigger places first, never more than
 * a few per patch of screen, so a zoomed-out map names its cities and a zoomed-in one its towns.
 * Pure: rows in, label points out.
 */

import type { Feature, Point } from 'geojson';
import { latinName } from './names';
import { LABEL_MAX_ZOOM, type PlaceProps } from '../../../src/lib/basemap/schema';

/** A populated place read from GeoNames. */
export interface PopulatedPlace {
	name: string;
	lng: number;
	lat: number;
	population: number;
	capital: boolean;
}

export interface ThinningOptions {
	/** The first zoom any locality shows at. */
	fromZoom: number;
	/** Smallest population that may show at each zoom (index = zoom; past the end, the last). */
	minPopulation: readonly number[];
	/** At most this many names in a square of `cellPixels` px of screen (512 px tiles). */
	perCell: number;
	cellPixels: number;
}

/**
 * Zoom 3: capitals and cities of a million; each zoom after admits smaller places, down to
 * villages of 500 from zoom 11. Two names per 128 px square keep labels apart while leaving
 * MapLibre's own collision test something to choose from.
 */
const DEFAULT_THINNING: ThinningOptions = {
	fromZoom: 3,
	minPopulation: [
		Infinity,
		Infinity,
		Infinity,
		1_000_000,
		300_000,
		100_000,
		30_000,
		10_000,
		5_000,
		2_000,
		1_000,
		500
	],
	perCell: 2,
	cellPixels: 128
};

/** Web Mercator x, y in 0…1 across the world. */
export function mercator(lng: number, lat: number): [number, number] {
	const clamped = Math.max(-85.05, Math.min(85.05, lat));
	const sin = Math.sin((clamped * Math.PI) / 180);
	return [(lng + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

/** Capitals rank as if ten times their size (a capital of 300,000 shows with the millions). */
const weight = (p: PopulatedPlace) => p.population * (p.capital ? 10 : 1);

/**
 * The first zoom each place's name shows at, or null when it never does up to `LABEL_MAX_ZOOM`.
 * Zoom by zoom, places in order of (capital-weighted) population take a free slot in their
 * screen cell; a place shown keeps its slot at every deeper zoom.
 */
export function assignMinZoom(
	places: readonly PopulatedPlace[],
	options: ThinningOptions = DEFAULT_THINNING
): (number | null)[] {
	const order = places.map((_, i) => i).sort((a, b) => weight(places[b]!) - weight(places[a]!));
	const xy = places.map((p) => mercator(p.lng, p.lat));
	const result: (number | null)[] = places.map(() => null);
	for (let z = options.fromZoom; z <= LABEL_MAX_ZOOM; z++) {
		const floor = options.minPopulation[Math.min(z, options.minPopulation.length - 1)] ?? Infinity;
		const cells = (512 * 2 ** z) / options.cellPixels;
		const used = new Map<number, number>();
		const key = (i: number) =>
			Math.floor(xy[i]![0] * cells) * cells + Math.floor(Math.min(xy[i]![1], 0.999999) * cells);
		for (const i of order) {
			const place = places[i]!;
			const shown = result[i] !== null;
			if (!shown && weight(place) < floor) continue;
			const k = key(i);
			const count = used.get(k) ?? 0;
			if (shown || count < options.perCell) {
				used.set(k, count + 1);
				if (!shown) result[i] = z;
			}
		}
	}
	return result;
}

/** Populated places from a GeoNames `cities*.txt` dump (tab-separated, 19 columns). */
export function parseGeoNamesPlaces(tsv: string): PopulatedPlace[] {
	const out: PopulatedPlace[] = [];
	for (const line of tsv.split('\n')) {
		const cols = line.split('\t');
		if (cols.length < 15) continue;
		const lng = Number(cols[5]);
		const lat = Number(cols[4]);
		if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lat) > 90) continue;
		if (Math.abs(lng) > 180) continue;
		// The ASCII name where GeoNames gives the name in another script.
		const name = latinName([cols[1], cols[2]]);
		if (!name) continue;
		out.push({
			name,
			lng,
			lat,
			population: Number(cols[14]) || 0,
			capital: cols[7] === 'PPLC'
		});
	}
	return out;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** The places that show at some zoom, as `places` layer points. */
export function localityFeatures(
	places: readonly PopulatedPlace[],
	options: ThinningOptions = DEFAULT_THINNING
): Feature<Point, PlaceProps>[] {
	const zooms = assignMinZoom(places, options);
	return places.flatMap((p, i): Feature<Point, PlaceProps>[] => {
		const z = zooms[i];
		if (z === null || z === undefined) return [];
		return [
			{
				type: 'Feature',
				properties: {
					kind: p.capital ? 'capital' : 'locality',
					name: p.name,
					min_zoom: z,
					rank: p.population
				},
				geometry: { type: 'Point', coordinates: [round(p.lng), round(p.lat)] }
			}
		];
	});
}
