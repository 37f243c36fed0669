import type { GeoparseResult } from '../geoparse/types';
import {
	applyCorrections,
	type AppliedCorrections,
	type CorrectionTarget
} from '../share/corrections';
import type { Correction, Corrections } from '../share/types';
import { withCorrection } from './share';

/**
 * The user's corrections in a reader: name key → re-pinned place or "not a place", applied to the
 * parser's result as it came from the server. Places the result does not know (chosen in the
 * gazetteer search, or named by a link and looked up by the server) are kept as targets so the
 * corrections can be applied in the browser without the gazetteer.
 */
export class ReaderCorrections {
	corrections = $state.raw<Corrections>({});
	// Not reactive on purpose: a target only matters once `corrections` (reactive) names it.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#targets = new Map<string, CorrectionTarget>();

	constructor(initial: Corrections = {}, targets: readonly CorrectionTarget[] = []) {
		this.corrections = initial;
		for (const target of targets) this.#targets.set(target.id, target);
	}

	/** `base` with the corrections applied (and the keys whose place is unknown). */
	apply(base: GeoparseResult): AppliedCorrections {
		return applyCorrections({
			result: base,
			corrections: this.corrections,
			resolve: (id) => this.#targets.get(id) ?? null
		});
	}

	/**
	 * Set the correction of every mention named `key` (null removes it). `target` describes a
	 * place the result may not know yet (a search result).
	 */
	set(
		base: GeoparseResult,
		key: string,
		correction: Correction | null,
		target?: CorrectionTarget
	): void {
		if (target) this.#targets.set(target.id, target);
		this.corrections = withCorrection(base, this.corrections, key, correction);
	}

	/** A name the user can read for a corrected place: known targets, else its id. */
	targetName(id: string): string {
		return this.#targets.get(id)?.name ?? id;
	}
}
