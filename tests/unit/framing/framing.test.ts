import { describe, expect, it } from 'vitest';
import {
	clusters,
	distanceKm,
	frameStory,
	outsideLabel,
	placesOutside,
	separationZoom,
	type FramedPlace
} from '../../../src/lib/framing/framing';

const place = (id: string, point: [number, number], weight = 1, literal = true): FramedPlace => ({
	id,
	point,
	weight,
	literal
});

const view = { width: 800, height: 600, padding: 64, maxZoom: 8, groupRadius: 30 };

// A story of an attack near Baghdad, with a reaction from Washington and London.
const baghdad = place('baghdad', [44.4, 33.34], 4);
const taji = place('taji', [44.28, 33.52], 5);
const karbala = place('karbala', [44.02, 32.62], 2);
const washington = place('washington', [-77.04, 38.9], 1);
const london = place('london', [-0.13, 51.51], 1);

describe('distanceKm', () => {
	it('measures great circles', () => {
		expect(distanceKm(baghdad.point, karbala.point)).toBeGreaterThan(80);
		expect(distanceKm(baghdad.point, karbala.point)).toBeLessThan(100);
		expect(distanceKm([179.9, 0], [-179.9, 0])).toBeLessThan(25);
	});
});

describe('clusters', () => {
	it('links near places and puts the heaviest cluster first', () => {
		const groups = clusters([washington, baghdad, london, taji, karbala], 1200);
		expect(groups[0]!.map((p) => p.id).sort()).toEqual(['baghdad', 'karbala', 'taji']);
		expect(groups).toHaveLength(3);
	});
});

describe('frameStory', () => {
	it('frames the main cluster and leaves far, lightly mentioned places out', () => {
		const frame = frameStory([baghdad, taji, karbala, washington, london], view);
		expect(frame.framed.sort()).toEqual(['baghdad', 'karbala', 'taji']);
		const [[west, south], [east, north]] = frame.bounds!;
		expect(west).toBeCloseTo(44.02);
		expect(east).toBeCloseTo(44.4);
		expect(south).toBeCloseTo(32.62);
		expect(north).toBeCloseTo(33.52);
		// Close enough to tell Baghdad from Taji (20 km apart).
		expect(frame.zoom).toBeGreaterThan(6);
		expect(frame.zoom).toBeLessThanOrEqual(8);
	});

	it('ignores associative places when there are literal ones', () => {
		const frame = frameStory([baghdad, place('us', [-98, 39], 20, false)], view);
		expect(frame.framed).toEqual(['baghdad']);
	});

	it('frames two clusters of similar weight together', () => {
		const paris = place('paris', [2.35, 48.86], 3);
		const ny = place('ny', [-74, 40.7], 3);
		expect(frameStory([paris, ny], view).framed.sort()).toEqual(['ny', 'paris']);
	});

	it('zooms past the usual cap to separate two places a few km apart', () => {
		const a = place('a', [10, 50], 1);
		const b = place('b', [10.01, 50], 1);
		const frame = frameStory([a, b], view);
		expect(frame.zoom).toBeGreaterThan(8);
		// At that zoom the two are at least a marker group's radius apart.
		expect(frame.zoom).toBeGreaterThanOrEqual(separationZoom([a.point, b.point], 30) - 1e-9);
	});

	it('keeps a lone place at the cap, and a story without places at the world', () => {
		expect(frameStory([baghdad], view).zoom).toBe(8);
		expect(frameStory([], view)).toEqual({ bounds: null, zoom: 0, framed: [] });
	});
});

describe('placesOutside', () => {
	it('lists places outside the box, heaviest first, across the antimeridian too', () => {
		const box: [[number, number], [number, number]] = [
			[40, 30],
			[50, 36]
		];
		const out = placesOutside([baghdad, washington, place('x', [0, 0], 3)], box);
		expect(out.map((p) => p.id)).toEqual(['x', 'washington']);
		const pacific: [[number, number], [number, number]] = [
			[170, -20],
			[190, 0]
		];
		expect(placesOutside([place('fiji', [-178.4, -18.1])], pacific)).toEqual([]);
	});
});

describe('outsideLabel', () => {
	it('names the first places and counts them all', () => {
		expect(outsideLabel(['Washington', 'London', 'Paris'])).toBe(
			'+3 outside: Washington, London, …'
		);
		expect(outsideLabel(['Washington'])).toBe('+1 outside: Washington');
	});
});

describe('frameStory with areas', () => {
	it('frames the towns, not the centre of a country named with them', () => {
		const region = { ...place('middle-east', [42, 29], 6), area: true };
		const gulf = { ...place('gulf', [50, 27], 1), area: true };
		const frame = frameStory([baghdad, taji, region, gulf], view);
		expect(frame.framed.sort()).toEqual(['baghdad', 'taji']);
	});

	it('frames a province whose centre is near the towns', () => {
		const province = { ...place('karbala-province', [43.8, 32.5], 1), area: true };
		const frame = frameStory([baghdad, taji, province], view);
		expect(frame.framed.sort()).toEqual(['baghdad', 'karbala-province', 'taji']);
	});

	it('frames areas when the story names no town', () => {
		const iraq = { ...place('iraq', [43.7, 33.0], 6), area: true };
		expect(frameStory([iraq], view).framed).toEqual(['iraq']);
	});
});

describe('frameStory weighing areas', () => {
	it("counts a country's mentions for the towns around it", () => {
		// Four mentions of sites in Washington, five of Iraqi towns and six of Iraq itself.
		const pentagon = place('pentagon', [-77.06, 38.87], 2);
		const whiteHouse = place('white-house', [-77.04, 38.9], 2);
		const iraq = { ...place('iraq', [44, 33], 6), area: true };
		const jurf = place('jurf', [44.2, 32.9], 2);
		const frame = frameStory([pentagon, whiteHouse, baghdad, jurf, iraq], view);
		// Iraq's centre, 30 km from Jurf, is framed with the towns; Washington is not.
		expect(frame.framed.sort()).toEqual(['baghdad', 'iraq', 'jurf']);
	});
});
