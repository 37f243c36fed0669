/**
 * The builder's intermediate form of an entry: every source module produces drafts, and
 * tables.ts turns the merged drafts into the columnar artifact.
 */

import type { BBox, PlaceKind } from '../../src/lib/gazetteer/types';

export interface EntryDraft {
	/** Stable public id (see Place.id). */
	id: string;
	name: string;
	/** Curated or official alternate names: ranked just below the primary name. */
	aliases: string[];
	/** Bulk alternate names (GeoNames alternatenames): noisier, ranked lower. */
	alternates: string[];
	/**
	 * Names for search only (the correction search, lookups that ask for them): other
	 * languages' names, and names that would mislead the geoparser in free text.
	 */
	searchNames?: string[];
	kind: PlaceKind;
	featureCode: string;
	/** ISO alpha-2, or '' for places spanning countries. */
	countryCode: string;
	/** GeoNames admin1 code within the country, or ''. */
	admin1: string;
	/** GeoNames admin2 code within the admin1 (a county, a district), or '' (the default). */
	admin2?: string;
	population: number;
	/** Static ranking weight; see importance.ts. */
	importance: number;
	lng: number;
	lat: number;
	bbox: BBox | null;
	source: string;
	/**
	 * Curated aliases marked `!` in their table: names that stand alone for the feature even
	 * where a settlement or division shares them ("Gaza", "Atlantic"); see features.ts.
	 */
	standAlone?: string[];
	/** Demonyms and adjectives for countries ("Iraqi", "Iraqis"). */
	demonyms?: string[];
	/** Demonyms that lose to another country's curated one (tier 1). */
	weakDemonyms?: string[];
}

/** Rows skipped as malformed, per source, for the build report. */
export type SkipCounts = Record<string, number>;

export function countSkip(skipped: SkipCounts, source: string, n = 1): void {
	skipped[source] = (skipped[source] ?? 0) + n;
}
