/**
 * Types of the share format: everything a link must carry so that another browser opens exactly
 * the same view. Pure data; the codecs live in `params.ts` (query string) and `fragment.ts`
 * (article text carried in the URL fragment).
 */
import type { LngLat } from '../gazetteer/types';
import type { TextPart } from '../geoparse/types';

/**
 * Where a span of the article is: its offsets are into the title given apart from the text when
 * `part` is `title` (written `t` before the offset in a link, format version 3), else into the
 * text.
 */
export interface InPart {
	part?: TextPart;
}

/** The map camera. `center` is `[lng, lat]` (GeoJSON order). */
export interface MapView {
	center: LngLat;
	/** 0 – 24. */
	zoom: number;
	/** Degrees, normalised to (-180, 180]. */
	bearing: number;
}

/**
 * A point the reader placed on the map (or typed as coordinates) where the gazetteer has nothing:
 * a point, or an area of `radiusKm` around it. Its name is the text of the mention it pins.
 */
export interface Pin {
	lat: number;
	lng: number;
	/** Null for a point; the radius in kilometres for an area. */
	radiusKm: number | null;
}

/** Where a reader's fix sends a mention: a gazetteer place or a pin of their own. */
export type EditTarget = { placeId: string } | { pin: Pin };

/**
 * A user's fix for one name. Keyed in {@link Corrections} by the gazetteer name key of the mention
 * text (`nameKey('Georgia') === 'georgia'`), so one correction re-pins every mention of that name.
 */
export type Correction = EditTarget | { notAPlace: true };

/** Whether a fix applies to every mention of the name (a {@link Correction}) or to one. */
export type FixScope = 'all' | 'one';

/** Name key → correction. */
export type Corrections = Record<string, Correction>;

/** A place the parser missed and the reader marked: the span `[start, end)` of the text. */
export interface AddedPlace extends InPart {
	start: number;
	end: number;
	target: EditTarget;
}

/** A fix of one mention only (the one starting at `start`), leaving the name's others alone. */
export interface MentionFix extends InPart {
	start: number;
	fix: Correction;
}

/**
 * What a reader added to the parse besides the name-wide {@link Corrections}: places the parser
 * missed, one-mention fixes, and the places they checked and accepted.
 */
export interface ReaderEdits {
	/** In reading order (the title's first), never overlapping one another. */
	added: AddedPlace[];
	/** In reading order, one per mention start. */
	mentions: MentionFix[];
	/** Ids of the places the reader accepted as right (sorted, unique). */
	accepted: string[];
}

/** The state a share link reproduces (besides the article, which the path or fragment carries). */
export interface ShareState {
	/** Id of the selected place (a gazetteer id such as `gn:98182`), or null. */
	place: string | null;
	/**
	 * The selected mention, by its `start` offset in the article text, or null. An offset rather
	 * than an index because it stays valid when corrections remove or re-pin other mentions.
	 */
	mention: number | null;
	/** `title` when the selected mention is in the title (`mention` is then into the title). */
	mentionPart?: TextPart;
	/** The camera, or null to let the page fit the article's places. */
	view: MapView | null;
	corrections: Corrections;
	/** Added places, one-mention fixes and accepted marks (none when absent). */
	edits?: ReaderEdits;
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
