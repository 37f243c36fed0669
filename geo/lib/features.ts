/**
 * Physical features and news regions from our curated tables (lakes, rivers, seas, peaks,
 * ranges, islands, deserts, camps…): the forms news writes their names in, and which of their
 * bare names may stand alone. Names with their kind word ("Lake Victoria", "Mount Kenya", "Sinai
 * Peninsula") are the rows' own names; "Mt."/"St." are folded by `nameKey` ("Mt. Etna" and
 * "Mount Etna" share a key).
 */

import { nameKey } from '../../src/lib/gazetteer/normalize';
import type { PlaceKind } from '../../src/lib/gazetteer/types';
import type { EntryDraft } from './draft';

/**
 * Feature codes of physical features and news regions (GeoNames' codes where GeoNames has one:
 * LK lake, STM stream, VLC volcano, MTS range, ISLS islands, CMPRF refugee camp, PSTB border
 * post, ST street, SQR square, PRK park, RESV reservation…), with the kinds a row of that code
 * may be: a street or square is a point (landmark), a park or a reserve an area (region).
 */
export const FEATURE_CODES: Readonly<Record<string, PlaceKind>> = {
	LK: 'water',
	LKS: 'water',
	LKSL: 'water',
	RSV: 'water',
	LGN: 'water',
	STM: 'water',
	CNL: 'water',
	OCN: 'water',
	SEA: 'water',
	GULF: 'water',
	BAY: 'water',
	STRT: 'water',
	CHN: 'water',
	SD: 'water',
	FJD: 'water',
	ESTY: 'water',
	INLT: 'water',
	MT: 'landmark',
	VLC: 'landmark',
	CAPE: 'landmark',
	PASS: 'landmark',
	FLLS: 'landmark',
	DAM: 'landmark',
	PS: 'landmark',
	CMPRF: 'landmark',
	PSTB: 'landmark',
	BDG: 'landmark',
	ST: 'landmark',
	SQR: 'landmark',
	MTS: 'region',
	HLLS: 'region',
	ISL: 'region',
	ISLS: 'region',
	ATOL: 'region',
	RF: 'region',
	PEN: 'region',
	ISTH: 'region',
	DSRT: 'region',
	VAL: 'region',
	CNYN: 'region',
	PLAT: 'region',
	PLN: 'region',
	BSN: 'region',
	DLTA: 'region',
	GLCR: 'region',
	FRST: 'region',
	CST: 'region',
	RGN: 'region',
	RGNH: 'region',
	PRK: 'region',
	RESV: 'region'
};

/** Kinds whose names a feature's bare alias must not take over. */
const SETTLED: ReadonlySet<PlaceKind> = new Set([
	'continent',
	'country',
	'admin1',
	'admin2',
	'city',
	'town',
	'neighbourhood'
]);

/** The source name of entries imported from Natural Earth's physical layers (Place.source). */
export const NATURAL_EARTH_SOURCE = 'natural-earth-physical';

const isFeature = (d: EntryDraft) =>
	(d.source === 'curated' || d.source === NATURAL_EARTH_SOURCE) &&
	FEATURE_CODES[d.featureCode] !== undefined;

/** "Tigris River" ⇄ "River Tigris": both orders are in use (British and American). */
function riverOrders(name: string): string[] {
	const m = /^(.+) River$/.exec(name);
	if (m) return [`River ${m[1]}`];
	const r = /^River (.+)$/.exec(name);
	return r ? [`${r[1]} River`] : [];
}

/**
 * A feature that bears a settlement's or division's whole name ("Mount Washington" the peak and
 * the town, "Red River" and Red River Parish) ranks this far below the strongest of them: written
 * alone, the name mostly means the place people live in, and the feature wins only with evidence
 * (its kind, the story's other places).
 */
const YIELD = 0.5;

/**
 * A feature this much more prominent than every settlement or division of its name keeps its
 * rank: a hamlet does not outrank the island it is named after ("Luzon", a town of a few
 * thousand in Davao, and the island of fifty million).
 */
const DOMINATES = 1;

/** Names of settlements held outside the drafts (GeoNames rows): visits each of the given kinds. */
export type SettledNames = (
	kinds: ReadonlySet<PlaceKind>,
	visit: (name: string, importance: number) => void
) => void;

/**
 * For curated and imported features, in place: add the other word order of river names; drop
 * each alias that a settlement, division or country is also called ("Etna", "Severn", "Jura"):
 * alone, such a name stays the place's, and the feature is found by its full name ("Mount Etna",
 * "River Severn"); an alias its table marks `!` stands alone all the same (`standAlone`: "Gaza"
 * for the Gaza Strip, "Atlantic"); and rank a feature whose own name a settlement or division
 * bears just below it (`YIELD`). Divisions count with their bare names ("Red River" of Red River
 * Parish). Returns the aliases dropped, for the build report.
 */
export function featureNames(drafts: EntryDraft[], moreSettled?: SettledNames): number {
	const features = drafts.filter(isFeature);
	for (const d of features) {
		if (d.featureCode !== 'STM') continue;
		const own = new Set([d.name, ...d.aliases].map(nameKey));
		for (const n of [d.name, ...d.aliases].flatMap(riverOrders)) {
			if (!own.has(nameKey(n))) {
				d.aliases.push(n);
				own.add(nameKey(n));
			}
		}
	}
	// Only the features' names are asked about: a full dump's millions of towns need not be kept.
	const asked = new Set(features.flatMap((d) => [d.name, ...d.aliases].map(nameKey)));
	const settled = new Map<string, number>();
	const settle = (name: string, importance: number) => {
		const k = nameKey(name);
		if (asked.has(k)) settled.set(k, Math.max(settled.get(k) ?? -Infinity, importance));
	};
	for (const d of drafts) {
		if (!SETTLED.has(d.kind)) continue;
		for (const n of [d.name, ...d.aliases]) settle(n, d.importance);
		if (d.kind === 'admin1' || d.kind === 'admin2') {
			for (const n of d.alternates) settle(n, d.importance);
		}
	}
	moreSettled?.(SETTLED, settle);
	let dropped = 0;
	for (const d of features) {
		const marked = new Set(d.standAlone ?? []);
		const kept = d.aliases.filter((a) => marked.has(a) || !settled.has(nameKey(a)));
		dropped += d.aliases.length - kept.length;
		d.aliases = kept;
		// A region of no one country ("the Sahel") does not yield to one country's division of its
		// name (Burkina Faso's Sahel province): news across borders means the region.
		const spansCountries = (d.kind === 'region' || d.kind === 'continent') && d.countryCode === '';
		const rival = spansCountries ? undefined : settled.get(nameKey(d.name));
		if (rival !== undefined && rival > d.importance - DOMINATES)
			d.importance = Math.min(d.importance, rival - YIELD);
	}
	return dropped;
}
