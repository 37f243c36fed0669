/**
 * Fuzzing what the API does with a request body before any geoparsing: whatever the bytes,
 * content type and JSON shape, the answer is a valid article or a 4xx with a JSON message,
 * never a throw (which would be a 500).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateArticleInput } from '../../../src/lib/article-input/validate';
import { readJsonBody } from '../../../src/lib/server/json-body';
import { MAX_REQUEST_BYTES } from '../../../src/lib/server/security/body-limit.js';

async function answer(body: BodyInit, type: string | null): Promise<number> {
	const request = new Request('http://app.test/api/geoparse', {
		method: 'POST',
		body,
		headers: type ? { 'content-type': type } : {}
	});
	const read = await readJsonBody(request);
	if (!read.ok) {
		const payload = (await read.response.json()) as { error?: unknown };
		expect(typeof payload.error).toBe('string');
		return read.response.status;
	}
	const input = validateArticleInput(read.value);
	if (input.ok) {
		expect(typeof input.article.text).toBe('string');
		expect(input.article.text.trim()).not.toBe('');
		return 200;
	}
	expect(input.error.length).toBeGreaterThan(0);
	return input.status;
}

const jsonValue = fc.jsonValue({ maxDepth: 6 });
const shaped = fc.record(
	{
		text: fc.oneof(fc.string({ unit: 'grapheme' }), jsonValue),
		title: fc.oneof(fc.string(), jsonValue),
		sourceUrl: fc.oneof(fc.webUrl(), fc.string(), jsonValue),
		corrections: jsonValue
	},
	{ requiredKeys: [] }
);

describe('API body reading and validation under fuzzing', () => {
	it('answers arbitrary bytes with 200 or a 4xx, never a throw', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.uint8Array({ maxLength: 2000 }),
				fc.constantFrom('application/json', 'text/plain', null, 'application/json; charset=utf-8'),
				async (bytes, type) => {
					const status = await answer(bytes, type);
					expect([200, 400, 413, 415]).toContain(status);
				}
			),
			{ numRuns: 500 }
		);
	});

	it('answers any JSON value, of any shape, with 200 or 400', async () => {
		await fc.assert(
			fc.asyncProperty(fc.oneof(jsonValue, shaped), async (value) => {
				const status = await answer(JSON.stringify(value) ?? 'null', 'application/json');
				expect([200, 400]).toContain(status);
			}),
			{ numRuns: 500 }
		);
	});

	it('refuses deeply nested JSON with 400, not a stack overflow', async () => {
		for (const depth of [10_000, 80_000]) {
			const nested = '['.repeat(depth) + ']'.repeat(depth);
			expect(await answer(nested, 'application/json')).toBe(400);
			const inTitle = `{"text":"Baghdad","title":${'{"a":'.repeat(depth / 2)}1${'}'.repeat(depth / 2)}}`;
			expect(await answer(inTitle, 'application/json')).toBe(400);
		}
	});

	it('refuses invalid UTF-8 and a streamed body past the limit', async () => {
		const invalid = new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]);
		expect(await answer(invalid, 'application/json')).toBe(400);
		const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
		let sent = 0;
		const stream = new ReadableStream<Uint8Array>({
			pull(controller) {
				if (sent++ < 160) controller.enqueue(chunk);
				else controller.close();
			}
		});
		const request = new Request('http://app.test/api/geoparse', {
			method: 'POST',
			body: stream,
			headers: { 'content-type': 'application/json' },
			duplex: 'half'
		} as RequestInit);
		const read = await readJsonBody(request);
		expect(read.ok ? 200 : read.response.status).toBe(413);
		// It stopped reading soon after the limit (20 chunks) rather than taking all 10 MB.
		expect(sent).toBeLessThan(MAX_REQUEST_BYTES / chunk.length + 4);
	});
});
