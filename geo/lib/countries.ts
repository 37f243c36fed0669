/**
 * Countries: names, official names, alternate spellings and demonyms from world-countries and
 * i18n-iso-countries; shape from Natural Earth (world-atlas) for the bbox of the main part.
 * The point is world-countries' conventional `latlng` (close to the one gazetteers such as
 * GeoNames quote) when it lies inside the shape, else a central point of the largest part.
 */

import type { Feature, Geometry } from 'geojson';
import type { BBox, LngLat } from '../../src/lib/gazetteer/types';
import type { EntryDraft } from './draft';
import { centralPoint, containsPoint, mainBBox, polygonArea, polygonsOf } from './geometry';
import { importanceOf } from './importance';

/** The fields of a world-countries record that we read. */
export interface WorldCountry {
	name: {
		common: string;
		official: string;
		native?: Record<string, { common: string; official: string }>;
	};
	cca2: string;
	ccn3: string;
	cca3: string;
	altSpellings: string[];
	latlng: number[];
	demonyms?: Record<string, { f: string; m: string }>;
}

export type CountryShape = Feature<Geometry, { name?: string }>;

export interface CountryInput {
	countries: WorldCountry[];
	/** i18n-iso-countries English names: alpha-2 → name or list of names. */
	englishNames: Record<string, string | string[]>;
	/** Natural Earth countries with ISO numeric ids (as world-atlas ships them). */
	shapes: CountryShape[];
	/** Extra aliases by alpha-2 ("US" → ["America", "U.S."]). */
	extraAliases: Map<string, string[]>;
	/** Extra demonyms by alpha-2 ("GB" → ["Briton", "Brits"]). */
	extraDemonyms: Map<string, string[]>;
}

/** "Iraqi" → ["Iraqi", "Iraqis"]; no plural for -ese/-ish/-ch/-s forms ("Chinese", "British"). */
function demonymForms(word: string): string[] {
	if (/(ese|ish|ch|sh|s|x|z)$/i.test(word)) return [word];
	return [word, `${word}s`];
}

const isLatin = (s: string) => /^[\p{Script=Latin}\p{M}0-9 '’.,()-]+$/u.test(s);

const shapeArea = (s: CountryShape) =>
	polygonsOf(s.geometry).reduce((sum, p) => sum + polygonArea(p), 0);

/**
 * The shape of a country: by ISO numeric code, where several features share one (Australia and
 * Ashmore and Cartier Islands are both 036) the one named like the country, else the largest;
 * by name when the code is missing (Kosovo).
 */
export function countryShape(
	shapes: readonly CountryShape[],
	country: Pick<WorldCountry, 'ccn3' | 'name'>
): CountryShape | undefined {
	const byId = country.ccn3
		? shapes.filter((s) => s.id !== undefined && String(s.id).padStart(3, '0') === country.ccn3)
		: [];
	if (byId.length === 0) return shapes.find((s) => s.properties.name === country.name.common);
	return (
		byId.find((s) => s.properties.name === country.name.common) ??
		[...byId].sort((a, b) => shapeArea(b) - shapeArea(a))[0]
	);
}

export function countryDrafts(input: CountryInput): EntryDraft[] {
	const drafts: EntryDraft[] = [];
	for (const c of [...input.countries].sort((a, b) => (a.cca2 < b.cca2 ? -1 : 1))) {
		const shape = countryShape(input.shapes, c);
		const [lat, lng] = c.latlng;
		const conventional: LngLat | null = lat !== undefined && lng !== undefined ? [lng, lat] : null;
		const point: LngLat | null =
			conventional && (!shape || containsPoint(shape.geometry, conventional))
				? conventional
				: centralPoint(shape?.geometry);
		if (!point) continue;
		const bbox: BBox | null = mainBBox(shape?.geometry);
		const english = input.englishNames[c.cca2];
		const aliases = [
			c.name.official,
			...(Array.isArray(english) ? english : english ? [english] : []),
			...Object.values(c.name.native ?? {})
				.flatMap((n) => [n.common, n.official])
				.filter(isLatin),
			...(input.extraAliases.get(c.cca2) ?? [])
		];
		// Alternate spellings include codes ("IR", "GB"): short codes are kept only at the
		// lowest tier, and the bare alpha-2 code not at all (country(code) covers it).
		const spellings = c.altSpellings.filter((s) => s !== c.cca2 && isLatin(s));
		const eng = c.demonyms?.eng;
		const demonyms = eng ? [...demonymForms(eng.m), ...demonymForms(eng.f)] : [];
		drafts.push({
			id: `country:${c.cca2}`,
			name: c.name.common,
			aliases: [...new Set([...aliases, ...spellings.filter((s) => s.length > 3)])],
			// The alpha-3 code rides along so country('IRQ') can find it.
			alternates: [...new Set([...spellings.filter((s) => s.length <= 3), c.cca3])],
			kind: 'country',
			featureCode: 'PCLI',
			countryCode: c.cca2,
			admin1: '',
			population: 0,
			importance: importanceOf('country', 0),
			lng: point[0],
			lat: point[1],
			bbox,
			source: 'world-countries',
			// Curated demonyms win where world-countries gives one word to several countries
			// ("American" is also the Northern Mariana Islands' demonym there).
			demonyms: [...new Set(input.extraDemonyms.get(c.cca2) ?? [])],
			weakDemonyms: [...new Set(demonyms)]
		});
	}
	return drafts;
}
