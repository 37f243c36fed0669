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
 * `_` separates fields because a query string keeps it as it is. Decoding never throws: every
 * malformed, duplicated or overlapping value is dropped and listed, the rest kept.
 */
import { MAX_CORRECTIONS, MAX_OFFSET, PLACE_ID_PATTERN } from './limits';
import { decodeTarget, encodeTarget } from './targets';
import { readingOrder } from '../story/order';
import type { AddedPlace, InPart, MentionFix, ReaderEdits } from './types';

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

/** Decode the edits of a link; problems are pushed onto `dropped`. Never throws. */
export function decodeEdits(params: URLSearchParams, dropped: string[]): ReaderEdits {
	const versions = [...new Set(params.getAll('v'))];
	if (versions.length > 1) dropped.push(`v: given ${versions.length} different values`);
	else if (versions.length === 1) {
		const v = versions[0]!;
		if (!/^\d{1,3}$/.test(v)) dropped.push(`v: not a version (${quote(v)})`);
		else if (Number(v) > SHARE_FORMAT_VERSION) {
			dropped.push(`v: made by a newer version (${v}); what this one knows is shown`);
		}
	}
	const budget = { left: MAX_CORRECTIONS };
	return {
		added: decodeAdded(params.getAll('add'), dropped, budget),
		mentions: decodeMentionFixes(params.getAll('one'), dropped, budget),
		accepted: decodeAccepted(params.getAll('ok'), dropped, budget)
	};
}

const ADD = /^(t?)(\d{1,8})_(\d{1,8})_(.+)$/;
const ONE = /^(t?)(\d{1,8})_(.+)$/;

/** `{ part: 'title' }` for a `t` mark, else nothing (an offset into the text). */
const partOf = (mark: string | undefined): InPart => (mark ? { part: 'title' } : {});

function decodeAdded(values: string[], dropped: string[], budget: { left: number }): AddedPlace[] {
	const added: AddedPlace[] = [];
	for (const value of values) {
		if (!spend(budget, 'add', dropped)) break;
		const match = ADD.exec(value);
		const start = Number(match?.[2]);
		const end = Number(match?.[3]);
		const target = match ? decodeTarget(match[4]!) : null;
		if (!match || !isSpan(start, end) || !target || 'notAPlace' in target) {
			dropped.push(`add: expected start_end_placeId or start_end_pin (${quote(value)})`);
			continue;
		}
		added.push({ start, end, target, ...partOf(match[1]) });
	}
	added.sort(readingOrder);
	// Spans never overlap: the reader marks a stretch of text once.
	const kept: AddedPlace[] = [];
	for (const item of added) {
		const last = kept.at(-1);
		if (last && last.part === item.part && item.start < last.end) {
			dropped.push(
				`add: ${item.start}–${item.end} overlaps ${last.start}–${last.end}; the first kept`
			);
		} else kept.push(item);
	}
	return kept;
}

function decodeMentionFixes(
	values: string[],
	dropped: string[],
	budget: { left: number }
): MentionFix[] {
	const fixes = new Map<string, MentionFix>();
	for (const value of values) {
		if (!spend(budget, 'one', dropped)) break;
		const match = ONE.exec(value);
		const start = Number(match?.[2]);
		const fix = match ? decodeTarget(match[3]!) : null;
		const at = `${match?.[1] ?? ''}${start}`;
		if (!match || !isOffset(start) || !fix) {
			dropped.push(`one: expected start_placeId, start_pin or start_none (${quote(value)})`);
		} else if (fixes.has(at)) {
			dropped.push(`one: the mention at ${at} fixed twice; the first kept`);
		} else fixes.set(at, { start, fix, ...partOf(match[1]) });
	}
	return [...fixes.values()].sort(readingOrder);
}

function decodeAccepted(values: string[], dropped: string[], budget: { left: number }): string[] {
	const ids = new Set<string>();
	for (const value of values) {
		if (!spend(budget, 'ok', dropped)) break;
		if (PLACE_ID_PATTERN.test(value)) ids.add(value);
		else dropped.push(`ok: not a place id (${quote(value)})`);
	}
	return [...ids].sort();
}

/** Counts one value against the link's bound; false (and says why) when it is spent. */
function spend(budget: { left: number }, name: string, dropped: string[]): boolean {
	if (budget.left > 0) {
		budget.left--;
		return true;
	}
	dropped.push(`${name}: more than ${MAX_CORRECTIONS} edits in all; the rest ignored`);
	return false;
}

function isOffset(value: number): boolean {
	return Number.isSafeInteger(value) && value >= 0 && value <= MAX_OFFSET;
}

function isSpan(start: number, end: number): boolean {
	return isOffset(start) && isOffset(end) && end > start && end - start <= 200;
}

function quote(value: string): string {
	return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}
