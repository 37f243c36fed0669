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

/** Gazetteer ids: `source:code`, e.g. `gn:98182`, `country:IQ`, `admin2:US.IL.031`, `wd:Q42`. */
export const PLACE_ID_PATTERN = /^[a-z][a-z0-9]{0,15}:[A-Za-z0-9._-]{1,48}$/;

/** Highest mention offset accepted (an article is at most a few hundred thousand characters). */
export const MAX_OFFSET = 10_000_000;
