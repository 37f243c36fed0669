/**
 * Bounds on what a link may carry. A link is untrusted input: anything beyond these is dropped
 * when decoding, so a forged URL cannot make the page allocate or loop without bound.
 */

export const MIN_ZOOM = 0;
export const MAX_ZOOM = 24;

/** Maximum number of corrections a link carries (an article rarely names more places). */
export const MAX_CORRECTIONS = 200;

/** Maximum length of a correction's name key. */
export const MAX_KEY_LENGTH = 120;

/**
 * Gazetteer ids: `source:code`, e.g. `gn:98182`, `country:IQ`, `admin2:US.IL.031`, `wd:Q42`; and
 * `enwiki:Kīlauea` for a row of ours known by its English Wikipedia title, which may hold letters
 * of any script, apostrophes, brackets, commas, dashes and slashes as titles do (never `~`, which
 * separates a correction's name from its target, nor spaces, quotes or angle brackets).
 */
export const PLACE_ID_PATTERN =
	/^(?:[a-z][a-z0-9]{0,15}:[A-Za-z0-9._-]{1,48}|enwiki:[\p{L}\p{M}\p{N}._'(),/\u2013-]{1,64})$/u;

/** Highest mention offset accepted (an article is at most a few hundred thousand characters). */
export const MAX_OFFSET = 10_000_000;

/** A mention offset a link may name: a whole number from 0 to {@link MAX_OFFSET}. */
export function isOffset(value: number): boolean {
	return Number.isSafeInteger(value) && value >= 0 && value <= MAX_OFFSET;
}

/** The longest link handed out: many chat apps, mail clients and old browsers cut longer ones. */
export const MAX_LINK_LENGTH = 2000;

/** A link's length as {@link MAX_LINK_LENGTH} counts it: without the fragment (a private link's article). */
export function linkLength(url: URL): number {
	const counted = new URL(url);
	counted.hash = '';
	return counted.href.length;
}
