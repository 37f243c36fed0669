/**
 * First- and second-level divisions.
 *
 * admin1: the GeoNames admin1 code table names every code that cities carry; Natural Earth
 * admin-1 polygons (matched on their `gn_a1_code`) add alternate names, a bbox and a label point
 * inside the area. Codes Natural Earth lacks fall back to the extent of their cities.
 * admin2: the GeoNames admin2 table; US counties take their polygon from us-atlas (FIPS ids),
 * the rest take the extent of their cities (divisions with no city in cities500 are left out).
 */

import type { Feature, Geometry } from 'geojson';
import type { BBox, LngLat } from '../../src/lib/gazetteer/types';
import type { DivisionStats } from './cities';
import type { EntryDraft } from './draft';
import {
	bboxOfGeometry,
	centralPoint,
	containsPoint,
	polygonArea,
	polygonsOf,
	representativePoint
} from './geometry';
import { importanceOf } from './importance';
import { nameKey, splitKindHint } from '../../src/lib/gazetteer/normalize';

export interface CodeName {
	code: string;
	name: string;
}

/** Properties of a Natural Earth admin-1 feature that we read. */
export interface NeAdmin1Props {
	gn_a1_code?: string;
	iso_a2?: string;
	name?: string;
	name_en?: string;
	name_alt?: string;
	gn_name?: string;
	woe_name?: string;
	postal?: string;
	latitude?: number;
	longitude?: number;
	ne_id?: number;
	type_en?: string;
	/** ISO 3166-2 code ("IQ-KA"): the key of CLDR's subdivision names. */
	iso_3166_2?: string;
	/** Names in other languages (`name_de`, `name_zh`…): search-only names. */
	[language: `name_${string}`]: string | number | undefined;
}

/**
 * CLDR subdivision names by ISO 3166-2 code, lower case without the hyphen as CLDR keys them
 * ("iqka"): the English name, and every other locale's.
 */
export interface SubdivisionNames {
	english: Map<string, string>;
	other: Map<string, string[]>;
}

/** Natural Earth's name fields that are not another language's. */
const NE_OWN_NAME_FIELDS = new Set(['name_alt', 'name_en', 'name_len']);

/** A feature's names in other languages (Natural Earth's `name_xx` columns). */
function otherLanguageNames(p: NeAdmin1Props): string[] {
	const out: string[] = [];
	for (const [field, value] of Object.entries(p)) {
		if (!field.startsWith('name_') || NE_OWN_NAME_FIELDS.has(field)) continue;
		if (typeof value === 'string' && value.trim().length > 1) out.push(value.trim());
	}
	return out;
}

/** The CLDR key of a feature's ISO 3166-2 code ("IQ-KA" → "iqka"), or ''. */
const cldrKey = (p: NeAdmin1Props) => (p.iso_3166_2 ?? '').toLowerCase().replace('-', '');

/** Countries whose admin1 postal abbreviations are in common use in news text. */
const POSTAL_COUNTRIES = new Set(['US', 'CA', 'AU']);

function statsArea(st: DivisionStats): { point: LngLat; bbox: BBox } {
	const point: LngLat = st.seat ?? [st.sumLng / st.weight, st.sumLat / st.weight];
	// Pad the extent of member towns: the division reaches beyond its outermost town.
	const pad = 0.05;
	return { point, bbox: [st.w - pad, st.s - pad, st.e + pad, st.n + pad] };
}

function unionBBox(boxes: BBox[]): BBox | null {
	if (boxes.length === 0) return null;
	// Parts crossing the antimeridian keep their own box; plain union otherwise.
	const crossing = boxes.find((b) => b[0] > b[2]);
	if (crossing) return crossing;
	return [
		Math.min(...boxes.map((b) => b[0])),
		Math.min(...boxes.map((b) => b[1])),
		Math.max(...boxes.map((b) => b[2])),
		Math.max(...boxes.map((b) => b[3]))
	];
}

function neNames(p: NeAdmin1Props): string[] {
	const names = [p.name, p.name_en, p.gn_name, p.woe_name, ...(p.name_alt ?? '').split('|')];
	return names.filter((s): s is string => !!s && s.trim().length > 1 && !/[‹¡]/.test(s));
}

/** A feature's own names (its name in the local, English, GeoNames and Yahoo forms). */
function primaryNames(p: NeAdmin1Props): string[] {
	const names = [p.name, p.name_en, p.gn_name, p.woe_name];
	return names.filter((s): s is string => !!s && s.trim().length > 1 && !/[‹¡]/.test(s));
}

/**
 * The Natural Earth names of a division. Where several features carry one GeoNames code, they
 * are either one division in parts (the same names) or its sub-units, where Natural Earth maps
 * finer than GeoNames (the Philippines' provinces under its regions): a sub-unit's name is not
 * the division's ("Cagayan" is no name of a region). So only names every feature shares.
 */
function sharedNames(features: Feature<Geometry, NeAdmin1Props>[]): string[] {
	const [first, ...rest] = features.map((f) => neNames(f.properties));
	if (!first) return [];
	return first.filter((n) => rest.every((names) => names.includes(n)));
}

/** A division's name for matching across sources: its key without a kind word ("… Province"). */
const baseKey = (name: string) => splitKindHint(nameKey(name)).key;

/**
 * Country and name key → the GeoNames code Natural Earth gives the features of that name ('' when
 * two codes share the name).
 */
function namedCodes(byCode: Map<string, Feature<Geometry, NeAdmin1Props>[]>): Map<string, string> {
	const byName = new Map<string, string>();
	for (const [code, features] of byCode) {
		const cc = code.slice(0, 2);
		// Its own names only, not `name_alt`: "Chukotka" is among Sakha's alternates.
		const [first, ...rest] = features.map((f) => primaryNames(f.properties));
		const shared = (first ?? []).filter((n) => rest.every((names) => names.includes(n)));
		for (const key of new Set(shared.map(baseKey))) {
			const k = `${cc}|${key}`;
			const prev = byName.get(k);
			byName.set(k, prev === undefined || prev === code ? code : '');
		}
	}
	return byName;
}

/** Degrees of slack around Natural Earth's box for the towns' centre to count as inside. */
const JOIN_SLACK = 0.5;

/**
 * Whether Natural Earth's features for a GeoNames code are that division: the population
 * centre of the division's own towns lies in their box, or, for a division with no town in
 * GeoNames, one of their names is the division's.
 */
export function joinAgrees(
	features: Feature<Geometry, NeAdmin1Props>[],
	name: string,
	st: DivisionStats | undefined
): boolean {
	if (st && st.weight > 0) {
		const box = unionBBox(
			features.map((f) => bboxOfGeometry(f.geometry)).filter((b) => b !== null)
		);
		if (!box) return false;
		const lng = st.sumLng / st.weight;
		const lat = st.sumLat / st.weight;
		const [w, s, e, n] = box;
		const inLat = lat >= s - JOIN_SLACK && lat <= n + JOIN_SLACK;
		// A box crossing the antimeridian (west > east) holds longitudes outside [east, west].
		const inLng =
			w <= e
				? lng >= w - JOIN_SLACK && lng <= e + JOIN_SLACK
				: lng >= w - JOIN_SLACK || lng <= e + JOIN_SLACK;
		return inLat && inLng;
	}
	const key = nameKey(name);
	return features.some((f) => neNames(f.properties).some((n) => nameKey(n) === key));
}

const featureArea = (f: Feature<Geometry, unknown>) =>
	polygonsOf(f.geometry).reduce((sum, p) => sum + polygonArea(p), 0);

/** The largest of a division's features (Natural Earth splits a few divisions in several). */
function largestFeature<F extends Feature<Geometry, unknown>>(features: F[]): F {
	return features.reduce((best, f) => (featureArea(f) > featureArea(best) ? f : best));
}

export interface Admin1Input {
	table: CodeName[];
	ne: Feature<Geometry, NeAdmin1Props>[];
	stats: Map<string, DivisionStats>;
	/** Extra aliases by admin1 code ("US.GA" → ["Ga."]). */
	extraAliases: Map<string, string[]>;
	/** CLDR subdivision names, joined through Natural Earth's ISO 3166-2 codes. */
	cldr?: SubdivisionNames;
}

export function admin1Drafts({ table, ne, stats, extraAliases, cldr }: Admin1Input): EntryDraft[] {
	const byCode = new Map<string, Feature<Geometry, NeAdmin1Props>[]>();
	for (const f of [...ne].sort((a, b) => (a.properties.ne_id ?? 0) - (b.properties.ne_id ?? 0))) {
		const code = f.properties.gn_a1_code;
		if (code) byCode.set(code, [...(byCode.get(code) ?? []), f]);
	}
	const byName = namedCodes(byCode);
	const tableName = new Map(table.map((r) => [r.code, baseKey(r.name)]));
	const drafts: EntryDraft[] = [];
	for (const { code, name } of table) {
		const [cc = '', a1 = ''] = code.split('.');
		if (!/^[A-Z]{2}$/.test(cc) || !a1 || !name) continue;
		const st = stats.get(code);
		const coded = byCode.get(code) ?? [];
		// Natural Earth's GeoNames codes are older than GeoNames' own in a few countries that
		// redrew their divisions (France's regions, the Philippines' and Vietnam's): there the
		// code names another area ("FR.11", Île-de-France, is the Aude's). Such a join is
		// dropped, and the division placed by its own towns like one Natural Earth lacks.
		// Where the code's features have other names and Natural Earth has a feature of this
		// name under another code, whose GeoNames division is called otherwise, that feature is
		// the division: Vietnam's codes are shuffled against Natural Earth's ("VN.82", Dong Thap,
		// is Nam Định's there), and adjacent provinces pass the towns' check.
		const own = baseKey(name);
		const named = byName.get(`${cc}|${own}`);
		const codedNames = coded.flatMap((f) => neNames(f.properties)).map(baseKey);
		const byItsName =
			named !== undefined &&
			named !== '' &&
			named !== code &&
			!codedNames.includes(own) &&
			tableName.get(named) !== own;
		const features = byItsName
			? (byCode.get(named) ?? [])
			: coded.length > 0 && joinAgrees(coded, name, st)
				? coded
				: [];
		let point: LngLat | null = null;
		let bbox: BBox | null = null;
		const aliases: string[] = [];
		const alternates: string[] = [];
		const searchNames: string[] = [];
		if (features.length > 0) {
			// Other languages' names, and CLDR's, only where every feature is this one division
			// (one ISO 3166-2 code): sub-units' names are not the division's.
			const isoKeys = new Set(features.map((f) => cldrKey(f.properties)));
			const [iso] = isoKeys;
			if (isoKeys.size === 1 && iso) {
				const english = cldr?.english.get(iso);
				if (english) alternates.push(english);
				searchNames.push(...(cldr?.other.get(iso) ?? []));
			}
			if (features.length === 1 || isoKeys.size === 1)
				searchNames.push(...features.flatMap((f) => otherLanguageNames(f.properties)));
			bbox = unionBBox(features.map((f) => bboxOfGeometry(f.geometry)).filter((b) => b !== null));
			const main = largestFeature(features);
			const { latitude, longitude } = main.properties;
			// Natural Earth's label point: hand-placed, central, within ~5 km (median) of the
			// centroid. No installed package has GeoNames' own ADM1 coordinates. Where the
			// label falls outside the area (archipelagos, some redrawn borders), a central point.
			const label: LngLat | null =
				latitude !== undefined && longitude !== undefined ? [longitude, latitude] : null;
			point = label && containsPoint(main.geometry, label) ? label : centralPoint(main.geometry);
			aliases.push(...sharedNames(features));
			if (POSTAL_COUNTRIES.has(cc) && main.properties.postal) {
				aliases.push(main.properties.postal);
			}
		}
		if ((!point || !bbox) && st) ({ point, bbox } = statsArea(st));
		if (!point) continue;
		aliases.push(...(extraAliases.get(code) ?? []));
		drafts.push({
			id: `admin1:${code}`,
			name,
			aliases: aliases.filter((a) => a !== name),
			alternates: alternates.filter((a) => a !== name),
			searchNames,
			kind: 'admin1',
			featureCode: 'ADM1',
			countryCode: cc,
			admin1: a1,
			population: st?.population ?? 0,
			importance: importanceOf('admin1', st?.population ?? 0),
			lng: point[0],
			lat: point[1],
			bbox,
			source: features.length > 0 ? 'natural-earth-admin1' : 'geonames-admin1'
		});
	}
	return drafts;
}

/** A US county polygon from us-atlas: 5-digit FIPS id, bare name ("Cook"). */
export type UsCounty = Feature<Geometry, { name?: string }>;

/** State FIPS ("17") → postal code ("IL"), which GeoNames uses as the US admin1 code. */
export function usStateFipsToPostal(
	neAdmin1: Feature<Geometry, NeAdmin1Props>[],
	usStates: Feature<Geometry, { name?: string }>[]
): Map<string, string> {
	const postalByName = new Map<string, string>();
	for (const f of neAdmin1) {
		const p = f.properties;
		if (p.iso_a2 === 'US' && p.name && p.gn_a1_code)
			postalByName.set(p.name, p.gn_a1_code.slice(3));
	}
	const out = new Map<string, string>();
	for (const s of usStates) {
		const postal = postalByName.get(s.properties.name ?? '');
		if (postal && s.id !== undefined) out.set(String(s.id), postal);
	}
	return out;
}

/** Gazetteer id of a us-atlas county (`admin2:US.IL.031`), or null. */
export function usCountyId(fips: string, stateFipsToPostal: Map<string, string>): string | null {
	const postal = stateFipsToPostal.get(fips.slice(0, 2));
	return fips.length === 5 && postal ? `admin2:US.${postal}.${fips.slice(2)}` : null;
}

export interface Admin2Input {
	table: CodeName[];
	stats: Map<string, DivisionStats>;
	usCounties: UsCounty[];
	/** State FIPS ("17") → postal code ("IL"), which GeoNames uses as the US admin1 code. */
	stateFipsToPostal: Map<string, string>;
}

const COUNTY_WORD = /\b(County|Parish|Borough|Census Area|Municipality|city|City and Borough)$/;

export function admin2Drafts({
	table,
	stats,
	usCounties,
	stateFipsToPostal
}: Admin2Input): EntryDraft[] {
	const usByCode = new Map<string, UsCounty>();
	for (const c of usCounties) {
		const id = usCountyId(String(c.id ?? ''), stateFipsToPostal);
		if (id) usByCode.set(id.slice('admin2:'.length), c);
	}
	const names = new Map(table.map((r) => [r.code, r.name]));
	// us-atlas counties missing from the GeoNames table still become entries.
	for (const [code, c] of usByCode) {
		if (!names.has(code) && c.properties.name) {
			const bare = c.properties.name;
			names.set(code, COUNTY_WORD.test(bare) ? bare : `${bare} County`);
		}
	}
	const drafts: EntryDraft[] = [];
	for (const [code, name] of [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
		const [cc = '', a1 = '', a2 = ''] = code.split('.');
		if (!/^[A-Z]{2}$/.test(cc) || !a1 || !a2 || !name) continue;
		const county = usByCode.get(code);
		const st = stats.get(code);
		let point: LngLat | null = null;
		let bbox: BBox | null = null;
		if (county) {
			bbox = bboxOfGeometry(county.geometry);
			point = representativePoint(county.geometry);
		}
		if ((!point || !bbox) && st) ({ point, bbox } = statsArea(st));
		if (!point) continue;
		drafts.push({
			id: `admin2:${code}`,
			name,
			aliases: [],
			alternates: [],
			kind: 'admin2',
			featureCode: 'ADM2',
			countryCode: cc,
			admin1: a1,
			population: st?.population ?? 0,
			importance: importanceOf('admin2', st?.population ?? 0),
			lng: point[0],
			lat: point[1],
			bbox,
			source: county ? 'us-atlas' : 'geonames-admin2'
		});
	}
	return drafts;
}
