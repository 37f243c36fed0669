import type { GeoparseResult } from '../geoparse/types';
import type { AppliedCorrections, CorrectionTarget } from '../share/corrections';
import { emptyEdits } from '../share/edits-params';
import { correctionCode, hasCorrections } from './correction-code';
import type {
	AddedPlace,
	Correction,
	Corrections,
	EditTarget,
	InPart,
	ReaderEdits
} from '../share/types';
import { readingOrder, samePart, sameSpot } from '../story/order';
import { withCorrection } from './share';

/** Where a span starts: its offset, into the title when `part` says so, else into the text. */
export type Spot = { start: number } & InPart;

const partOf = (spot: Spot): InPart => (spot.part ? { part: spot.part } : {});

/**
 * The user's corrections in a reader: name key → re-pinned place, pin or "not a place"; and
 * their edits: places added, one-mention fixes, accepted places. Applied to the parser's result
 * as it came from the server. Places the result does not know (chosen in the gazetteer search,
 * or named by a link and looked up by the server) are kept as targets so the corrections can be
 * applied in the browser without the gazetteer.
 */
export class ReaderCorrections {
	corrections = $state.raw<Corrections>({});
	edits = $state.raw<ReaderEdits>(emptyEdits());
	// Not reactive on purpose: a target only matters once `corrections` (reactive) names it.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#targets = new Map<string, CorrectionTarget>();

	constructor(
		initial: Corrections = {},
		targets: readonly CorrectionTarget[] = [],
		edits: ReaderEdits = emptyEdits()
	) {
		this.corrections = initial;
		this.edits = edits;
		for (const target of targets) this.#targets.set(target.id, target);
	}

	/**
	 * `base` with the corrections and edits applied (and what could not apply); `text` and `title`
	 * name the places added in them. Their code is fetched before anything needs applying (see
	 * `correction-code.ts`); were it still on its way, `base` stands until it comes.
	 */
	apply(base: GeoparseResult, text?: string, title?: string): AppliedCorrections {
		const code = correctionCode.value;
		if (!hasCorrections(this) || !code) {
			if (!code && hasCorrections(this)) correctionCode.preload();
			return { result: base, unresolved: [], dropped: [] };
		}
		return code.applyCorrections({
			result: base,
			corrections: this.corrections,
			edits: this.edits,
			text,
			title,
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

	/** Fix the one mention starting at `at` (in the title or the text; null removes the fix). */
	setMention(at: Spot, fix: Correction | null, target?: CorrectionTarget): void {
		if (target) this.#targets.set(target.id, target);
		const mentions = this.edits.mentions.filter((m) => !sameSpot(m, at));
		if (fix) mentions.push({ start: at.start, fix, ...partOf(at) });
		mentions.sort(readingOrder);
		this.edits = { ...this.edits, mentions };
	}

	/** Mark `span` as a place; any added span it overlaps gives way. */
	add(span: Spot & { end: number }, to: EditTarget, target?: CorrectionTarget): void {
		if (target) this.#targets.set(target.id, target);
		const { start, end } = span;
		const added: AddedPlace[] = this.edits.added.filter(
			(a) => !samePart(a, span) || a.end <= start || a.start >= end
		);
		added.push({ start, end, target: to, ...partOf(span) });
		added.sort(readingOrder);
		this.edits = { ...this.edits, added };
	}

	/** Remove the added place starting at `at`. */
	unadd(at: Spot): void {
		this.edits = { ...this.edits, added: this.edits.added.filter((a) => !sameSpot(a, at)) };
	}

	/** Whether the reader has added the span starting at `at`. */
	isAdded(at: Spot): boolean {
		return this.edits.added.some((a) => sameSpot(a, at));
	}

	/** Accept (or, with `false`, un-accept) a place as right. */
	accept(id: string, accepted = true): void {
		const ids = this.edits.accepted.filter((x) => x !== id);
		if (accepted) ids.push(id);
		this.edits = { ...this.edits, accepted: ids.sort() };
	}

	/** A name the user can read for a corrected place: known targets, else its id. */
	targetName(id: string): string {
		return this.#targets.get(id)?.name ?? id;
	}
}
