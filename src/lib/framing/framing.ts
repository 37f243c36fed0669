/**
 * The first view of a story's map: the main cluster of its literal places, weighted by how often
 * each is mentioned, far outliers left out (they are announced at the map's edge instead), at a
 * zoom where the cluster's places are separate markers when the view allows. Pure: places and a
 * view size in, a camera out.
 */

import type { LngLat } from '../gazetteer/types';
import { boundsOfPoints, fitZoom, type Bounds } from './camera';

export interface FramedPlace {
	id: string;
	point: LngLat;
	/** Mentions of the place: heavier places pull the frame. */
	weight: number;
	/** Where something happens (literal), not a place only named in passing (associative). */
	literal: boolean;
	/** A country, province or region: its point is a centre, not where things happen. */
	area?: boolean;
}

export interface FrameOptions {
	width: number;
	height: number;
	/** Pixels kept clear on each side. */
	padding: number;
	/** Zoom cap for a plain fit (a lone place is not shown at street level). */
	maxZoom: number;
	/** Markers closer than this (px) are drawn as one group. */
	groupRadius: number;
	/** The cap the frame may go up to so that close places show as separate markers. */
	separateMaxZoom?: number;
	/** Places further than this (km) from every place of a cluster are another cluster. */
	linkKm?: number;
	/** A cluster at least this share of the main one's weight is framed with it. */
	keepShare?: number;
	/** An area whose centre is this close (km) to a framed town is framed too. */
	nearKm?: number;
}

export interface Frame {
	/** The box the camera fits (null: no places; the world view). */
	bounds: Bounds | null;
	/** The zoom that fit gives. */
	zoom: number;
	/** Ids of the places framed. */
	framed: string[];
}

const EARTH_KM = 6371;

/** Great-circle distance in km. */
export function distanceKm([lng1, lat1]: LngLat, [lng2, lat2]: LngLat): number {
	const rad = Math.PI / 180;
	const dLat = (lat2 - lat1) * rad;
	const dLng = (lng2 - lng1) * rad;
	const a =
		Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
	return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Groups places by single linkage: two places closer than `linkKm` are in one cluster, and so
 * is every place linked to either. Clusters heaviest first.
 */
export function clusters<T extends { point: LngLat; weight: number }>(
	places: readonly T[],
	linkKm: number
): T[][] {
	const parent = places.map((_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
	for (let i = 0; i < places.length; i++) {
		for (let j = i + 1; j < places.length; j++) {
			if (distanceKm(places[i]!.point, places[j]!.point) <= linkKm) parent[find(i)] = find(j);
		}
	}
	const groups = new Map<number, T[]>();
	places.forEach((p, i) => {
		const root = find(i);
		groups.set(root, [...(groups.get(root) ?? []), p]);
	});
	const weight = (group: T[]) => group.reduce((n, p) => n + p.weight, 0);
	return [...groups.values()].sort((a, b) => weight(b) - weight(a));
}

/** Web Mercator x, y (0…1 across the world at zoom 0). */
function mercator([lng, lat]: LngLat): [number, number] {
	const sin = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
	return [(lng + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

/**
 * The zoom from which every two distinct places of `points` are at least `radius` px apart
 * (512 px tiles), or -Infinity for fewer than two distinct places.
 */
export function separationZoom(points: readonly LngLat[], radius: number): number {
	const xy = points.map(mercator);
	let closest = Infinity;
	for (let i = 0; i < xy.length; i++) {
		for (let j = i + 1; j < xy.length; j++) {
			const dx = Math.abs(xy[i]![0] - xy[j]![0]);
			const d = Math.hypot(Math.min(dx, 1 - dx), xy[i]![1] - xy[j]![1]);
			if (d > 0) closest = Math.min(closest, d);
		}
	}
	return Number.isFinite(closest) ? Math.log2(radius / (512 * closest)) : -Infinity;
}

/**
 * The story's first view. The places weighed are the literal ones (all, if none is), clustered
 * by distance; the heaviest cluster and any cluster near its weight are framed. An area (a
 * country, a province) weighs for the cluster around it, but the frame holds the cluster's
 * points (towns, sites) when it has any: an area's centre is not where things happen. The zoom
 * is the fit of the frame's box, allowed past `maxZoom` (up to `separateMaxZoom`) when that is
 * what it takes to tell the places apart.
 */
export function frameStory(places: readonly FramedPlace[], options: FrameOptions): Frame {
	const { linkKm = 500, keepShare = 0.5, separateMaxZoom = 12, nearKm = 150 } = options;
	const literal = places.filter((p) => p.literal);
	const groups = clusters(literal.length ? literal : places, linkKm);
	const main = groups[0];
	if (!main) return { bounds: null, zoom: 0, framed: [] };
	const total = (group: FramedPlace[]) => group.reduce((n, p) => n + p.weight, 0);
	const kept = groups.filter((g) => total(g) >= keepShare * total(main)).flat();
	const points = kept.filter((p) => !p.area);
	// An area whose centre is near those points is framed with them (a province the story's
	// towns are in); a far one (a region's centre hundreds of km off) is not.
	const near = kept.filter(
		(p) => p.area && points.some((q) => distanceKm(p.point, q.point) <= nearKm)
	);
	const framed = points.length ? [...points, ...near] : kept;
	const bounds = boundsOfPoints(framed.map((p) => p.point))!;
	const fit = fitZoom(bounds, { ...options, maxZoom: Infinity });
	const separate = separationZoom(
		framed.map((p) => p.point),
		options.groupRadius
	);
	const cap = Math.max(options.maxZoom, Math.min(separateMaxZoom, separate));
	return { bounds, zoom: Math.min(fit, cap), framed: framed.map((p) => p.id) };
}

/**
 * The places outside a view's box (`[[west, south], [east, north]]`, east possibly past 180),
 * heaviest first: what the map's edge control announces.
 */
export function placesOutside<T extends { point: LngLat; weight: number }>(
	places: readonly T[],
	[[west, south], [east, north]]: Bounds
): T[] {
	const inside = ([lng, lat]: LngLat) => {
		if (lat < south || lat > north) return false;
		if (east - west >= 360) return true;
		// The copy of the longitude at or after the box's west edge.
		const shifted = west + ((((lng - west) % 360) + 360) % 360);
		return shifted <= east;
	};
	return places.filter((p) => !inside(p.point)).sort((a, b) => b.weight - a.weight);
}

/** "+3 outside: Washington, London, Paris" (at most `names` names, then "…"). */
export function outsideLabel(names: readonly string[], shown = 2): string {
	const listed = names.slice(0, shown).join(', ');
	return `+${names.length} outside: ${listed}${names.length > shown ? ', …' : ''}`;
}
