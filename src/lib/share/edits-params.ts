/**
 * The reader's edits in a link (format version 2; see `params.ts` for version 1, unchanged):
 *
 * | param | meaning                                   | example                          |
 * | ----- | ----------------------------------------- | -------------------------------- |
 * | `v`   | format version, written only when needed  | `v=2`                            |
 * | `add` | a place the parser missed: `start_end_to` | `add=120_129_gn:98182`           |
 * |       | … pinned by the reader                    | `add=120_129_a33.3_44.4_25`      |
 * | `one` | one mention only: `start_to` or `_none`   | `one=508_none`, `one=508_p1_2`   |
 * | `ok`  | a place the reader checked and accepted   | `ok=gn:98182`                    |
 *
 * Version 3: an offset into the title given apart from the text starts with `t` (`one=t0_none`,
 * `add=t12_19_gn:98182`; `m=t12` in `params.ts`). Links without one decode as before.
 *
 * `_` separates fields because a query string keeps it as it is. `decode.ts` reads them.
 */
import { isOffset, PLACE_ID_PATTERN } from './limits';
import { encodeTarget } from './targets';
import { readingOrder } from '../story/order';
import type { InPart, ReaderEdits } from './types';

/** The newest format version, written when a link has an offset into the title. */
export const SHARE_FORMAT_VERSION = 3;

/** The version written for edits when no offset is in the title (what older readers know). */
export const EDITS_FORMAT_VERSION = 2;

/** An offset as a link writes it: `t` before one into the title. */
export function encodeOffset(start: number, part: InPart['part']): string {
	return `${part === 'title' ? 't' : ''}${start}`;
}

/** Whether the edits hold an offset into the title (a version 3 link). */
export function hasTitleEdits(edits: ReaderEdits | undefined): boolean {
	return !!edits && [...edits.added, ...edits.mentions].some((e) => e.part === 'title');
}

/** No edits. */
export function emptyEdits(): ReaderEdits {
	return { added: [], mentions: [], accepted: [] };
}

/** Whether there is anything to write. */
export function hasEdits(edits: ReaderEdits | undefined): edits is ReaderEdits {
	return !!edits && edits.added.length + edits.mentions.length + edits.accepted.length > 0;
}

/** Append the edits' parameters to `params` (nothing when there are none; `v` is the caller's). */
export function encodeEdits(edits: ReaderEdits | undefined, params: URLSearchParams): void {
	if (!hasEdits(edits)) return;
	const entries: [string, string][] = [];
	for (const added of [...edits.added].sort(readingOrder)) {
		const to = encodeTarget(added.target);
		if (to && isSpan(added.start, added.end))
			entries.push(['add', `${encodeOffset(added.start, added.part)}_${added.end}_${to}`]);
	}
	for (const fix of [...edits.mentions].sort(readingOrder)) {
		const to = encodeTarget(fix.fix);
		if (to && isOffset(fix.start))
			entries.push(['one', `${encodeOffset(fix.start, fix.part)}_${to}`]);
	}
	for (const id of [...new Set(edits.accepted)].sort()) {
		if (PLACE_ID_PATTERN.test(id)) entries.push(['ok', id]);
	}
	for (const [name, value] of entries) params.append(name, value);
}

/** A span of text a link may name: within the bounds, not empty, at most 200 characters. */
export function isSpan(start: number, end: number): boolean {
	return isOffset(start) && isOffset(end) && end > start && end - start <= 200;
}
