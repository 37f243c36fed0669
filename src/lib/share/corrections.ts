/**
 * Apply a reader's corrections to a geoparse result: re-pin every mention of a name to another
 * place or to a pin of their own, or drop the name as "not a place"; fix one mention only; add
 * the places the parser missed; mark the places they accepted. Pure: the caller passes a resolver
 * for place ids the result does not already know (see {@link gazetteerResolver}), and the text
 * when there are added places (their names are the text they cover).
 *
 * A mention's correction key is `nameKey(mention.text)`, so "Georgia", "GEORGIA" and "Georgia's"
 * share one correction. What the reader placed gets confidence 1 and `source: 'reader'`; a
 * re-pinned mention keeps the parser's former choice first among its alternatives, so the UI can
 * offer to undo. Order: a reader's span replaces the parser mentions it overlaps; a one-mention
 * fix wins over the name's correction. A mention in the title given apart from the text
 * (`part: 'title'`) is corrected like any other: by its name, or as the one at its offset in the
 * title.
 */
import { nameKey } from '../gazetteer/normalize';
import type { BBox, Gazetteer, LngLat, PlaceKind } from '../gazetteer/types';
import type { GeoparseResult, Mention, PlaceCandidate, ResolvedPlace } from '../geoparse/types';
import { correctionFor } from './correction-key';
import { pinTarget } from './pin';
import { readingOrder, samePart } from '../story/order';
import { encodeOffset } from './edits-params';
import type { Corrections, EditTarget, InPart, ReaderEdits } from './types';
/** What a correction needs to know about the place it pins a name to. */
export interface CorrectionTarget {
	id: string;
	name: string;
	kind: PlaceKind;
	country: string | null;
	admin1: string | null;
	/** See `ResolvedPlace.admin2`. */
	admin2?: string;
	point: LngLat;
	bbox: BBox | null;
}

/** Finds a place by gazetteer id, or null. */
export type PlaceResolver = (id: string) => CorrectionTarget | null;

export interface ApplyCorrectionsOptions {
	result: GeoparseResult;
	corrections: Corrections;
	/** Added places, one-mention fixes and accepted marks. */
	edits?: ReaderEdits;
	/** The article text: the names of added places (edits with added places need it). */
	text?: string;
	/** The title parsed with the text: the names of places added in it. */
	title?: string;
	/** For ids that are neither a place of the result nor an alternative of the mention. */
	resolve?: PlaceResolver;
}

export interface AppliedCorrections {
	result: GeoparseResult;
	/** Keys whose target place could not be found; their mentions are left as the parser had them. */
	unresolved: string[];
	/** Edits that could not apply (a place not found, a span outside the text, no such mention). */
	dropped: string[];
}

/** A new result with `corrections` and `edits` applied; the input is not modified. */
export function applyCorrections(options: ApplyCorrectionsOptions): AppliedCorrections {
	const { result, corrections, edits, text, title, resolve = () => null } = options;
	const source = (span: InPart) => (span.part === 'title' ? title : text);
	const accepted = new Set(edits?.accepted ?? []);
	const nothing = !edits || edits.added.length + edits.mentions.length === 0;
	if (Object.keys(corrections).length === 0 && nothing && accepted.size === 0) {
		return { result, unresolved: [], dropped: [] };
	}
	const known = new Map(result.places.map((place) => [place.id, place]));
	const targets = new Map<string, CorrectionTarget>();
	const unresolved = new Set<string>();
	const dropped: string[] = [];
	const oneFixes = new Map((edits?.mentions ?? []).map((fix) => [spotKey(fix), fix.fix]));
	const added = (edits?.added ?? []).filter((span) => {
		const words = source(span);
		if (words !== undefined && span.end <= words.length && words.slice(span.start, span.end).trim())
			return true;
		dropped.push(`add: ${spotKey(span)}–${span.end} is not in the ${span.part ?? 'text'}`);
		return false;
	});

	/** The place a target names for `mention`, remembered; null when it cannot be found. */
	const find = (target: EditTarget, mention: Pick<Mention, 'text' | 'alternatives'>) => {
		const found =
			'pin' in target
				? pinTarget(target.pin, mention.text)
				: (targets.get(target.placeId) ??
					known.get(target.placeId) ??
					mention.alternatives.find((alt) => alt.id === target.placeId) ??
					resolve(target.placeId));
		if (found) targets.set(found.id, toTarget(found));
		return found ? (targets.get(found.id) ?? null) : null;
	};

	const mentions: Mention[] = [];
	for (const mention of result.mentions) {
		if (added.some((span) => overlaps(span, mention))) continue;
		const one = oneFixes.get(spotKey(mention));
		oneFixes.delete(spotKey(mention));
		const correction = one ?? correctionFor(corrections, mention);
		if (correction === null) {
			mentions.push(mention);
		} else if ('notAPlace' in correction) {
			continue;
		} else if ('placeId' in correction && correction.placeId === mention.placeId) {
			mentions.push({ ...mention, confidence: 1, source: 'reader' });
		} else {
			const target = find(correction, mention);
			if (!target) {
				if (one)
					dropped.push(`one: no such place "${(correction as { placeId: string }).placeId}"`);
				else unresolved.add(nameKey(mention.text));
				mentions.push(mention);
				continue;
			}
			const former = known.get(mention.placeId);
			const alternatives = mention.alternatives.filter((alt) => alt.id !== target.id);
			if (former) alternatives.unshift(candidate(former, mention.confidence));
			mentions.push({
				...mention,
				placeId: target.id,
				confidence: 1,
				alternatives,
				source: 'reader'
			});
		}
	}
	for (const start of oneFixes.keys()) dropped.push(`one: no mention starts at ${start}`);
	for (const span of added) {
		const name = source(span)!.slice(span.start, span.end);
		const target = find(span.target, { text: name, alternatives: [] });
		if (!target) {
			dropped.push(`add: no such place "${(span.target as { placeId: string }).placeId}"`);
			continue;
		}
		mentions.push({
			start: span.start,
			end: span.end,
			text: name,
			role: 'literal',
			form: 'name',
			placeId: target.id,
			confidence: 1,
			alternatives: [],
			source: 'reader',
			...(span.part ? { part: span.part } : {})
		});
	}
	mentions.sort(readingOrder);
	// Names off the map stay listed until a reader places them (an added mention over one) or
	// says the name is not a place.
	const offMap = result.unresolved?.filter((u) => {
		if (mentions.some((m) => overlaps(m, u))) return false;
		const fix = correctionFor(corrections, u);
		return !(fix && 'notAPlace' in fix);
	});
	return {
		result: {
			places: group(mentions, known, targets, accepted),
			mentions,
			...(offMap && offMap.length > 0 ? { unresolved: offMap } : {})
		},
		unresolved: [...unresolved],
		dropped
	};
}

/** A span's place in a link's terms: its offset, after `t` when it is in the title. */
function spotKey(span: { start: number } & InPart): string {
	return encodeOffset(span.start, span.part);
}

/** Whether two spans share a character (in the same part). */
function overlaps(a: Span, b: Span): boolean {
	return samePart(a, b) && a.start < b.end && b.start < a.end;
}

type Span = { start: number; end: number } & InPart;

/** Places in order of first mention, each with its mentions and its best confidence. */
function group(
	mentions: Mention[],
	known: Map<string, ResolvedPlace>,
	targets: Map<string, CorrectionTarget>,
	accepted: ReadonlySet<string>
): ResolvedPlace[] {
	const byId = new Map<string, Mention[]>();
	for (const mention of mentions) {
		const list = byId.get(mention.placeId);
		if (list) list.push(mention);
		else byId.set(mention.placeId, [mention]);
	}
	return [...byId].map(([id, placeMentions]) => {
		const base = known.get(id) ?? (targets.get(id) as CorrectionTarget);
		const place: ResolvedPlace = {
			id,
			name: base.name,
			kind: base.kind,
			country: base.country,
			admin1: base.admin1,
			...(base.admin2 ? { admin2: base.admin2 } : {}),
			point: base.point,
			bbox: base.bbox,
			confidence: Math.max(...placeMentions.map((m) => m.confidence)),
			mentions: placeMentions
		};
		if (placeMentions.every((m) => m.source === 'reader')) place.source = 'reader';
		// The parser's reasons hold for the place it chose, not for one a reader put there.
		else if (known.get(id)?.why) place.why = known.get(id)!.why;
		if (accepted.has(id)) place.checked = true;
		return place;
	});
}

function toTarget(place: CorrectionTarget | PlaceCandidate | ResolvedPlace): CorrectionTarget {
	const bbox = 'bbox' in place ? place.bbox : null;
	const { id, name, kind, country, admin1, admin2, point } = place;
	return { id, name, kind, country, admin1, ...(admin2 ? { admin2 } : {}), point, bbox };
}

function candidate(place: ResolvedPlace, confidence: number): PlaceCandidate {
	const { id, name, kind, country, admin1, admin2, point } = place;
	return { id, name, kind, country, admin1, ...(admin2 ? { admin2 } : {}), point, confidence };
}

/** A resolver backed by the gazetteer (server side, or wherever the gazetteer is loaded). */
export function gazetteerResolver(gazetteer: Gazetteer): PlaceResolver {
	return (id) => {
		const place = gazetteer.byId(id);
		if (!place) return null;
		return {
			id: place.id,
			name: place.name,
			kind: place.kind,
			country: place.countryCode || null,
			admin1: place.admin1Name || null,
			...(place.admin2Name ? { admin2: place.admin2Name } : {}),
			point: place.point,
			bbox: place.bbox
		};
	};
}
