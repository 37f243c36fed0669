/**
 * The areas artifact against the gazetteer: outlines contain the places inside them, every id is
 * a gazetteer id, no ring sweeps across the antimeridian; the reader and the /areas endpoint.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { buildAreas } from '../../../geo/lib/areas';
import { containsPoint, polygonsOf } from '../../../geo/lib/geometry';
import {
	AreasError,
	encodeAreas,
	openAreas,
	type Areas,
	type Gazetteer,
	type Place
} from '../../../src/lib/gazetteer';
import { GET } from '../../../src/routes/areas/[id]/+server';
import { realAreas, realGazetteer } from '../gazetteer/artifact';

let gaz: Gazetteer;
let areas: Areas;
beforeAll(async () => {
	gaz = await realGazetteer();
	areas = await realAreas();
}, 180_000);

const top = (name: string, kind: Place['kind']) =>
	gaz.lookup(name, { kinds: [kind] })[0]?.place as Place;

describe('areas artifact', () => {
	it('Iraq contains Baghdad, Karbala province contains Karbala, Cook County contains Chicago', () => {
		const baghdad = top('Baghdad', 'city');
		expect(containsPoint(areas.area('country:IQ'), baghdad.point)).toBe(true);
		const karbala = top('Karbala', 'city');
		expect(karbala.admin1Code).toBe('12');
		expect(containsPoint(areas.area('admin1:IQ.12'), karbala.point)).toBe(true);
		expect(containsPoint(areas.area('admin1:IQ.12'), baghdad.point)).toBe(false);
		const chicago = gaz.lookup('Chicago', { countryCode: 'US' })[0]?.place as Place;
		expect(containsPoint(areas.area('admin2:US.IL.031'), chicago.point)).toBe(true);
		// A county seat in another state: Travis County, Texas, and Austin.
		const austin = gaz.lookup('Austin', { countryCode: 'US' })[0]?.place as Place;
		expect(containsPoint(areas.area('admin2:US.TX.453'), austin.point)).toBe(true);
		expect(containsPoint(areas.area('admin2:US.TX.453'), chicago.point)).toBe(false);
	});

	it('covers countries, divisions and US counties, each a gazetteer area id', () => {
		const ids = areas.ids();
		expect(areas.meta.counts.country).toBeGreaterThan(230);
		expect(areas.meta.counts.admin1).toBeGreaterThan(3000);
		expect(areas.meta.counts.admin2).toBeGreaterThan(3100);
		const unknown = ids.filter((id) => gaz.byId(id) === null);
		expect(unknown).toEqual([]);
	});

	it('puts the outline round its gazetteer point for most areas', () => {
		let inside = 0;
		const ids = areas.ids();
		for (const id of ids) {
			const place = gaz.byId(id) as Place;
			if (containsPoint(areas.area(id), place.point)) inside++;
		}
		// Points sit inside the 10m shapes; simplification moves coasts by ~1 km, so a few
		// points on thin peninsulas or small islands fall just outside.
		expect(inside / ids.length).toBeGreaterThan(0.97);
	});

	it('keeps every ring within [-180, 180] and never sweeping across the map', () => {
		const bad: string[] = [];
		for (const id of areas.ids()) {
			if (id === 'country:AQ') continue; // a ring round the pole
			for (const poly of polygonsOf(areas.area(id))) {
				for (const ring of poly) {
					const jump = ring.some(
						(p: Position, i: number) =>
							Math.abs((p[0] as number) - (ring[i - 1]?.[0] ?? (p[0] as number))) > 180 ||
							Math.abs(p[0] as number) > 180
					);
					if (jump) bad.push(id);
				}
			}
		}
		expect(bad).toEqual([]);
	});

	it('returns null for points and unknown ids', () => {
		expect(areas.area('gn:98182')).toBeNull();
		expect(areas.area('country:ZZ')).toBeNull();
		expect(areas.has('country:IQ')).toBe(true);
	});
});

describe('areas reader and writer', () => {
	const square = {
		type: 'Polygon' as const,
		coordinates: [
			[
				[44, 33],
				[45, 33],
				[45, 34],
				[44, 34],
				[44, 33]
			] as [number, number][]
		]
	};
	const file = {
		format: 'gazetteer-areas' as const,
		version: 1,
		digest: 'abc',
		meta: { sources: {}, counts: { country: 1 }, simplification: {} },
		areas: { 'country:IQ': square, 'country:AF': square }
	};

	it('round-trips and orders ids', () => {
		const text = encodeAreas(file);
		expect(text.indexOf('country:AF')).toBeLessThan(text.indexOf('country:IQ'));
		const opened = openAreas(new TextEncoder().encode(text));
		expect(opened.area('country:IQ')).toEqual(square);
		expect(opened.size).toBe(2);
	});

	it('rejects other formats and versions', () => {
		expect(() => openAreas('{')).toThrow(AreasError);
		expect(() => openAreas({ ...file, format: 'x' })).toThrow(/not an areas artifact/);
		expect(() => openAreas({ ...file, version: 2 })).toThrow(/format 2/);
	});

	it('builds the same text from shuffled input', () => {
		const shape = (id: string, name: string) => ({
			type: 'Feature' as const,
			id,
			properties: { name },
			geometry: square
		});
		const inputs = {
			countries: [
				{
					name: { common: 'Iraq', official: '' },
					cca2: 'IQ',
					ccn3: '368',
					cca3: 'IRQ',
					altSpellings: [],
					latlng: [33, 44]
				},
				{
					name: { common: 'Syria', official: '' },
					cca2: 'SY',
					ccn3: '760',
					cca3: 'SYR',
					altSpellings: [],
					latlng: [35, 38]
				}
			],
			countryShapes: [shape('368', 'Iraq'), shape('760', 'Syria')],
			neAdmin1: [],
			admin1Codes: new Set<string>(),
			usCounties: [],
			stateFipsToPostal: new Map<string, string>(),
			sourceVersions: {}
		};
		const a = encodeAreas({ ...buildAreas(inputs), digest: '' });
		const b = encodeAreas({
			...buildAreas({
				...inputs,
				countries: [...inputs.countries].reverse(),
				countryShapes: [...inputs.countryShapes].reverse()
			}),
			digest: ''
		});
		expect(a).toBe(b);
	});
});

describe('GET /areas/[id]', () => {
	const get = (id: string, headers: Record<string, string> = {}) =>
		GET({
			params: { id },
			request: new Request(`http://test/areas/${id}`, { headers })
		} as never) as Promise<Response>;

	it('answers a GeoJSON Feature with an ETag, and 304 on revalidation', async () => {
		const res = await get('country:IQ');
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toContain('application/geo+json');
		const body = await res.json();
		expect(body).toMatchObject({
			type: 'Feature',
			id: 'country:IQ',
			properties: { name: 'Iraq', kind: 'country' }
		});
		expect(body.geometry.type).toMatch(/Polygon$/);
		const etag = res.headers.get('etag') as string;
		expect(etag).toContain(areas.digest);
		expect(res.headers.get('cache-control')).toContain('max-age');
		expect((await get('country:IQ', { 'if-none-match': etag })).status).toBe(304);
	});

	it('404 JSON for a point, an unknown id or garbage', async () => {
		for (const id of ['gn:98182', 'country:ZZ', '../../etc/passwd']) {
			const res = await get(id);
			expect(res.status).toBe(404);
			expect((await res.json()).error).toBeTruthy();
		}
	});
});
