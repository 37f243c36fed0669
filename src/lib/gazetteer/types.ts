/**
 * Public types of the gazetteer: the places it knows and the queries it answers.
 *
 * The module is pure: the caller loads the artifact bytes (see `src/lib/server/gazetteer.ts` on
 * the server) and passes them to `openGazetteer`, so the same code runs in Node, a worker or the
 * browser. Coordinates are GeoJSON order, `[lng, lat]`.
 */

/**
 * What a place is. Areas (continent, country, admin1, admin2, region, water) carry a bbox;
 * points (city, town, landmark) do not.
 * - `admin1`: first-level division (state, province, governorate).
 * - `admin2`: second-level division (US county, district).
 * - `city`: populated place with ≥ 15,000 people or a capital / division seat.
 * - `town`: any smaller populated place.
 * - `landmark`: a named non-settlement feature: building, base, site, neighbourhood.
 * - `region`: a macro-region or disputed/informal area (Middle East, Sahel, Gaza Strip).
 * - `water`: ocean, sea, gulf, strait, lake, river.
 */
export type PlaceKind =
	| 'continent'
	| 'country'
	| 'admin1'
	| 'admin2'
	| 'city'
	| 'town'
	| 'neighbourhood'
	| 'landmark'
	| 'region'
	| 'water';

/**
 * Whether a kind is a settlement: a city, a town, or a neighbourhood of one (GeoNames `PPLX`, a
 * kind of its own so the reader and the search can say so; the geoparser reads it as a town).
 */
export function isSettlement(kind: PlaceKind): boolean {
	return kind === 'city' || kind === 'town' || kind === 'neighbourhood';
}

/** `[west, south, east, north]` in degrees; west > east when the box crosses the antimeridian. */
export type BBox = [number, number, number, number];

/** `[lng, lat]` in degrees. */
export type LngLat = [number, number];

/** One gazetteer entry, materialised on demand from the columnar artifact. */
export interface Place {
	/** Position in the artifact; valid for one artifact only. Use `id` to persist. */
	index: number;
	/**
	 * Stable public id, e.g. `gn:98182` (GeoNames), `wd:Q1156633` (Wikidata), `country:IQ`,
	 * `admin1:IQ.12`, `admin2:US.IL.031`.
	 */
	id: string;
	/** Preferred English display name. */
	name: string;
	/** Other names the place is known by (Latin script, deduplicated). */
	aliases: readonly string[];
	kind: PlaceKind;
	/** Source feature code where there is one (GeoNames `PPLC`, `ADM1`…; curated codes such as `MILB`). */
	featureCode: string;
	/** ISO 3166-1 alpha-2 code, or '' for places spanning countries (continents, seas, regions). */
	countryCode: string;
	/** Country display name ('' when countryCode is ''). */
	countryName: string;
	/** GeoNames admin1 code within the country (e.g. '12' for Karbala, 'GA' for Georgia, US). */
	admin1Code: string;
	/** Display name of that admin1 ('' when unknown). */
	admin1Name: string;
	/**
	 * Display name of the second-level division the place is in ('Benton County'), '' when
	 * unknown or for a division itself.
	 */
	admin2Name: string;
	/** Population, or 0 when unknown. */
	population: number;
	/** Static importance used in ranking (higher is more prominent); roughly log10(population) + kind weight. */
	importance: number;
	/** Representative point, inside the area for areas. */
	point: LngLat;
	/** Bounding box for areas, null for points. */
	bbox: BBox | null;
	/** Which source the entry came from (e.g. `geonames-cities500`, `natural-earth`, `curated`). */
	source: string;
}

/** How a candidate's name matched the query. */
export type MatchType =
	/** The query key equals the place's primary name key. */
	| 'name'
	/** The query key equals a curated or official alternate name. */
	| 'alias'
	/** The query key equals a GeoNames alternate name (noisier). */
	| 'alternate'
	/** Only the loose spelling key matched (Kerbala → Karbala). */
	| 'loose'
	/**
	 * A search-only name matched: another language's name, or a name held back from free text
	 * (returned only when the query asks for them, `searchNames`).
	 */
	| 'search';

/** One ranked answer to a lookup. */
export interface Candidate {
	place: Place;
	/** Ranking score (higher is better): importance plus match and kind-hint adjustments. */
	score: number;
	match: MatchType;
	/** True when the query carried a generic kind word (e.g. "Province") that this place fits. */
	kindHintMatched: boolean;
}

/** Options of {@link Gazetteer.lookup}. */
export interface LookupOptions {
	/** Maximum number of candidates (default 10). */
	limit?: number;
	/** Only return places of these kinds. */
	kinds?: readonly PlaceKind[];
	/** Only return places in this country (ISO alpha-2). */
	countryCode?: string;
	/** Consult the loose-spelling index when nothing matches exactly (default true). */
	loose?: boolean;
	/** Also match search-only names (match type `search`); the geoparser leaves them out. */
	searchNames?: boolean;
}

/** Options of {@link Gazetteer.prefix}. */
export interface PrefixOptions {
	/** Maximum number of suggestions (default 10). */
	limit?: number;
	kinds?: readonly PlaceKind[];
	/** Also complete search-only names. */
	searchNames?: boolean;
}

/** Options of {@link Gazetteer.search}. */
export interface SearchOptions {
	/** Maximum number of places (default 10). */
	limit?: number;
	/** Where the story is: nearer places rank higher. */
	near?: LngLat;
	kinds?: readonly PlaceKind[];
}

/** Options of {@link Gazetteer.near}. */
export interface NearOptions {
	/** Maximum number of places (default 10). */
	limit?: number;
	/** Search radius in kilometres (default 50). */
	radiusKm?: number;
	kinds?: readonly PlaceKind[];
}

/** A place with its distance from the query point. */
export interface NearResult {
	place: Place;
	distanceKm: number;
}

/** The query interface the geoparser and the UI code against. */
export interface Gazetteer {
	/** Number of entries. */
	readonly size: number;
	/** Build metadata from the artifact (sources, versions, counts). */
	readonly meta: ArtifactMeta;
	/**
	 * Ranked candidates for a place name, raw ("Karbala Province", "Jurf al-Nasr") or already a key.
	 * A trailing generic word (Province, County, City…) is read as a hint of kind: both the full
	 * name and the name without it are looked up, and places of the hinted kind rank higher.
	 */
	lookup(name: string, options?: LookupOptions): Candidate[];
	/** Whether `key` (output of `nameKey`) is an indexed name. O(log n), allocation-free. */
	has(key: string): boolean;
	/** Whether some indexed name starts with `key` (for greedy multi-word matching: "new" → "new york"). */
	hasPrefix(key: string): boolean;
	/**
	 * `has(key)` and `hasPrefix(key + ' ')` in one search, for a key from `nameKey`: whether it is
	 * a name, and whether a longer name goes on from it ("new" → "new york"). The recogniser asks
	 * both of every span it reads.
	 */
	probe(key: string): KeyProbe;
	/**
	 * The entries indexed under `key` itself (output of `nameKey`): those with a name, alias or
	 * alternate of that key, not those found only once a kind word is dropped. Every place's name
	 * and aliases are indexed under their keys, so a place not listed is called by no name of
	 * that key.
	 */
	indexedUnder(key: string): number[];
	/**
	 * Whether entry `index` has the feature code `code` (`PPLC`), read without decoding the code
	 * into its place: the geoparser asks it of every reading of some names.
	 */
	hasFeatureCode(index: number, code: string): boolean;
	/** Autocomplete: best places whose names start with the typed text, one per place. */
	prefix(text: string, options?: PrefixOptions): Candidate[];
	/**
	 * The correction search: every place the gazetteer knows, by any of its names (search-only
	 * names too), complete or being typed; "Name, Region" and "Name County, State" narrow it to
	 * places in the named area. Ranked by match, prominence and kind, and by distance to
	 * `near` when given.
	 */
	search(query: string, options?: SearchOptions): Candidate[];
	/** Reverse lookup: nearest places to a point, nearest first. */
	near(lat: number, lon: number, options?: NearOptions): NearResult[];
	/** Country for a demonym or adjective ("Iranian", "British", "Americans"), or null. */
	demonym(word: string): Place | null;
	/** Country by ISO 3166-1 alpha-2 or alpha-3 code (case-insensitive), or null. */
	country(code: string): Place | null;
	/** Entry by stable id, or null. */
	byId(id: string): Place | null;
	/** Entry by artifact index. */
	get(index: number): Place;
}

/** What the index holds for a name key (see {@link Gazetteer.probe}). */
export interface KeyProbe {
	/** The key is an indexed name. */
	readonly name: boolean;
	/** Some indexed name is the key followed by more words. */
	readonly longer: boolean;
}

/** Build metadata stored in the artifact header. */
export interface ArtifactMeta {
	/** Source packages and versions the artifact was built from. */
	sources: Record<string, string>;
	/** Entries per kind. */
	counts: Record<string, number>;
	/** Rows skipped as malformed, per source. */
	skipped: Record<string, number>;
}

/** Outline of an area: GeoJSON `[lng, lat]`, every part within [−180, 180] (cut at the antimeridian). */
export type AreaGeometry =
	| { type: 'Polygon'; coordinates: LngLat[][] }
	| { type: 'MultiPolygon'; coordinates: LngLat[][][] }
	/** A river's course (from the optional Natural Earth import). */
	| { type: 'MultiLineString'; coordinates: LngLat[][] };

/** The areas artifact as stored (`geo/out/areas.v1.json.gz`, JSON). */
export interface AreasFile {
	format: 'gazetteer-areas';
	version: number;
	/** Hash of the content: changes whenever any outline changes (cache key). */
	digest: string;
	meta: {
		/** Source packages and versions. */
		sources: Record<string, string>;
		/** Outlines per kind (country, admin1, admin2). */
		counts: Record<string, number>;
		/** Simplification per kind: Douglas–Peucker tolerance (degrees) and decimals kept. */
		simplification: Record<string, { tolerance: number; decimals: number }>;
	};
	/** Gazetteer id (`country:IQ`, `admin1:IQ.12`, `admin2:US.IL.031`) → outline. */
	areas: Record<string, AreaGeometry>;
}

/** Outlines by gazetteer id, opened from the areas artifact by `openAreas`. */
export interface Areas {
	readonly version: number;
	readonly digest: string;
	readonly meta: AreasFile['meta'];
	/** Number of outlines. */
	readonly size: number;
	/** Outline of the area with this gazetteer id, or null (points and unknown ids have none). */
	area(id: string): AreaGeometry | null;
	has(id: string): boolean;
	ids(): string[];
}
