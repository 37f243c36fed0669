import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitShareUrl } from '$lib/share/budget';
import { MAX_LINK_LENGTH } from '$lib/share/limits';
import { emptyShareState, encodeShareParams } from '$lib/share/params';
import { decodeShareParams } from '$lib/share/decode';
import { decodePin, encodePin, pinId, radiusBox } from '$lib/share/pin';
import type { Correction, EditTarget, Pin, ReaderEdits, ShareState } from '$lib/share/types';

const placeId = fc
	.tuple(
		fc.constantFrom('gn', 'wd', 'country', 'admin1', 'pin'),
		fc.stringMatching(/^[A-Za-z0-9._-]{1,20}$/)
	)
	.map(([source, code]) => `${source}:${code}`);
const pin: fc.Arbitrary<Pin> = fc
	.record({
		lat: fc.double({ min: -90, max: 90, noNaN: true }),
		lng: fc.double({ min: -180, max: 180, noNaN: true }),
		radiusKm: fc.option(
			fc.integer({ min: 1, max: 20000 }).map((r) => r / 10),
			{ nil: null }
		)
	})
	.map((p) => decodePin(encodePin(p)!)!);
const target: fc.Arbitrary<EditTarget> = fc.oneof(
	placeId.map((id) => ({ placeId: id })),
	pin.map((p) => ({ pin: p }))
);
const fix: fc.Arbitrary<Correction> = fc.oneof(target, fc.constant({ notAPlace: true as const }));
const edits: fc.Arbitrary<ReaderEdits> = fc.record({
	added: fc
		.uniqueArray(fc.nat({ max: 5000 }), { maxLength: 6 })
		.chain((starts) =>
			fc.tuple(...starts.sort((a, b) => a - b).map((s) => fc.tuple(fc.constant(s), target)))
		)
		.map((items) =>
			items.map(([start, t]) => ({ start: start * 40, end: start * 40 + 12, target: t }))
		),
	mentions: fc
		.uniqueArray(fc.nat({ max: 100_000 }), { maxLength: 6 })
		.chain((starts) =>
			fc.tuple(...starts.sort((a, b) => a - b).map((s) => fc.tuple(fc.constant(s), fix)))
		)
		.map((items) => items.map(([start, f]) => ({ start, fix: f }))),
	accepted: fc.uniqueArray(placeId, { maxLength: 6 }).map((ids) => ids.sort())
});

function roundTrip(s: ShareState) {
	const url = new URL(`https://example.org/a/x?${encodeShareParams(s)}`);
	return decodeShareParams(new URL(url.href).searchParams);
}

describe('pins', () => {
	it('have one code each, and read back as written', () => {
		expect(encodePin({ lat: 33.312345678, lng: 44.36, radiusKm: null })).toBe('p33.31235_44.36');
		expect(encodePin({ lat: -0.5, lng: -179.99, radiusKm: 25 })).toBe('a-0.5_-179.99_25');
		expect(decodePin('a-0.5_-179.99_25')).toEqual({ lat: -0.5, lng: -179.99, radiusKm: 25 });
		expect(pinId({ lat: 1, lng: 2, radiusKm: null })).toBe('pin:1_2');
		for (const forged of [
			'p1.50_2',
			'p-0_2',
			'p91_0',
			'p0_181',
			'a1_2',
			'p1_2_3',
			'a1_2_0',
			'a1_2_2001'
		]) {
			expect(decodePin(forged), forged).toBeNull();
		}
	});

	it('make a box around an area that contains the circle', () => {
		const [w, s, e, n] = radiusBox(60, 10, 111.32);
		expect(n - s).toBeCloseTo(2, 5);
		expect(e - w).toBeCloseTo(4, 3); // a degree of longitude is half as long at 60°
		const [w2, , e2] = radiusBox(0, 179.5, 111.32);
		expect(w2).toBeCloseTo(178.5, 3);
		expect(e2).toBeCloseTo(-179.5, 3); // across the antimeridian: west > east
	});
});

describe('edits in links (format version 2)', () => {
	it('round-trip exactly, through a real URL', () => {
		fc.assert(
			fc.property(
				edits,
				fc.dictionary(fc.constantFrom('karbala', 'taji', 'jurf al sakhar'), fix),
				(e, corrections) => {
					const { state, dropped } = roundTrip({ ...emptyShareState(), corrections, edits: e });
					expect(dropped).toEqual([]);
					expect(state.edits).toEqual(e);
					expect(state.corrections).toEqual(corrections);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('leave links without edits exactly as version 1 wrote them', () => {
		const v1 =
			'place=gn%3A98182&m=120&map=7%2F33.3%2F44.4&fix=georgia%7Egn%3A614540&fix=jordan%7Enone';
		const { state, dropped } = decodeShareParams(new URLSearchParams(v1));
		expect(dropped).toEqual([]);
		expect(state.edits).toEqual({ added: [], mentions: [], accepted: [] });
		expect(encodeShareParams(state).toString()).toBe(v1);
	});

	it('say the version only when the link needs it', () => {
		const pinned = {
			...emptyShareState(),
			corrections: { taji: { pin: { lat: 1, lng: 2, radiusKm: null } } }
		};
		expect(encodeShareParams(pinned).toString()).toBe('v=2&fix=taji%7Ep1_2');
		const accepted = {
			...emptyShareState(),
			edits: { added: [], mentions: [], accepted: ['gn:1'] }
		};
		expect(encodeShareParams(accepted).toString()).toBe('v=2&ok=gn%3A1');
	});

	it('drop and list forged, overlapping and duplicated values, keeping the rest', () => {
		const { state, dropped } = decodeShareParams(
			new URLSearchParams(
				[
					'v=9',
					'add=10_20_gn:1',
					'add=15_25_gn:2', // overlaps the first
					'add=30_29_gn:3', // ends before it starts
					'add=40_50_none', // an added place must be a place
					'add=60_70_p95_0', // off Earth
					'add=80_90_<script>',
					'one=5_none',
					'one=5_gn:4', // the same mention twice
					'one=x_none',
					'ok=gn:9',
					'ok=javascript:alert(1)'
				].join('&')
			)
		);
		expect(state.edits).toEqual({
			added: [{ start: 10, end: 20, target: { placeId: 'gn:1' } }],
			mentions: [{ start: 5, fix: { notAPlace: true } }],
			accepted: ['gn:9']
		});
		expect(dropped).toHaveLength(9);
		expect(dropped[0]).toMatch(/^v: made by a newer version/);
	});

	it('never throw on any value, and keep only well-formed edits', () => {
		const junk = fc.oneof(fc.string(), fc.stringMatching(/^\d{1,9}_\d{1,9}_[a-z:0-9._-]{0,12}$/));
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.constantFrom('v', 'add', 'one', 'ok', 'fix'), junk), {
					maxLength: 12
				}),
				(pairs) => {
					const { state } = decodeShareParams(new URLSearchParams(pairs));
					const e = state.edits!;
					for (const a of e.added) expect(a.end).toBeGreaterThan(a.start);
					for (let i = 1; i < e.added.length; i++)
						expect(e.added[i]!.start).toBeGreaterThanOrEqual(e.added[i - 1]!.end);
					expect(roundTrip(state).state).toEqual(state);
				}
			),
			{ numRuns: 500 }
		);
	});

	it('bound how many edits a link may carry', () => {
		const params = new URLSearchParams();
		for (let i = 0; i < 250; i++) params.append('ok', `gn:${i}`);
		const { state, dropped } = decodeShareParams(params);
		expect(state.edits!.accepted).toHaveLength(200);
		expect(dropped).toEqual(['ok: more than 200 edits in all; the rest ignored']);
	});
});

describe('link budget', () => {
	const base = new URL('https://maps.example.org/a/AbCdEfGhIjKlMnOp');

	it('keeps 20 corrections of a typical article under 2,000 characters', () => {
		// A 5,000-character article: 6 names re-pinned, 6 places added (3 pinned by hand),
		// 4 one-mention fixes, 4 accepted, plus a selection and a camera.
		const state: ShareState = {
			place: 'gn:98182',
			mention: 3120,
			view: { center: [44.36123, 33.31234], zoom: 11.5, bearing: 0 },
			corrections: {
				'jurf al sakhar': { placeId: 'gn:99347' },
				'camp taji': { placeId: 'wd:Q1026913' },
				karbala: { placeId: 'admin1:IQ.12' },
				'al anbar': { placeId: 'admin1:IQ.01' },
				basra: { notAPlace: true },
				'green zone': { pin: { lat: 33.30412, lng: 44.39531, radiusKm: 2.5 } }
			},
			edits: {
				added: [
					{ start: 412, end: 426, target: { placeId: 'gn:6300245' } },
					{
						start: 1208,
						end: 1231,
						target: { pin: { lat: 33.11223, lng: 44.08712, radiusKm: null } }
					},
					{ start: 2304, end: 2319, target: { placeId: 'gn:94824' } },
					{
						start: 3001,
						end: 3016,
						target: { pin: { lat: 32.61689, lng: 44.02488, radiusKm: 12 } }
					},
					{ start: 4005, end: 4022, target: { placeId: 'country:SY' } },
					{
						start: 4410,
						end: 4430,
						target: { pin: { lat: 34.46071, lng: 43.78232, radiusKm: null } }
					}
				],
				mentions: [
					{ start: 155, fix: { notAPlace: true } },
					{ start: 980, fix: { placeId: 'gn:98182' } },
					{ start: 2777, fix: { pin: { lat: 36.19011, lng: 44.00923, radiusKm: null } } },
					{ start: 4822, fix: { placeId: 'admin1:IQ.07' } }
				],
				accepted: ['admin1:IQ.12', 'country:IQ', 'gn:98182', 'wd:Q1026913']
			}
		};
		const { url, dropped } = fitShareUrl(base, state);
		expect(dropped).toEqual([]);
		expect(url.href.length).toBeLessThan(MAX_LINK_LENGTH);
		expect(decodeShareParams(url.searchParams).state).toMatchObject({ edits: state.edits });
	});

	it('leaves out the least telling edits first, and says what it left out', () => {
		const accepted = Array.from({ length: 150 }, (_, i) => `gn:${1_000_000 + i}`);
		const added = Array.from({ length: 40 }, (_, i) => ({
			start: i * 100,
			end: i * 100 + 10,
			target: { pin: { lat: 10 + i / 1000, lng: 20 + i / 1000, radiusKm: null } }
		}));
		const state: ShareState = { ...emptyShareState(), edits: { added, mentions: [], accepted } };
		const { url, dropped } = fitShareUrl(base, state);
		expect(url.href.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
		const kept = decodeShareParams(url.searchParams).state.edits!;
		expect(kept.added).toEqual(added); // the added places all stay
		expect(dropped).toEqual([`${150 - kept.accepted.length} accepted marks`]);
		expect(kept.accepted).toEqual(accepted.slice(0, kept.accepted.length));
	});
});
