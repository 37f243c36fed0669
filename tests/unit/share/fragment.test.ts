import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeArticleFragment, encodeArticleFragment } from '$lib/share/fragment';
import { toBase64Url, fromBase64Url } from '$lib/share/base64url';
import { MAX_TEXT_BYTES } from '$lib/article-input/limits';

describe('base64url', () => {
	it('round-trips any bytes and matches Node', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
				const text = toBase64Url(bytes);
				expect(text).toBe(Buffer.from(bytes).toString('base64url'));
				expect(fromBase64Url(text)).toEqual(bytes);
			})
		);
	});
	it('rejects non-canonical and foreign characters', () => {
		expect(fromBase64Url('ab+c')).toBeNull();
		expect(fromBase64Url('abc=')).toBeNull();
		expect(fromBase64Url('a')).toBeNull();
		expect(fromBase64Url('AB')).toBeNull(); // leftover bits set
		expect(fromBase64Url('AA')).toEqual(new Uint8Array([0]));
	});
});

describe('article in the fragment', () => {
	it('round-trips text and title, any Unicode', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc
					.string({ unit: 'grapheme', minLength: 1, maxLength: 400 })
					.filter((t) => t.trim() !== ''),
				fc.option(fc.string({ maxLength: 80 }), { nil: null }),
				async (text, title) => {
					const fragment = await encodeArticleFragment({ text, title });
					expect(fragment).toMatch(/^t=[A-Za-z0-9_-]+$/);
					expect(await decodeArticleFragment(`#${fragment}`)).toEqual({
						ok: true,
						article: { text, title }
					});
				}
			),
			{ numRuns: 60 }
		);
	});

	it('compresses a real article to a fraction of its size', async () => {
		const text =
			'Rockets struck Camp Taji, north of Baghdad, on Wednesday night. '.repeat(40) + 'The end.';
		const fragment = await encodeArticleFragment({ text, title: 'Camp Taji' });
		expect(fragment.length).toBeLessThan(text.length / 5);
	});

	it('fails with a reason, never throws, on damaged or cut links', async () => {
		const fragment = await encodeArticleFragment({
			text: 'Baghdad and Basra, Iraq. '.repeat(30),
			title: null
		});
		for (const bad of [
			'',
			'#',
			'#x=1',
			'#t=',
			'#t=@@@',
			'#t=AAAA',
			fragment.slice(0, fragment.length - 5),
			fragment.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))
		]) {
			const result = await decodeArticleFragment(bad);
			expect(result.ok, bad).toBe(false);
			if (!result.ok) expect(result.error.length).toBeGreaterThan(5);
		}
	});

	it('never opens a different article when one character of the link is damaged (CRC-32)', async () => {
		const text = 'Rockets hit Camp Taji, north of Baghdad, on Wednesday night.';
		const fragment = await encodeArticleFragment({ text, title: 'Taji' });
		let opened = 0;
		for (let at = 2; at < fragment.length; at++) {
			for (const ch of ['A', 'g', '-', '9']) {
				if (fragment[at] === ch) continue;
				const result = await decodeArticleFragment(
					fragment.slice(0, at) + ch + fragment.slice(at + 1)
				);
				if (result.ok) {
					opened++;
					expect(result.article).toEqual({ text, title: 'Taji' });
				}
			}
		}
		// The same article may still open when the damage falls in gzip header fields that carry
		// no data (mtime, flags of the compressor, OS: bytes 4–9); everything else must fail.
		expect(opened).toBeLessThanOrEqual(4 * 9);
	});

	it('still reads links of the first format (bare deflate-raw, no checksum)', async () => {
		const json = JSON.stringify({ v: 1, text: 'Basra and Mosul.', title: null });
		const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
		const fragment = `t=${toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()))}`;
		expect(await decodeArticleFragment(fragment)).toEqual({
			ok: true,
			article: { text: 'Basra and Mosul.', title: null }
		});
	});

	it('rejects well-formed payloads of the wrong shape', async () => {
		const encode = async (value: unknown) => {
			const stream = new Blob([JSON.stringify(value)])
				.stream()
				.pipeThrough(new CompressionStream('deflate-raw'));
			return `t=${toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()))}`;
		};
		for (const value of [
			null,
			[],
			{ v: 2, text: 'a', title: null },
			{ v: 1, text: '   ', title: null },
			{ v: 1, text: 3, title: null },
			{ v: 1, text: 'a', title: 7 }
		]) {
			expect((await decodeArticleFragment(await encode(value))).ok, JSON.stringify(value)).toBe(
				false
			);
		}
	});

	it('stops inflating a compression bomb at the size cap', async () => {
		// 5 MB of one letter deflates to a few KB: the decoder must refuse it without inflating it all.
		const bomb = { v: 1, text: 'a'.repeat(5 * 1024 * 1024), title: null };
		const stream = new Blob([JSON.stringify(bomb)])
			.stream()
			.pipeThrough(new CompressionStream('deflate-raw'));
		const fragment = `t=${toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()))}`;
		expect(fragment.length).toBeLessThan(20_000);
		const result = await decodeArticleFragment(fragment);
		expect(result).toEqual({ ok: false, error: 'The article in the link is larger than allowed.' });
		// And a text just over the limit, though it would fit the JSON cap, is refused too.
		const over = await encodeArticleFragment({ text: 'b'.repeat(MAX_TEXT_BYTES + 1), title: null });
		expect((await decodeArticleFragment(over)).ok).toBe(false);
	});
});
