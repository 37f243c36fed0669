/**
 * A geoparse result in a compact form, for page data and the parse cache. The plain result of a
 * 200 KB article dense with names (28,000 mentions, each with its alternatives) serialises to
 * 4 MB of page data; packed it is well under 1 MB and decodes in a few milliseconds:
 *
 * - every place and candidate once, in a table (`places`), referred to by index;
 * - each distinct list of alternatives once (`alternatives`), referred to by index;
 * - the mentions as one string of base-36 numbers (one value to serialise, not 28,000 objects);
 *   a mention's text is not sent: it is `text.slice(start, end)` of the article, or of its
 *   title for a mention in a title parsed with the text (`part: 'title'`, see `src/lib/story`),
 *   which is sent once (`title`).
 *
 * Confidences are kept to 4 decimals (the UI shows whole percents). Pure: no DOM, no node:*.
 */
import type { BBox, LngLat, PlaceKind } from '../gazetteer/types';
import type {
	GeoparseResult,
	Mention,
	MentionForm,
	MentionRole,
	PlaceCandidate,
	ResolvedPlace,
	UnresolvedMention
} from '../geoparse/types';

const PACKED_VERSION = 1;

/** A place or candidate: what both share, once per id. */
interface PackedPlace {
	id: string;
	name: string;
	kind: PlaceKind;
	country: string | null;
	admin1: string | null;
	admin2?: string;
	point: LngLat;
	bbox: BBox | null;
}

export interface PackedResult {
	v: typeof PACKED_VERSION;
	/** Every place and candidate, once. */
	places: PackedPlace[];
	/**
	 * The resolved places in order of first mention: index into `places`, confidence × 1e4 and,
	 * when the parser said, why it chose the place.
	 */
	resolved: Array<[place: number, confidence: number, why?: string[]]>;
	/** Distinct lists of alternatives: `[place index, confidence × 1e4]` pairs, flattened. */
	alternatives: number[][];
	/**
	 * Per mention, in reading order, six base-36 numbers separated by `,` (mentions by `;`):
	 * start (as the distance from the previous mention's start in the same part, title or text),
	 * length, index into `resolved`, role + 2 × form + 4 × title flags, confidence × 1e4, index
	 * into `alternatives`.
	 */
	mentions: string;
	/**
	 * Names the parser kept off the map (`GeoparseResult.unresolved`): start, end, rule id, and
	 * `1` for a name in the title.
	 */
	unresolved?: Array<[start: number, end: number, rule: string, title?: 1]>;
	/** The title the spans marked as in the title are into; absent when there are none. */
	title?: string;
}

const SCALE = 1e4;
/** The flag of a mention in the title. */
const TITLE_FLAG = 4;
const ROLES: readonly MentionRole[] = ['literal', 'associative'];
const FORMS: readonly MentionForm[] = ['name', 'demonym'];

const scaled = (confidence: number) => Math.round(confidence * SCALE);

/**
 * Pack `result` (its mentions' texts are left out: they are slices of the article). `title` is
 * the title its spans in the title are into (kept only when there are such spans).
 */
export function packResult(result: GeoparseResult, title: string | null = null): PackedResult {
	const places: PackedPlace[] = [];
	const placeIndex = new Map<string, number>();
	const indexOf = (place: PackedPlace | PlaceCandidate): number => {
		let index = placeIndex.get(place.id);
		if (index === undefined) {
			index = places.length;
			placeIndex.set(place.id, index);
			const { id, name, kind, country, admin1, admin2, point } = place;
			places.push({
				id,
				name,
				kind,
				country,
				admin1,
				...(admin2 ? { admin2 } : {}),
				point,
				bbox: 'bbox' in place ? place.bbox : null
			});
		}
		return index;
	};
	const resolvedIndex = new Map<string, number>();
	const resolved = result.places.map((place, i): PackedResult['resolved'][number] => {
		resolvedIndex.set(place.id, i);
		const entry: PackedResult['resolved'][number] = [indexOf(place), scaled(place.confidence)];
		if (place.why) entry.push(place.why);
		return entry;
	});
	const alternatives: number[][] = [];
	const listIndex = new Map<string, number>();
	const rows: string[] = [];
	let previous = 0;
	let inTitle = false;
	for (const mention of result.mentions) {
		const resolvedAt = resolvedIndex.get(mention.placeId);
		if (resolvedAt === undefined) continue;
		const list = mention.alternatives.flatMap((alt) => [indexOf(alt), scaled(alt.confidence)]);
		const key = list.join(',');
		let listAt = listIndex.get(key);
		if (listAt === undefined) {
			listAt = alternatives.length;
			listIndex.set(key, listAt);
			alternatives.push(list);
		}
		const titled = mention.part === 'title';
		// Starts count from 0 again in each part (the title's mentions come first).
		if (titled !== inTitle) previous = 0;
		inTitle = titled;
		const flags =
			ROLES.indexOf(mention.role) + 2 * FORMS.indexOf(mention.form) + (titled ? TITLE_FLAG : 0);
		rows.push(
			[
				mention.start - previous,
				mention.end - mention.start,
				resolvedAt,
				flags,
				scaled(mention.confidence),
				listAt
			]
				.map((n) => n.toString(36))
				.join(',')
		);
		previous = mention.start;
	}
	const packed: PackedResult = {
		v: PACKED_VERSION,
		places,
		resolved,
		alternatives,
		mentions: rows.join(';')
	};
	if (result.unresolved?.length)
		packed.unresolved = result.unresolved.map((u) =>
			u.part === 'title' ? [u.start, u.end, u.rule, 1] : [u.start, u.end, u.rule]
		);
	const titled =
		result.mentions.some((m) => m.part === 'title') ||
		result.unresolved?.some((u) => u.part === 'title');
	if (title !== null && titled) packed.title = title;
	return packed;
}

/** Results already unpacked, by packed object: a server renders one cached parse many times. */
const unpacked = new WeakMap<PackedResult, { text: string; result: GeoparseResult }>();

/**
 * The result `packed` describes, over the article `text` it was made from. The same packed
 * object and text give the same result object (unpacked once): treat it as read-only.
 */
export function unpackResult(packed: PackedResult, text: string): GeoparseResult {
	const known = unpacked.get(packed);
	if (known && known.text === text) return known.result;
	const result = unpack(packed, text);
	unpacked.set(packed, { text, result });
	return result;
}

function unpack(packed: PackedResult, text: string): GeoparseResult {
	const places: ResolvedPlace[] = packed.resolved.map(([index, confidence, why]) => ({
		...placeAt(packed, index),
		confidence: confidence / SCALE,
		mentions: [],
		...(why ? { why } : {})
	}));
	const lists = packed.alternatives.map((list) => {
		const out: PlaceCandidate[] = [];
		for (let i = 0; i + 1 < list.length; i += 2) {
			const { id, name, kind, country, admin1, admin2, point } = placeAt(packed, list[i]!);
			out.push({
				id,
				name,
				kind,
				country,
				admin1,
				...(admin2 ? { admin2 } : {}),
				point,
				confidence: list[i + 1]! / SCALE
			});
		}
		return out;
	});
	const mentions: Mention[] = [];
	const fields = [0, 0, 0, 0, 0, 0];
	const source = packed.mentions;
	const title = packed.title ?? '';
	let inTitle = false;
	let start = 0;
	let field = 0;
	let from = 0;
	for (let i = 0; i <= source.length; i++) {
		const c = i < source.length ? source.charCodeAt(i) : SEMICOLON;
		if (c !== COMMA && c !== SEMICOLON) continue;
		if (field < fields.length) fields[field++] = parseInt(source.slice(from, i), 36) || 0;
		from = i + 1;
		if (c === COMMA) continue;
		if (field > 1) {
			const [delta = 0, length = 0, at = 0, flags = 0, confidence = 0, list = 0] = fields;
			const titled = (flags & TITLE_FLAG) !== 0;
			if (titled !== inTitle) start = 0;
			inTitle = titled;
			start += delta;
			const place = places[at];
			if (place) {
				const mention: Mention = {
					start,
					end: start + length,
					text: (titled ? title : text).slice(start, start + length),
					role: ROLES[flags % 2]!,
					form: FORMS[(flags >> 1) & 1] ?? 'name',
					placeId: place.id,
					confidence: confidence / SCALE,
					alternatives: lists[list] ?? []
				};
				if (titled) mention.part = 'title';
				mentions.push(mention);
				place.mentions.push(mention);
			}
		}
		field = 0;
		fields.fill(0);
	}
	if (!packed.unresolved?.length) return { places, mentions };
	const unresolved = packed.unresolved.map(([start, end, rule, titled]): UnresolvedMention => ({
		start,
		end,
		text: (titled ? title : text).slice(start, end),
		rule,
		...(titled ? { part: 'title' as const } : {})
	}));
	return { places, mentions, unresolved };
}

const COMMA = 44;
const SEMICOLON = 59;

function placeAt(packed: PackedResult, index: number): PackedPlace {
	const place = packed.places[index];
	if (!place) throw new RangeError(`packed result: no place ${index}`);
	return place;
}

/** The names of the resolved places, in order of first mention (for link previews). */
export function packedPlaceNames(packed: PackedResult): string[] {
	return packed.resolved.map(([index]) => placeAt(packed, index).name);
}
