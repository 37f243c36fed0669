/**
 * Content-addressed article ids: base64url of the first 96 bits of HMAC-SHA-256, keyed with the
 * server's secret (`secret.ts`), over the article's canonical JSON. The same article always gets
 * the same id on servers sharing the secret (storing twice is harmless); ids are not a sequence,
 * so nobody can walk through other people's articles; and without the secret nobody can compute
 * the id of a text they guess to check that it was stored. 96 bits make a guess or an accidental
 * collision negligible (birthday bound ~2^48 articles). Ids made before the key (plain SHA-256,
 * `secret` null) keep working: a lookup is by id, whatever made it.
 */
import { createHash, createHmac } from 'node:crypto';
import { toBase64Url } from '$lib/share/base64url';
import type { ArticleInput } from '$lib/article-input/validate';

/** Bytes of the digest kept in the id (12 bytes = 96 bits = 16 base64url characters). */
const ID_BYTES = 12;

/** The JSON hashed for the id: fixed key order, so equal articles hash equally. */
function canonicalArticleJson(article: ArticleInput): string {
	return JSON.stringify([article.text, article.title, article.sourceUrl]);
}

export function articleId(article: ArticleInput, secret: string | null = null): string {
	const hash = secret === null ? createHash('sha256') : createHmac('sha256', secret);
	const digest = hash.update(canonicalArticleJson(article), 'utf8').digest();
	return toBase64Url(new Uint8Array(digest.buffer, digest.byteOffset, ID_BYTES));
}
