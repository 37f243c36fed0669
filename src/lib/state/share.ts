/**
 * The reader's state ↔ the share format. The reader keeps a selection as an index into its
 * current mentions; a link names the mention by its start offset and the place by its id, which
 * stay valid when corrections add, remove or re-pin other mentions. Pure: no DOM, no Svelte.
 */
import { correctionKey } from '../share/correction-key';
import type { GeoparseResult, TextPart } from '../geoparse/types';
import { samePart } from '../story/order';
import type { ReaderModel } from '../article/types';
import type { Correction, Corrections, MapView, ShareState } from '../share/types';

/** The part of a share state a selection decides. */
export type SharedSelection = Pick<ShareState, 'place' | 'mention' | 'mentionPart'>;

/** The place id and mention offset (and part) of the mention at `index`, or nothing selected. */
export function selectionToShare(model: ReaderModel, index: number | null): SharedSelection {
	const mention = index === null ? undefined : model.mentions[index];
	if (!mention) return { place: null, mention: null };
	const selected: SharedSelection = { place: mention.placeId, mention: mention.start };
	if (mention.part === 'title') selected.mentionPart = 'title';
	return selected;
}

/** Index of the mention that starts at `start` (in the title when `part` says so), or null. */
export function mentionAt(
	model: ReaderModel,
	start: number | null,
	part?: TextPart
): number | null {
	if (start === null) return null;
	const index = model.mentions.findIndex((m) => m.start === start && samePart(m, { part }));
	return index < 0 ? null : index;
}

/**
 * The mention a link selects: the one at its offset; else the first mention of its place (the
 * offset may name a mention a correction removed); else none.
 */
export function selectionFromShare(model: ReaderModel, shared: SharedSelection): number | null {
	const exact = mentionAt(model, shared.mention, shared.mentionPart);
	if (exact !== null) return exact;
	if (shared.place === null) return null;
	return model.byId.get(shared.place)?.mentionIndexes[0] ?? null;
}

/** The camera as shared: `[lng, lat]`, zoom and bearing, all finite. */
export function viewOf(
	center: { lng: number; lat: number },
	zoom: number,
	bearing: number
): MapView {
	return { center: [center.lng, center.lat], zoom, bearing };
}

/**
 * Corrections with `key` set to `correction`, or without `key` when the correction only says
 * what the parser already chose for every mention of that name (so undoing a re-pin by
 * choosing the original place leaves no trace in the link).
 */
export function withCorrection(
	base: GeoparseResult,
	corrections: Corrections,
	key: string,
	correction: Correction | null
): Corrections {
	const next = { ...corrections };
	delete next[key];
	if (correction === null) return next;
	if ('placeId' in correction) {
		const named = base.mentions.filter((m) => correctionKey(m.text) === key);
		if (named.length > 0 && named.every((m) => m.placeId === correction.placeId)) return next;
	}
	next[key] = correction;
	return next;
}
