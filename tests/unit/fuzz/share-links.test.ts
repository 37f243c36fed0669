/**
 * Fuzzing the share-link decoders with fast-check: a link is whatever a stranger or a chat app
 * made of it. Decoding never throws, keeps only values inside the documented bounds, says what
 * it dropped, and never turns a damaged link into a different article.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	decodeArticleFragment,
	decodeShareParams,
	encodeArticleFragment,
	encodeShareParams
} from '../../../src/lib/share';
import {
	MAX_CORRECTIONS,
	MAX_KEY_LENGTH,
	MAX_OFFSET,
	PLACE_ID_PATTERN
} from '../../../src/lib/share/limits';
import type { ShareState } from '../../../src/lib/share/types';

/** Values that look like ours, nearly ours, and nothing like ours. */
const nearValue = fc.oneof(
	fc.constantFrom(
		'gn:98182',
		'country:IQ',
		'7.5/33.312/44.25/-15',
		'0/0/0',
		'24/90/180/360',
		'1204'
	),
	fc.constantFrom('georgia~gn:4197000', 'jordan~none', '__proto__~none', 'constructor~gn:1'),
	fc.constantFrom(
		'NaN',
		'-0',
		'1e309',
		'Infinity',
		'99/99/999',
		'3/-90.0000000001/0',
		'%00',
		'~',
		'/'
	),
	fc.string({ maxLength: 30 }),
	fc.string({ unit: 'binary', maxLength: 30 }),
	fc.stringMatching(/^-?\d{1,3}(\.\d{1,12})?(\/-?\d{1,3}(\.\d{1,12})?){2,4}$/)
);
const paramName = fc.constantFrom('place', 'm', 'map', 'fix', 'fix', 'other', 'PLACE', '');
const query = fc.array(fc.tuple(paramName, nearValue), { maxLength: 12 });

function checkState(state: ShareState): void {
	if (state.place !== null) expect(state.place).toMatch(PLACE_ID_PATTERN);
	if (state.mention !== null) {
		expect(Number.isSafeInteger(state.mention)).toBe(true);
		expect(state.mention >= 0 && state.mention <= MAX_OFFSET).toBe(true);
	}
	if (state.view !== null) {
		const { center, zoom, bearing } = state.view;
		expect(zoom >= 0 && zoom <= 24).toBe(true);
		expect(Math.abs(center[1]) <= 90 && Math.abs(center[0]) <= 180).toBe(true);
		expect(bearing > -180 && bearing <= 180).toBe(true);
	}
	const keys = Object.keys(state.corrections);
	expect(keys.length).toBeLessThanOrEqual(MAX_CORRECTIONS);
	expect(Object.getPrototypeOf(state.corrections)).toBe(Object.prototype);
	for (const key of keys) {
		expect(key.length > 0 && key.length <= MAX_KEY_LENGTH).toBe(true);
		const correction = state.corrections[key]!;
		if ('placeId' in correction) expect(correction.placeId).toMatch(PLACE_ID_PATTERN);
		else expect(correction).toEqual({ notAPlace: true });
	}
}

describe('decodeShareParams under fuzzing', () => {
	it('never throws and keeps only values within bounds', () => {
		fc.assert(
			fc.property(query, (pairs) => {
				const { state, dropped } = decodeShareParams(new URLSearchParams(pairs));
				checkState(state);
				for (const line of dropped) expect(line.length).toBeLessThan(200);
			}),
			{ numRuns: 3000 }
		);
	});

	it('survives raw query strings, including broken percent-escapes', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
				checkState(decodeShareParams(new URLSearchParams(raw)).state);
			}),
			{ numRuns: 2000 }
		);
	});

	it('is stable: what it keeps encodes to a link that decodes to the same state, dropping nothing', () => {
		fc.assert(
			fc.property(query, (pairs) => {
				const first = decodeShareParams(new URLSearchParams(pairs)).state;
				const again = decodeShareParams(new URLSearchParams(encodeShareParams(first).toString()));
				expect(again.dropped).toEqual([]);
				const third = decodeShareParams(encodeShareParams(again.state));
				expect(third.state).toEqual(again.state);
			}),
			{ numRuns: 2000 }
		);
	});

	it('says what it dropped from a truncated link and keeps the rest', () => {
		const full = 'place=gn:98182&m=1204&map=7.5/33.312/44.25&fix=georgia~gn:4197000';
		for (let cut = 0; cut <= full.length; cut++) {
			const { state, dropped } = decodeShareParams(new URLSearchParams(full.slice(0, cut)));
			checkState(state);
			if (cut >= 'place=gn:98182'.length) expect(state.place).toBe('gn:98182');
			// Any parameter that arrived damaged is either still valid or reported.
			const kept = [state.mention, state.view, Object.keys(state.corrections).length || null];
			expect(kept.filter((value) => value !== null).length + dropped.length).toBeGreaterThanOrEqual(
				cut > 'place=gn:98182&m=1'.length ? 1 : 0
			);
		}
	});
});

describe('decodeArticleFragment under fuzzing', () => {
	it('never throws on arbitrary fragments and explains every refusal', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string({ maxLength: 300 }),
					fc.string({ unit: 'binary', maxLength: 300 }).map((s) => `t=${s}`),
					fc.stringMatching(/^#?t=[A-Za-z0-9_-]{0,400}$/),
					fc.uint8Array({ maxLength: 300 }).map((b) => `t=${Buffer.from(b).toString('base64url')}`)
				),
				async (fragment) => {
					const result = await decodeArticleFragment(fragment);
					if (!result.ok) expect(result.error).toMatch(/^The link /);
					else expect(result.article.text.trim()).not.toBe('');
				}
			),
			{ numRuns: 1500 }
		);
	});

	it('round-trips any text and title, including RTL, astral and control characters', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc
					.string({ unit: 'grapheme', minLength: 1, maxLength: 400 })
					.filter((t) => t.trim() !== ''),
				fc.option(fc.string({ maxLength: 300 }), { nil: null }),
				async (text, title) => {
					const decoded = await decodeArticleFragment(
						`#${await encodeArticleFragment({ text, title })}`
					);
					expect(decoded).toEqual({ ok: true, article: { text, title } });
				}
			),
			{ numRuns: 300 }
		);
	});

	it('rejects a truncated link rather than opening part of the article as if it were whole', async () => {
		const text = 'Rockets hit Camp Taji, north of Baghdad. هجوم صاروخي على معسكر التاجي.\n'.repeat(
			20
		);
		const fragment = await encodeArticleFragment({ text, title: 'Taji' });
		for (let cut = 3; cut < fragment.length; cut += 7) {
			const result = await decodeArticleFragment(fragment.slice(0, cut));
			expect(result.ok, `cut at ${cut}`).toBe(false);
		}
	});

	// Links now carry a CRC-32 (gzip): this failed with the first format (deflate-raw), where one
	// damaged character could open another valid article ("RocketR hit Camp Taji…").
	it('never opens a different article from a link with a damaged character', async () => {
		const text = 'Rockets hit Camp Taji, north of Baghdad, on Wednesday night.';
		const fragment = await encodeArticleFragment({ text, title: null });
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 2, max: fragment.length - 1 }),
				fc.constantFrom(...alphabet),
				async (at, ch) => {
					const damaged = fragment.slice(0, at) + ch + fragment.slice(at + 1);
					const result = await decodeArticleFragment(damaged);
					if (result.ok) expect(result.article.text).toBe(text);
				}
			),
			{ numRuns: 1000 }
		);
	});

	it('refuses a small link that inflates past the size limit (a decompression bomb)', async () => {
		const { deflateRawSync } = await import('node:zlib');
		const bomb = deflateRawSync(
			Buffer.from(`{"v":1,"text":"${'a'.repeat(5_000_000)}","title":null}`)
		);
		const result = await decodeArticleFragment(`t=${bomb.toString('base64url')}`);
		expect(result).toEqual({ ok: false, error: 'The article in the link is larger than allowed.' });
	});
});
