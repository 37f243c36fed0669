import type { ReaderModel } from '../article/types';

/**
 * Where a selection came from: the reader moves the other views, not the one that was used.
 * `link`: restored from a share link, which brings its own camera (the map does not fly).
 */
export type SelectionOrigin = 'text' | 'map' | 'list' | 'keys' | 'popup' | 'link';

/** The serialisable part of a selection (see `state/share.ts` for its link form). */
export interface SelectionSnapshot {
	/** Index of the selected mention in reading order, or null. */
	mention: number | null;
}

/**
 * The reader's selection: which mention (and so which place) is selected, which place is hovered
 * or focused, and which marker group is open as a list. One instance per reader; the text, the
 * map, the list and the popup read and write it.
 */
export class ReaderSelection {
	/** Index into `model.mentions` of the selected mention, or null when nothing is selected. */
	mention = $state<number | null>(null);
	/** Whether the popup for the selection is open (Escape closes it, keeping the selection). */
	open = $state(false);
	/** Place hovered or focused in any view; the other views highlight it. */
	hover = $state<string | null>(null);
	/** Place ids of an open group of overlapping markers. */
	group = $state.raw<string[] | null>(null);
	/** Which view made the last selection; the views that did not follow it. */
	origin = $state<SelectionOrigin | null>(null);
	/** Bumped on every selection, so re-selecting the same mention still scrolls and flies. */
	serial = $state(0);

	#model: () => ReaderModel;

	constructor(model: () => ReaderModel) {
		this.#model = model;
	}

	/** Id of the selected place, or null. */
	get placeId(): string | null {
		return this.mention === null ? null : (this.#model().mentions[this.mention]?.placeId ?? null);
	}

	/** Select the mention at `index` (reading order) and open its popup. */
	selectMention(index: number, origin: SelectionOrigin): void {
		const count = this.#model().mentions.length;
		if (count === 0 || index < 0 || index >= count) return;
		this.mention = index;
		this.open = true;
		this.group = null;
		this.origin = origin;
		this.serial++;
	}

	/** Select a place: its first mention, or the current one when it is already selected. */
	selectPlace(id: string, origin: SelectionOrigin): void {
		const entry = this.#model().byId.get(id);
		const first = entry?.mentionIndexes[0];
		if (first === undefined) return;
		const keep = this.placeId === id && this.mention !== null;
		this.selectMention(keep ? this.mention! : first, origin);
	}

	/** Next (`+1`) or previous (`-1`) mention in reading order, wrapping around. */
	step(delta: 1 | -1, origin: SelectionOrigin = 'keys'): void {
		const count = this.#model().mentions.length;
		if (count === 0) return;
		const from = this.mention ?? (delta > 0 ? -1 : count);
		this.selectMention((from + delta + count) % count, origin);
	}

	/** Position of the selected mention among its place's mentions: `[1-based, total]`. */
	get placePosition(): [number, number] | null {
		const id = this.placeId;
		const entry = id === null ? undefined : this.#model().byId.get(id);
		if (!entry || this.mention === null) return null;
		return [entry.mentionIndexes.indexOf(this.mention) + 1, entry.mentionIndexes.length];
	}

	/** Next or previous mention of the selected place, wrapping around. */
	stepInPlace(delta: 1 | -1, origin: SelectionOrigin = 'popup'): void {
		const id = this.placeId;
		const entry = id === null ? undefined : this.#model().byId.get(id);
		if (!entry || this.mention === null) return;
		const list = entry.mentionIndexes;
		const at = list.indexOf(this.mention);
		this.selectMention(list[(at + delta + list.length) % list.length]!, origin);
	}

	/** Open a group of overlapping markers as a list (closing any popup). */
	openGroup(ids: string[]): void {
		this.group = ids;
		this.open = false;
	}

	/** Close the popup or group list; the selection stays (highlighted in the text). */
	close(): void {
		this.open = false;
		this.group = null;
	}

	snapshot(): SelectionSnapshot {
		return { mention: this.mention };
	}

	restore(snapshot: SelectionSnapshot, origin: SelectionOrigin = 'list'): void {
		if (snapshot.mention === null) {
			this.mention = null;
			this.open = false;
		} else this.selectMention(snapshot.mention, origin);
	}
}
