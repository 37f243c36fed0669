/**
 * The article itself in the URL fragment, for text that must not be stored anywhere: browsers
 * never send the fragment to the server. Payload: JSON `{ v: 1, text, title }`, UTF-8, gzip
 * (CompressionStream, in every current browser and in Node ≥ 20), base64url.
 *
 * Gzip rather than bare deflate for its CRC-32: a link damaged by a chat app or a careless copy
 * must fail loudly, never open a slightly different article. (Bare deflate-raw links, the first
 * format, have no checksum; they are still read, told apart by gzip's magic bytes, which no
 * deflate stream can start with.)
 *
 * Decoding treats the fragment as hostile: it caps the compressed size, stops inflating past the
 * text limit (a small link cannot expand into gigabytes), and validates the JSON shape.
 *
 * @example
 * const hash = await encodeArticleFragment({ text, title: null }); // 't=…'
 * const decoded = await decodeArticleFragment(location.hash);
 */
import { readCapped } from '../bytes';
import { fromBase64Url, toBase64Url } from './base64url';
import type { FragmentDecodeResult, InlineArticle } from './types';
import { MAX_TEXT_BYTES, MAX_TITLE_LENGTH, utf8Length } from '../article-input/limits';

const VERSION = 1;
/** JSON wrapping and the title add a little to the text's own byte limit. */
const MAX_JSON_BYTES = MAX_TEXT_BYTES * 2 + 4096;
/** Deflate never makes text much bigger; a longer fragment is not one we wrote. */
const MAX_ENCODED_LENGTH = Math.ceil(((MAX_JSON_BYTES * 1.01 + 64) * 4) / 3);

/** The fragment (without `#`) that carries `article`, e.g. `t=…`. */
export async function encodeArticleFragment(article: InlineArticle): Promise<string> {
	const json = JSON.stringify({ v: VERSION, text: article.text, title: article.title });
	const bytes = await pipe(new TextEncoder().encode(json), new CompressionStream('gzip'));
	if (!bytes) throw new Error('unreachable: compression has no output limit');
	return `t=${toBase64Url(bytes)}`;
}

/** Decode a fragment written by {@link encodeArticleFragment} (`#` optional). Never throws. */
export async function decodeArticleFragment(fragment: string): Promise<FragmentDecodeResult> {
	const hash = fragment.startsWith('#') ? fragment.slice(1) : fragment;
	const encoded = new URLSearchParams(hash).get('t');
	if (!encoded) return { ok: false, error: 'The link carries no article.' };
	if (encoded.length > MAX_ENCODED_LENGTH) return { ok: false, error: 'The link is too long.' };
	const compressed = fromBase64Url(encoded);
	if (!compressed) return { ok: false, error: 'The link is damaged (not base64url).' };
	let json: string;
	try {
		const gzip = compressed[0] === 0x1f && compressed[1] === 0x8b;
		const format = gzip ? 'gzip' : 'deflate-raw';
		const bytes = await pipe(compressed, new DecompressionStream(format), MAX_JSON_BYTES);
		if (!bytes) return { ok: false, error: 'The article in the link is larger than allowed.' };
		json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { ok: false, error: 'The link is damaged or cut short (it does not decompress).' };
	}
	return parsePayload(json);
}

function parsePayload(json: string): FragmentDecodeResult {
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch {
		return { ok: false, error: 'The link is damaged (not JSON).' };
	}
	if (typeof value !== 'object' || value === null) {
		return { ok: false, error: 'The link is damaged (unexpected content).' };
	}
	const { v, text, title } = value as Record<string, unknown>;
	if (v !== VERSION) return { ok: false, error: 'The link was made by another version.' };
	if (typeof text !== 'string' || text.trim() === '') {
		return { ok: false, error: 'The link carries no article text.' };
	}
	if (utf8Length(text) > MAX_TEXT_BYTES) {
		return { ok: false, error: 'The article in the link is larger than allowed.' };
	}
	if (title !== null && (typeof title !== 'string' || title.length > MAX_TITLE_LENGTH)) {
		return { ok: false, error: 'The link carries an invalid title.' };
	}
	return { ok: true, article: { text, title } };
}

/** Run bytes through a (de)compression stream; null when the output exceeds `limit` bytes. */
async function pipe(
	input: Uint8Array,
	transform: CompressionStream | DecompressionStream,
	limit = Infinity
): Promise<Uint8Array | null> {
	const writer = transform.writable.getWriter();
	// Errors surface on the reading side; swallow them here so none goes unhandled.
	writer.write(input as Uint8Array<ArrayBuffer>).catch(() => {});
	writer.close().catch(() => {});
	return readCapped(transform.readable, limit);
}
