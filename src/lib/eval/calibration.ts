/**
 * Calibration of predicted confidences: bin the predictions by confidence and report, per bin,
 * how many were right (matched a gold toponym and placed within 161 km, or a country name placed
 * in the right country, as geoF1c counts it). A calibrated parser's 0.9 bin is right about 90 %
 * of the time.
 */

import { km } from './score';
import type { CountryRule, EvalDocument, EvalToponym } from './types';

export interface CalibrationBin {
	/** Lower and upper bound of the bin's confidence, `[lo, hi)` (the last bin includes 1). */
	lo: number;
	hi: number;
	count: number;
	right: number;
	/** right / count, or null for an empty bin. */
	accuracy: number | null;
	/** Mean predicted confidence in the bin. */
	meanConfidence: number | null;
}

type Pred = EvalToponym & { confidence?: number };

const located = <T extends EvalToponym>(ts: T[] | undefined) =>
	(ts ?? []).filter((t) => t.lat != null && t.lon != null) as (T & { lat: number; lon: number })[];

/** Whether each prediction of each document is right, with its confidence. */
export function judgePredictions(
	gold: Map<string, EvalDocument>,
	pred: Map<string, EvalDocument>,
	countries?: CountryRule
): { confidence: number; right: boolean }[] {
	const out: { confidence: number; right: boolean }[] = [];
	for (const [id, g] of gold) {
		const P = located(pred.get(id)?.toponyms as Pred[] | undefined);
		const used = new Set<number>();
		for (const t of located(g.toponyms)) {
			const mid = (t.start + t.end) / 2;
			const i = P.findIndex(
				(p, k) =>
					!used.has(k) &&
					Math.abs(mid - (p.start + p.end) / 2) < 10 &&
					String(p.name).toLowerCase() === t.name.toLowerCase()
			);
			if (i < 0) continue;
			used.add(i);
			const m = P[i] as Pred & { lat: number; lon: number };
			let right = km(+m.lat, +m.lon, +t.lat, +t.lon) < 161;
			if (!right && countries?.isCountryName(t.name)) {
				const a = countries.countryAt(+t.lat, +t.lon);
				right = a != null && a === countries.countryAt(+m.lat, +m.lon);
			}
			out.push({ confidence: m.confidence ?? 0, right });
		}
		P.forEach((p, k) => {
			if (!used.has(k)) out.push({ confidence: p.confidence ?? 0, right: false });
		});
	}
	return out;
}

/** Bin judged predictions into `bins` equal-width confidence bins. */
export function calibrationTable(
	judged: { confidence: number; right: boolean }[],
	bins = 10
): CalibrationBin[] {
	const table: CalibrationBin[] = Array.from({ length: bins }, (_, b) => ({
		lo: b / bins,
		hi: (b + 1) / bins,
		count: 0,
		right: 0,
		accuracy: null,
		meanConfidence: null
	}));
	const sums = new Array<number>(bins).fill(0);
	for (const j of judged) {
		const b = Math.min(bins - 1, Math.max(0, Math.floor(j.confidence * bins)));
		const bin = table[b] as CalibrationBin;
		bin.count++;
		if (j.right) bin.right++;
		sums[b] = (sums[b] ?? 0) + j.confidence;
	}
	table.forEach((bin, b) => {
		if (bin.count === 0) return;
		bin.accuracy = Math.round((bin.right / bin.count) * 1000) / 1000;
		bin.meanConfidence = Math.round(((sums[b] ?? 0) / bin.count) * 1000) / 1000;
	});
	return table;
}
