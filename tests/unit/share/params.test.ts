import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	centerDecimals,
	decodeShareParams,
	emptyShareState,
	encodeShareParams,
	parseCorrections,
	withShareParams,
	type ShareState
} from '$lib/share/index';
import { PLACE_ID_PATTERN } from '$lib/share/limits';
import { loadGazetteer } from '$lib/server/gazetteer';

const placeId = fc
	.tuple(
		fc.constantFrom('gn', 'wd', 'country', 'admin1', 'admin2'),
		fc.stringMatching(/^[A-Za-z0-9._-]{1,20}$/)
	)
	.map(([source, code]) => `${source}:${code}`);
const key = fc.stringMatching(/^[a-z0-9]+( [a-z0-9]+){0,3}$/).filter((k) => k.length <= 120);
const correction = fc.oneof(
	placeId.map((id) => ({ placeId: id })),
	fc.constant({ notAPlace: true as const })
);
const view = fc.record({
	center: fc.tuple(
		fc.double({ min: -180, max: 180, noNaN: true }),
		fc.double({ min: -85, max: 85, noNaN: true })
	),
	zoom: fc.double({ min: 0, max: 24, noNaN: true }),
	bearing: fc.double({ min: -179.9, max: 180, noNaN: true })
});
const state: fc.Arbitrary<ShareState> = fc.record({
	place: fc.option(placeId, { nil: null }),
	mention: fc.option(fc.nat({ max: 500_000 }), { nil: null }),
	view: fc.option(view, { nil: null }),
	corrections: fc.dictionary(key, correction, { maxKeys: 8 })
});

/** Through a real URL string, as a link travels. */
function roundTrip(s: ShareState) {
	const url = new URL(`https://example.org/a/x?${encodeShareParams(s)}`);
	return decodeShareParams(new URL(url.href).searchParams);
}

describe('share params', () => {
	it('round-trips selection and corrections exactly, and the view within its precision', () => {
		fc.assert(
			fc.property(state, (s) => {
				const { state: back, dropped } = roundTrip(s);
				expect(dropped).toEqual([]);
				expect(back.place).toBe(s.place);
				expect(back.mention).toBe(s.mention);
				expect(back.corrections).toEqual(s.corrections);
				if (s.view === null) {
					expect(back.view).toBeNull();
					return;
				}
				const v = back.view!;
				const half = 0.5 * 10 ** -centerDecimals(v.zoom) + 1e-12;
				expect(Math.abs(v.zoom - s.view.zoom)).toBeLessThanOrEqual(0.005 + 1e-9);
				expect(Math.abs(v.center[0] - s.view.center[0])).toBeLessThanOrEqual(half);
				expect(Math.abs(v.center[1] - s.view.center[1])).toBeLessThanOrEqual(half);
				const db = Math.abs(v.bearing - s.view.bearing);
				expect(Math.min(db, 360 - db)).toBeLessThanOrEqual(0.05 + 1e-9);
			}),
			{ numRuns: 500 }
		);
	});

	it('is stable: encoding a decoded state gives the same parameters', () => {
		fc.assert(
			fc.property(state, (s) => {
				const once = encodeShareParams(s).toString();
				const twice = encodeShareParams(
					decodeShareParams(new URLSearchParams(once)).state
				).toString();
				expect(twice).toBe(once);
			}),
			{ numRuns: 300 }
		);
	});

	it('uses more centre decimals as the zoom grows, each under half a 512-px pixel', () => {
		expect(centerDecimals(0)).toBe(1);
		expect(centerDecimals(5)).toBe(2);
		expect(centerDecimals(10)).toBe(4);
		expect(centerDecimals(18)).toBe(6);
		for (let z = 0; z <= 24; z++) {
			const pixelDeg = 360 / (512 * 2 ** z);
			expect(0.5 * 10 ** -centerDecimals(z)).toBeLessThanOrEqual(pixelDeg / 2);
			if (z > 0) expect(centerDecimals(z)).toBeGreaterThanOrEqual(centerDecimals(z - 1));
		}
		const s = {
			...emptyShareState(),
			view: { center: [44.123456789, 33.987654321] as [number, number], zoom: 3, bearing: 0 }
		};
		expect(encodeShareParams(s).get('map')).toBe('3/33.99/44.12');
		s.view.zoom = 15;
		expect(encodeShareParams(s).get('map')).toBe('15/33.98765/44.12346');
	});

	it('normalises the view on the way out: bearing, longitude wrap, zoom clamp', () => {
		const s = {
			...emptyShareState(),
			view: { center: [190, 10] as [number, number], zoom: 30, bearing: 270 }
		};
		expect(encodeShareParams(s).get('map')).toBe('24/10/-170/-90');
		s.view = { center: [0, 0], zoom: 2, bearing: 0 };
		expect(encodeShareParams(s).get('map')).toBe('2/0/0');
	});

	it('drops garbage, keeps what it can trust, and says what it dropped', () => {
		const { state: s, dropped } = decodeShareParams(
			new URLSearchParams(
				'place=javascript:alert(1)&m=-4&map=7/33.3/44.4/east&fix=georgia~gn:614540&fix=bad&fix=x~%3Cscript%3E&utm_source=mail'
			)
		);
		expect(s.place).toBeNull();
		expect(s.mention).toBeNull();
		expect(s.view).toEqual({ center: [44.4, 33.3], zoom: 7, bearing: 0 });
		expect(s.corrections).toEqual({ georgia: { placeId: 'gn:614540' } });
		expect(dropped).toHaveLength(5);
		expect(dropped.join('\n')).toMatch(/place:.*m:.*bearing.*fix:.*fix:/s);
	});

	it('rejects out-of-range and non-decimal numbers', () => {
		for (const map of [
			'25/0/0',
			'3/91/0',
			'3/0/181',
			'3/1e1/0',
			'3/0x1/0',
			'3/Infinity/0',
			'3/ 1/0',
			'3/0',
			'3/0/0/0/0',
			''
		]) {
			const { state: s, dropped } = decodeShareParams(new URLSearchParams({ map }));
			expect(s.view, map).toBeNull();
			expect(dropped, map).toHaveLength(1);
		}
	});

	it('drops conflicting duplicates and excess corrections', () => {
		const params = new URLSearchParams('place=gn:1&place=gn:2&m=5&m=5');
		for (let i = 0; i < 205; i++) params.append('fix', `name ${i}~none`);
		params.append('fix', 'name 1~gn:3');
		const { state: s, dropped } = decodeShareParams(params);
		expect(s.place).toBeNull();
		expect(s.mention).toBe(5);
		expect(Object.keys(s.corrections)).toHaveLength(200);
		expect(dropped.some((d) => d.startsWith('place:'))).toBe(true);
		expect(dropped.some((d) => d.includes('more than 200'))).toBe(true);
	});

	it('never throws and never pollutes prototypes, whatever the query string', () => {
		fc.assert(
			fc.property(
				fc.string({ maxLength: 300 }),
				fc.array(
					fc.tuple(fc.constantFrom('place', 'm', 'map', 'fix', 'x'), fc.string({ maxLength: 60 })),
					{ maxLength: 12 }
				),
				(raw, pairs) => {
					const params = new URLSearchParams(raw);
					for (const [k, v] of pairs) params.append(k, v);
					const { state: s, dropped } = decodeShareParams(params);
					expect(Array.isArray(dropped)).toBe(true);
					expect(Object.getPrototypeOf(s.corrections)).toBe(Object.prototype);
				}
			),
			{ numRuns: 1000 }
		);
		const { state: s, dropped } = decodeShareParams(
			new URLSearchParams('fix=__proto__~none&fix=constructor~gn:1')
		);
		expect(Object.getPrototypeOf(s.corrections)).toBe(Object.prototype);
		// `__proto__` is never a name key, and page data cannot carry it: dropped and listed.
		expect(Object.keys(s.corrections)).toEqual(['constructor']);
		expect(dropped).toEqual(['fix: "__proto__" is not a place name']);
	});

	it('decodes every truncation of a valid link to a subset of its state', () => {
		const full: ShareState = {
			place: 'gn:98182',
			mention: 1204,
			view: { center: [44.25, 33.3125], zoom: 7.5, bearing: -15 },
			corrections: { georgia: { placeId: 'gn:614540' }, jordan: { notAPlace: true } }
		};
		const query = encodeShareParams(full).toString();
		for (let cut = 0; cut <= query.length; cut++) {
			const { state: s } = decodeShareParams(new URLSearchParams(query.slice(0, cut)));
			if (s.place !== null) expect(full.place!.startsWith(s.place)).toBe(true);
			for (const [k, c] of Object.entries(s.corrections)) {
				// A cut can shorten the last id (gn:6145) but never invent a key that was not there.
				expect(Object.keys(full.corrections).some((fk) => fk.startsWith(k))).toBe(true);
				if ('notAPlace' in c) expect(full.corrections[k]).toEqual(c);
			}
		}
	});

	it('rewrites only its own parameters in a URL', () => {
		const url = new URL('https://example.org/a/abc?ref=home&place=gn:1#t=xyz');
		const next = withShareParams(url, { ...emptyShareState(), mention: 3 });
		expect(next.searchParams.get('ref')).toBe('home');
		expect(next.searchParams.get('place')).toBeNull();
		expect(next.searchParams.get('m')).toBe('3');
		expect(next.hash).toBe('#t=xyz');
	});

	it('accepts the id of every place in the gazetteer', () => {
		const gazetteer = loadGazetteer();
		const rejected: string[] = [];
		for (let i = 0; i < gazetteer.size; i++) {
			const { id } = gazetteer.get(i);
			if (!PLACE_ID_PATTERN.test(id)) rejected.push(id);
		}
		expect(rejected.slice(0, 10)).toEqual([]);
	});

	it('parses API corrections with the same rules', () => {
		expect(parseCorrections({ georgia: { placeId: 'gn:1' }, jordan: { notAPlace: true } })).toEqual(
			{
				corrections: { georgia: { placeId: 'gn:1' }, jordan: { notAPlace: true } },
				dropped: []
			}
		);
		expect(parseCorrections({ a: { placeId: 'nope' }, b: 3 }).dropped).toHaveLength(2);
		expect(parseCorrections([1]).dropped).toHaveLength(1);
	});
});
