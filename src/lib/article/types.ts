/**
 * Types of the article reader: the geoparser's result reshaped for display. Offsets stay the
 * geoparser's `[start, end)` into the original text, so every segment can be traced back.
 */
import type { Mention, ResolvedPlace } from '../geoparse/types';

/** A place as the reader shows it: numbered and coloured the same in text, map and list. */
export interface ReaderPlace {
	place: ResolvedPlace;
	/** 1-based number in order of first mention; shown on markers, mentions and the list. */
	number: number;
	/** Index into the reader's colour palette (the same for every view of the place). */
	colour: number;
	/** True when at least one mention is literal (the place is where something happens). */
	literal: boolean;
	/** True for areas (countries, provinces, regions, water), which are outlined when selected. */
	area: boolean;
	/** Indexes into `GeoparseResult.mentions` of this place's mentions, in reading order. */
	mentionIndexes: number[];
	/** True when the parser was unsure (below `LOW_CONFIDENCE`) and no reader confirmed it. */
	low: boolean;
	/** True when a reader accepted the place as right. */
	checked: boolean;
	/** True when a reader placed it (added, re-pinned or pinned by hand). */
	reader: boolean;
}

/** Everything the reader derives once from a text and its geoparse result. */
export interface ReaderModel {
	/** Places in order of first mention (index = number - 1). */
	places: ReaderPlace[];
	/** Place by id. */
	byId: Map<string, ReaderPlace>;
	/**
	 * Every mention in reading order (the geoparser's `mentions`): those in a title given apart
	 * from the text (`part: 'title'`) first.
	 */
	mentions: Mention[];
	/** The title the mentions in the title are into (empty when the title was not parsed). */
	title: string;
}

/** A run of plain text or one mention inside a paragraph. */
export type Segment =
	| { kind: 'text'; start: number; end: number; text: string }
	| { kind: 'mention'; start: number; end: number; text: string; mention: number }
	/** A name the text says is a place that is not on the map (`GeoparseResult.unresolved`). */
	| { kind: 'unresolved'; start: number; end: number; text: string };

/** One paragraph of the article, split into text and mention segments. */
export interface Paragraph {
	start: number;
	end: number;
	segments: Segment[];
}

/** The words around a mention, for the popup. */
export interface Passage {
	before: string;
	match: string;
	after: string;
	/** True when text was cut at the start or end (shown as an ellipsis). */
	cutBefore: boolean;
	cutAfter: boolean;
}
