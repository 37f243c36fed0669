/**
 * The evaluation figures, exactly as the reference scorer defines them (EUPEG matching):
 * a prediction matches a gold toponym when the surface strings are equal case-folded and the span
 * midpoints are less than 10 characters apart; toponyms without coordinates are ignored.
 * P/R/F1 over matches; acc161, mean/median km and AUC over matched pairs; geoF1 counts a match
 * right only within 161 km; geoF1c also accepts a country name placed in the right country.
 */

import type { CountryRule, EvalDocument, EvalToponym, Scores } from './types';

const EARTH_KM = 6371;
/** Antipodal distance, the AUC's normaliser. */
const MAX_KM = 20039;

/** Great-circle km, the reference scorer's formula. */
export function km(a: number, b: number, c: number, d: number): number {
	const r = Math.PI / 180;
	const h =
		Math.sin(((c - a) * r) / 2) ** 2 +
		Math.cos(a * r) * Math.cos(c * r) * Math.sin(((d - b) * r) / 2) ** 2;
	return 2 * EARTH_KM * Math.asin(Math.sqrt(Math.min(1, h)));
}

type Located = EvalToponym & { lat: number; lon: number };

function located(ts: EvalToponym[] | undefined): Located[] {
	return (ts ?? []).filter(
		(t): t is Located =>
			t.lat != null && t.lon != null && Number.isFinite(+t.lat) && Number.isFinite(+t.lon)
	);
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const f1 = (x: number, y: number) => (x + y ? (2 * x * y) / (x + y) : 0);

export interface ScoreOptions {
	/** Score gold toponyms of type Literal only. */
	literalOnly?: boolean;
	/** The country rule of geoF1c; without it geoF1c equals geoF1. */
	countries?: CountryRule;
}

/** Score predictions against gold; both keyed by document id. */
export function score(
	gold: Map<string, EvalDocument>,
	pred: Map<string, EvalDocument>,
	options: ScoreOptions = {}
): Scores {
	let tp = 0;
	let fp = 0;
	let fn = 0;
	let good = 0;
	let goodC = 0;
	const errs: number[] = [];
	for (const [id, g] of gold) {
		let G = located(g.toponyms);
		if (options.literalOnly) G = G.filter((t) => (t.type ?? 'Literal') === 'Literal');
		const P = located(pred.get(id)?.toponyms);
		for (const t of G) {
			const mid = (t.start + t.end) / 2;
			const i = P.findIndex(
				(p) =>
					Math.abs(mid - (p.start + p.end) / 2) < 10 &&
					String(p.name).toLowerCase() === t.name.toLowerCase()
			);
			if (i < 0) {
				fn++;
				continue;
			}
			const m = P.splice(i, 1)[0] as Located;
			tp++;
			const e = km(+m.lat, +m.lon, +t.lat, +t.lon);
			errs.push(e);
			if (e < 161) {
				good++;
				goodC++;
			} else if (options.countries?.isCountryName(t.name)) {
				const a = options.countries.countryAt(+t.lat, +t.lon);
				if (a != null && a === options.countries.countryAt(+m.lat, +m.lon)) goodC++;
			}
		}
		fp += P.length;
	}
	errs.sort((a, b) => a - b);
	const n = errs.length;
	const P_ = tp + fp ? tp / (tp + fp) : 0;
	const R_ = tp + fn ? tp / (tp + fn) : 0;
	const gP = tp + fp ? good / (tp + fp) : 0;
	const gR = tp + fn ? good / (tp + fn) : 0;
	const cP = tp + fp ? goodC / (tp + fp) : 0;
	const cR = tp + fn ? goodC / (tp + fn) : 0;
	const L = errs.map((e) => Math.log(1 + e) / Math.log(MAX_KM));
	const inner = L.slice(1, -1).reduce((a, b) => a + b, 0);
	return {
		P: r3(P_),
		R: r3(R_),
		F1: r3(f1(P_, R_)),
		matched: n,
		acc161: n ? r3(good / n) : 0,
		mean_km: n ? Math.round(errs.reduce((a, b) => a + b, 0) / n) : 0,
		median_km: n ? Math.round(errs[n >> 1] as number) : 0,
		AUC: n > 1 ? r3((0.5 * ((L[0] as number) + (L[n - 1] as number)) + inner) / (n - 1)) : 0,
		geoP: r3(gP),
		geoR: r3(gR),
		geoF1: r3(f1(gP, gR)),
		geoF1c: r3(f1(cP, cR))
	};
}
