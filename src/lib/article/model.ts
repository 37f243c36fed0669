import type { GeoparseResult, ResolvedPlace } from '../geoparse/types';
import { admin2Namesakes } from './format';
import type { PlaceKind } from '../gazetteer/types';
import { correctionKey } from '../share/correction-key';
import type { ReaderModel, ReaderPlace } from './types';

/**
 * Place colours, dark enough for white numbers on them (contrast ≥ 4.5 : 1). app.css defines the
 * same list as `.place-N` classes (a unit test keeps the two in step). Numbers stay unique when
 * colours repeat.
 */
export const PLACE_COLOURS = [
	'#b91c1c',
	'#1d4ed8',
	'#047857',
	'#7e22ce',
	'#b45309',
	'#0e7490',
	'#be185d',
	'#4d7c0f'
] as const;

const PALETTE_SIZE = PLACE_COLOURS.length;

/**
 * Below this confidence a place is drawn as doubtful and offered first for review. The parser's
 * confidence is meant as a probability: under 0.6 it is wrong often enough to be worth a look.
 */
const LOW_CONFIDENCE = 0.6;

const AREA_KINDS: ReadonlySet<PlaceKind> = new Set([
	'continent',
	'country',
	'admin1',
	'admin2',
	'region',
	'water'
]);

/** Whether a place of this kind is an area (outlined) rather than a point. */
export function isArea(kind: PlaceKind): boolean {
	return AREA_KINDS.has(kind);
}

/**
 * Numbers and colours the places of a result and links each to its mentions by index. Does not
 * mutate the result. Mentions whose place is missing from `places` are ignored. A place keeps
 * its county (`admin2`) only where it tells it from a namesake in the same state (see
 * `admin2Namesakes`), so every label built from the model says just enough. `title` is the title
 * the result's mentions in the title (`part: 'title'`) are into.
 */
export function buildReaderModel(result: GeoparseResult, title = ''): ReaderModel {
	const byId = new Map<string, ReaderPlace>();
	const namesakes = admin2Namesakes(result.places);
	const places = result.places.map((place, i): ReaderPlace => {
		const entry: ReaderPlace = {
			place: place.admin2 && !namesakes.has(place.id) ? withoutAdmin2(place) : place,
			number: i + 1,
			colour: i % PALETTE_SIZE,
			literal: false,
			area: isArea(place.kind),
			mentionIndexes: [],
			low: place.confidence < LOW_CONFIDENCE && place.source !== 'reader' && !place.checked,
			checked: place.checked === true,
			reader: place.source === 'reader'
		};
		byId.set(place.id, entry);
		return entry;
	});
	result.mentions.forEach((mention, i) => {
		const entry = byId.get(mention.placeId);
		if (!entry) return;
		entry.mentionIndexes.push(i);
		if (mention.role === 'literal') entry.literal = true;
	});
	return { places, byId, mentions: result.mentions, title };
}

function withoutAdmin2(place: ResolvedPlace): ResolvedPlace {
	const copy = { ...place };
	delete copy.admin2;
	return copy;
}

/** The places for the list: literal places first, then by mention count, then by first mention. */
export function listOrder(places: readonly ReaderPlace[]): ReaderPlace[] {
	return [...places].sort(
		(a, b) =>
			Number(b.literal) - Number(a.literal) ||
			b.mentionIndexes.length - a.mentionIndexes.length ||
			a.number - b.number
	);
}

/** How many mentions share the name of `text` (a name-wide fix changes them all). */
export function sameNameCount(model: ReaderModel, text: string): number {
	const key = correctionKey(text);
	return model.mentions.filter((m) => correctionKey(m.text) === key).length;
}
