/**
 * The parse worker pool (#21 item 2): parsing runs in worker threads, so the event loop stays
 * free while a 200 KB article is parsed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createParsePool } from '$lib/server/parse/index';
import type { PackedResult } from '$lib/wire/packed-result';
import type { PlaceCollection } from '$lib/geoparse/types';

const pool = createParsePool(1);
afterAll(() => pool.close());

describe('the parse pool', () => {
	it('parses in a worker while the event loop keeps turning', async () => {
		const text = 'Rockets hit Camp Taji, north of Baghdad, Iraq. '.repeat(2000);
		let ticks = 0;
		const timer = setInterval(() => ticks++, 5);
		const answer = await pool.run({ kind: 'packed', text });
		clearInterval(timer);
		const packed = JSON.parse(answer.json) as PackedResult;
		expect(packed.resolved.length).toBeGreaterThan(2);
		// The loop ran all along (inline, a parse of this size would hold it for its whole length).
		expect(ticks).toBeGreaterThan(10);
	}, 60_000);

	it('answers GeoJSON with corrections applied, as the API sends it', async () => {
		const answer = await pool.run({
			kind: 'geojson',
			text: 'Rockets hit Camp Taji, north of Baghdad.',
			corrections: { baghdad: { notAPlace: true } }
		});
		const collection = JSON.parse(answer.json) as PlaceCollection;
		const names = collection.features.map((f) => f.properties.name);
		expect(names).toContain('Camp Taji');
		expect(names).not.toContain('Baghdad');
	}, 60_000);

	it("makes an export from a packed parse, with the link's corrections", async () => {
		const text = 'Rockets hit Camp Taji, north of Baghdad.';
		const { json } = await pool.run({ kind: 'packed', text });
		const file = await pool.runExport({
			kind: 'export',
			format: 'csv',
			text,
			packed: json,
			query: '?fix=baghdad~none',
			meta: { title: null, sourceUrl: null, shareUrl: null }
		});
		expect(file.extension).toBe('csv');
		expect(file.body).toContain('Camp Taji');
		expect(file.body).not.toContain(',Baghdad,');
	}, 60_000);
});
