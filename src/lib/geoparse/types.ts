/**
 * Public types of the geoparser: the contract between the parser, the UI, the API and the CLI.
 *
 * Offsets are JavaScript string offsets (UTF-16 code units), `[start, end)` into the ORIGINAL text
 * the caller passed in: `text.slice(start, end) === mention.text` always holds.
 * Coordinates are GeoJSON order, `[lng, lat]`.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { BBox, Gazetteer, LngLat, PlaceKind } from '../gazetteer/types';

/**
 * - `literal`: where something is or happens ("fired at Camp Taji").
 * - `associative`: a place standing for its government or people ("the US assessed",
 *   "Tehran warned"), demonyms ("Iranian-backed"), and modifiers ("US soldier").
 */
export type MentionRole = 'literal' | 'associative';

/** Whether the mention names the place or is a demonym/adjective of it ("British"). */
export type MentionForm = 'name' | 'demonym';

/** A place the parser considered for a mention (for the correction UI). */
export interface PlaceCandidate {
	/** Stable gazetteer id (e.g. `gn:98182`, `country:IQ`). */
	id: string;
	name: string;
	kind: PlaceKind;
	/** ISO 3166-1 alpha-2, or null for places spanning countries. */
	country: string | null;
	/** Display name of the first-level division, or null. */
	admin1: string | null;
	/**
	 * Display name of the second-level division (county, district) when the gazetteer knows it;
	 * absent otherwise. Shown only where it tells namesakes apart (`article/format.ts`).
	 */
	admin2?: string;
	point: LngLat;
	/** The parser's probability that this candidate is the right one, in [0, 1]. */
	confidence: number;
}

/**
 * Which text a span's `[start, end)` are into when it is not the article text: `title`, a title
 * given apart from the text and parsed with it (see `src/lib/story`). Absent: the text.
 */
export type TextPart = 'title';

/** Who placed a mention or a place: the geoparser, or a reader's correction. */
export type PlaceSource = 'parser' | 'reader';

/** One occurrence of a place in the text. */
export interface Mention {
	start: number;
	end: number;
	/** `text.slice(start, end)`. */
	text: string;
	role: MentionRole;
	form: MentionForm;
	/** Id of the chosen place (a key of `GeoparseResult.places`). */
	placeId: string;
	/** Probability the chosen place is right, in [0, 1]; calibrated on held-out news. */
	confidence: number;
	/** The best other candidates, most likely first (at most a handful; may be empty). */
	alternatives: PlaceCandidate[];
	/** `reader` when a reader added, re-pinned or confirmed it; absent from the parser's own. */
	source?: PlaceSource;
	/** `title` when the offsets are into the article's title; absent: into the text. */
	part?: TextPart;
}

/** A resolved place with every mention of it. */
export interface ResolvedPlace {
	id: string;
	name: string;
	kind: PlaceKind;
	country: string | null;
	admin1: string | null;
	/**
	 * Display name of the second-level division (county, district) when the gazetteer knows it;
	 * absent otherwise. Shown only where it tells namesakes apart (`article/format.ts`).
	 */
	admin2?: string;
	point: LngLat;
	/** Bounding box for areas (countries, provinces, regions, water), null for points. */
	bbox: BBox | null;
	/** The highest mention confidence of this place. */
	confidence: number;
	/** Every mention, in reading order. */
	mentions: Mention[];
	/**
	 * Why the parser chose this place, in a few plain words each ("named with Kentucky", "largest
	 * of 4 places of this name"), built from its trace. Absent on a place the parser did not
	 * choose (a reader's correction, an older share).
	 */
	why?: string[];
	/** `reader` when every mention of it is the reader's; absent from the parser's own. */
	source?: PlaceSource;
	/** True when a reader checked the place and accepted it. */
	checked?: boolean;
}

/** What `geoparse` returns. */
export interface GeoparseResult {
	/** Places in order of first mention. */
	places: ResolvedPlace[];
	/** Every mention of every place, in reading order. */
	mentions: Mention[];
	/**
	 * Names the text says are places ("Manchar Lake", "Plaza de Mayo") of which the gazetteer
	 * holds nothing of a compatible kind, in reading order: no namesake elsewhere is drawn for
	 * them. Absent when there are none (and from results made before there were any).
	 */
	unresolved?: UnresolvedMention[];
}

/** A name the text says is a place that is not on the map (see `GeoparseResult.unresolved`). */
export interface UnresolvedMention {
	start: number;
	end: number;
	/** `text.slice(start, end)`. */
	text: string;
	/** Id of the rule that kept it off the map (`resolve/feature-namesake`…). */
	rule: string;
	/** `title` when the offsets are into the article's title; absent: into the text. */
	part?: TextPart;
}

/** Input of `geoparse`: one options object, data passed in (the core never loads anything). */
export interface GeoparseOptions {
	text: string;
	gazetteer: Gazetteer;
	/** How many alternatives to keep per mention (default 5). */
	alternatives?: number;
	/**
	 * Give each place its `why` (default false): the words are built from the trace after the
	 * parse, so a caller that shows no reader (an eval, a batch) does not pay for them.
	 */
	why?: boolean;
}

/** The mention as serialised in GeoJSON (CLI, API, export). */
export interface FeatureMention {
	start: number;
	end: number;
	text: string;
	role: MentionRole;
	form: MentionForm;
	confidence: number;
	/** The other candidates (only when asked for: the API sends them, for corrections). */
	alternatives?: PlaceCandidate[];
	/** Present when the result carries reader edits (see `Mention.source`). */
	source?: PlaceSource;
	/** `title` for a mention in the article's title (offsets into the title; see `Mention.part`). */
	part?: TextPart;
}

/** Properties of one place Feature in the GeoJSON output. */
export interface PlaceFeatureProperties {
	id: string;
	name: string;
	kind: PlaceKind;
	country: string | null;
	admin1: string | null;
	/** See `ResolvedPlace.admin2`. */
	admin2?: string;
	confidence: number;
	bbox: BBox | null;
	mentions: FeatureMention[];
	/** Why the parser chose this place (`ResolvedPlace.why`). */
	why?: string[];
	/** Present when the result carries reader edits (see `ResolvedPlace.source`). */
	source?: PlaceSource;
	checked?: boolean;
}

export type PlaceFeature = Feature<Point, PlaceFeatureProperties>;
export type PlaceCollection = FeatureCollection<Point, PlaceFeatureProperties>;
