/**
 * The CI gate on the evaluation: a dev corpus fails when its geoF1c falls more than the
 * tolerance below the figure recorded in EVAL.md. Rising is fine (then regenerate EVAL.md).
 */

/** How far below the recorded geoF1c a corpus may fall (noise of tie-breaking, not a regression). */
export const GATE_TOLERANCE = 0.003;

export interface GateVerdict {
	corpus: string;
	recorded: number | null;
	measured: number;
	ok: boolean;
	/** One line for the CI log. */
	message: string;
}

/** Compare measured geoF1c with the recorded one, per corpus. A corpus with no record fails. */
export function gateVerdicts(
	recorded: ReadonlyMap<string, { geoF1c: number }>,
	measured: ReadonlyMap<string, number>,
	tolerance = GATE_TOLERANCE
): GateVerdict[] {
	return [...measured].map(([corpus, value]) => {
		const rec = recorded.get(corpus)?.geoF1c;
		if (rec === undefined || !Number.isFinite(rec)) {
			return {
				corpus,
				recorded: null,
				measured: value,
				ok: false,
				message: `${corpus}: geoF1c ${value.toFixed(3)}, but EVAL.md records none (run npm run eval:all)`
			};
		}
		// Rounded like EVAL.md, so a figure equal to the record never fails on float noise.
		const drop = Math.round((rec - value) * 1e6) / 1e6;
		const ok = drop <= tolerance;
		const change = `${rec.toFixed(3)} → ${value.toFixed(3)}`;
		return {
			corpus,
			recorded: rec,
			measured: value,
			ok,
			message: ok
				? `${corpus}: geoF1c ${change} (ok)`
				: `${corpus}: geoF1c ${change}, ${drop.toFixed(3)} below EVAL.md (tolerance ${tolerance})`
		};
	});
}
