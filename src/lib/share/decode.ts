/**
 * A link's query → the share state it can be trusted to say (the format: `params.ts` and
 * `edits-params.ts`). Decoding is strict and total: it never throws; every malformed,
 * out-of-range, duplicated or overlapping value is dropped and listed, and whatever else could
 * be trusted is kept. The server decodes the links it is asked for, and /view the ones it opens.
 */
import type {
	AddedPlace,
	Corrections,
	DecodedShareState,
	InPart,
	MapView,
	MentionFix,
	ReaderEdits
} from './types';
import { isOffset, MAX_CORRECTIONS, MAX_ZOOM, MIN_ZOOM, PLACE_ID_PATTERN } from './limits';
import { normalizeBearing } from './precision';
import { isSpan, SHARE_FORMAT_VERSION } from './edits-params';
import { emptyShareState, isKey, SEPARATOR } from './params';
import { isPinCode } from './pin';
import { decodeTarget, NOT_A_PLACE } from './targets';
import { readingOrder } from '../story/order';

/** Decode query parameters into the share state they can be trusted to say. Never throws. */
export function decodeShareParams(params: URLSearchParams): DecodedShareState {
	const state = emptyShareState();
	const dropped: string[] = [];
	const single = (name: string): string | null => {
		const values = [...new Set(params.getAll(name))];
		if (values.length > 1) dropped.push(`${name}: given ${values.length} different values`);
		return values.length === 1 ? (values[0] ?? null) : null;
	};

	const place = single('place');
	if (place !== null) {
		if (PLACE_ID_PATTERN.test(place)) state.place = place;
		else dropped.push(`place: not a place id (${quote(place)})`);
	}

	const mention = single('m');
	if (mention !== null) {
		const match = /^(t?)(\d{1,8})$/.exec(mention);
		const offset = match ? Number(match[2]) : NaN;
		if (isOffset(offset)) {
			state.mention = offset;
			if (match![1]) state.mentionPart = 'title';
		} else dropped.push(`m: not a text offset (${quote(mention)})`);
	}

	const map = single('map');
	if (map !== null) state.view = decodeView(map, dropped);

	state.corrections = decodeCorrections(params.getAll('fix'), dropped);
	state.edits = decodeEdits(params, dropped);
	return { state, dropped };
}

const ZOOM = /^\d{1,2}(\.\d{1,6})?$/;
const COORD = /^-?\d{1,3}(\.\d{1,10})?$/;

function decodeView(value: string, dropped: string[]): MapView | null {
	const parts = value.split('/');
	if (parts.length < 3 || parts.length > 4) {
		dropped.push(`map: expected zoom/lat/lng[/bearing] (${quote(value)})`);
		return null;
	}
	const [z = '', lat = '', lng = '', b] = parts;
	const zoom = ZOOM.test(z) ? Number(z) : NaN;
	if (!(zoom >= MIN_ZOOM && zoom <= MAX_ZOOM)) {
		dropped.push(`map: zoom out of range 0–24 (${quote(z)})`);
		return null;
	}
	const latitude = COORD.test(lat) ? Number(lat) : NaN;
	const longitude = COORD.test(lng) ? Number(lng) : NaN;
	if (!(Math.abs(latitude) <= 90) || !(Math.abs(longitude) <= 180)) {
		dropped.push(`map: centre is not a position (${quote(`${lat}/${lng}`)})`);
		return null;
	}
	let bearing = 0;
	if (b !== undefined) {
		const parsed = COORD.test(b) ? Number(b) : NaN;
		if (Math.abs(parsed) <= 360) bearing = normalizeBearing(parsed);
		else dropped.push(`map: bearing is not an angle (${quote(b)}); north up instead`);
	}
	return { center: [longitude, latitude], zoom, bearing: bearing === 0 ? 0 : bearing };
}

function decodeCorrections(values: string[], dropped: string[]): Corrections {
	// A Map, then fromEntries: a key such as `__proto__` becomes plain data, never a prototype.
	const corrections = new Map<string, Corrections[string]>();
	let count = 0;
	for (const value of values) {
		if (count >= MAX_CORRECTIONS) {
			dropped.push(`fix: more than ${MAX_CORRECTIONS} corrections; the rest ignored`);
			break;
		}
		const at = value.lastIndexOf(SEPARATOR);
		const key = at > 0 ? value.slice(0, at) : '';
		if (key === '__proto__') {
			// Never a name (nameKey folds the underscores away), and no serialiser takes it as data.
			dropped.push(`fix: "__proto__" is not a place name`);
			continue;
		}
		const target = at > 0 ? decodeTarget(value.slice(at + 1)) : null;
		if (!isKey(key) || target === null) {
			dropped.push(`fix: expected name~placeId or name~none (${quote(value)})`);
			continue;
		}
		if (corrections.has(key)) {
			dropped.push(`fix: "${key}" corrected twice; the first kept`);
			continue;
		}
		corrections.set(key, target);
		count++;
	}
	return Object.fromEntries(corrections);
}

/**
 * Corrections from a JSON value (an API body's `corrections`), with the same rules as links:
 * `{ "georgia": { "placeId": "gn:614540" }, "jordan": { "notAPlace": true } }`.
 */
export function parseCorrections(value: unknown): { corrections: Corrections; dropped: string[] } {
	const dropped: string[] = [];
	if (value === undefined || value === null) return { corrections: {}, dropped };
	if (typeof value !== 'object' || Array.isArray(value)) {
		return { corrections: {}, dropped: ['corrections: expected an object'] };
	}
	const encoded: string[] = [];
	for (const [key, correction] of Object.entries(value)) {
		const c = correction as { placeId?: unknown; notAPlace?: unknown } | null;
		if (c && c.notAPlace === true) encoded.push(`${key}${SEPARATOR}${NOT_A_PLACE}`);
		else if (
			c &&
			typeof c.placeId === 'string' &&
			!isPinCode(c.placeId) &&
			c.placeId !== NOT_A_PLACE
		) {
			encoded.push(`${key}${SEPARATOR}${c.placeId}`);
		} else dropped.push(`corrections: ${quote(key)} is neither {placeId} nor {notAPlace: true}`);
	}
	return { corrections: decodeCorrections(encoded, dropped), dropped };
}

/** Decode the edits of a link; problems are pushed onto `dropped`. Never throws. */
function decodeEdits(params: URLSearchParams, dropped: string[]): ReaderEdits {
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

/** A value for an error message: quoted and cut short, since it came from a stranger. */
function quote(value: string): string {
	return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}
