/**
 * Types of the share format: everything a link must carry so that another browser opens exactly
 * the same view. Pure data; the codecs live in `params.ts` (query string) and `fragment.ts`
 * (article text carried in the URL fragment).
 */
import type { LngLat } from '../gazetteer/types';

/** The map camera. `center` is `[lng, lat]` (GeoJSON order). */
export interface MapView {
	center: LngLat;
	/** 0 – 24. */
	zoom: number;
	/** Degrees, normalised to (-180, 180]. */
	bearing: number;
}

/**
 * A user's fix for one name. Keyed in {@link Corrections} by the gazetteer name key of the mention
 * text (`nameKey('Georgia') === 'georgia'`), so one correction re-pins every mention of that name.
 */
export type Correction = { placeId: string } | { notAPlace: true };

/** Name key → correction. */
export type Corrections = Record<string, Correction>;

/** The state a share link reproduces (besides the article, which the path or fragment carries). */
export interface ShareState {
	/** Id of the selected place (a gazetteer id such as `gn:98182`), or null. */
	place: string | null;
	/**
	 * The selected mention, by its `start` offset in the article text, or null. An offset rather
	 * than an index because it stays valid when corrections remove or re-pin other mentions.
	 */
	mention: number | null;
	/** The camera, or null to let the page fit the article's places. */
	view: MapView | null;
	corrections: Corrections;
}

/** What decoding a link yields: the state that could be trusted, and what was dropped and why. */
export interface DecodedShareState {
	state: ShareState;
	/** One human-readable line per rejected parameter, e.g. `z: not a number ("abc")`. */
	dropped: string[];
}

/** An article carried in a URL fragment. */
export interface InlineArticle {
	text: string;
	title: string | null;
}

/** Result of decoding a fragment: never throws, says why it failed. */
export type FragmentDecodeResult =
	{ ok: true; article: InlineArticle } | { ok: false; error: string };
