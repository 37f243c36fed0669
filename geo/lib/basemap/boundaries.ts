/**
 * Boundary lines for the basemap: each border drawn once, from the shared edges of a set of
 * polygons (a TopoJSON mesh), never along a coast. Pure: polygons in, lines out.
 */

import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { BoundaryKind } from '../../../src/lib/basemap/schema';

interface BoundaryProps {
	kind: BoundaryKind;
	/** 1 where the line is disputed (drawn dashed). */
	disputed: 0 | 1;
}

export type BoundaryFeature = Feature<MultiLineString, BoundaryProps>;

type Props = Record<string, unknown> | null | undefined;

export interface MeshOptions {
	/** The country a polygon belongs to (an ISO or Natural Earth code). */
	countryOf: (properties: Props) => string | undefined;
	/**
	 * True when the edge between two polygons is a disputed border (`disputed.ts`): drawn as a
	 * dashed country border, even between two divisions one country holds.
	 */
	isDisputed?: (a: Props, b: Props) => boolean;
}

const line = (geometry: MultiLineString, props: BoundaryProps): BoundaryFeature => ({
	type: 'Feature',
	properties: props,
	geometry
});

/**
 * The borders between first-level divisions (`region`, between two divisions of one country)
 * and between countries (`country`), from one set of division polygons whose edges are shared
 * vertex for vertex (Natural Earth admin-1 is), so the two kinds meet exactly.
 */
export function divisionBoundaries(
	divisions: FeatureCollection<Geometry>,
	{ countryOf, isDisputed = () => false }: MeshOptions
): BoundaryFeature[] {
	const topo = topology({ divisions }, 1e7) as unknown as Topology;
	const object = topo.objects.divisions as GeometryCollection;
	const props = (g: GeometryObject) => (g as { properties?: Props }).properties;
	const country = (g: GeometryObject) => countryOf(props(g)) ?? '';
	const disputed = (a: GeometryObject, b: GeometryObject) => isDisputed(props(a), props(b));
	const out: BoundaryFeature[] = [];
	const add = (
		kind: BoundaryKind,
		flag: 0 | 1,
		keep: (a: GeometryObject, b: GeometryObject) => boolean
	) => {
		const lines = mesh(topo, object, (a, b) => a !== b && keep(a, b));
		if (lines.coordinates.length) out.push(line(lines, { kind, disputed: flag }));
	};
	add('region', 0, (a, b) => country(a) === country(b) && !disputed(a, b));
	add('country', 0, (a, b) => country(a) !== country(b) && !disputed(a, b));
	add('country', 1, (a, b) => disputed(a, b));
	return out;
}
