/**
 * Which places a reader should check first. A place is worth checking when the parser was unsure
 * of it, when it lies far from the story's other places (a namesake on another continent; not
 * for countries, seas and regions, whose point is only their middle), and
 * when it rests on one mention only. Places a reader placed or accepted need no review. Names
 * the text says are places but the map cannot show (unresolved) come first: each wants a reader.
 */
import { haversineKm } from '../gazetteer/near';
import type { PlaceKind } from '../gazetteer/types';
import type { UnresolvedMention } from '../geoparse/types';
import { correctionKey } from '../share/correction-key';
import type { CorrectionTarget } from '../share/corrections';
import type { Correction, EditTarget, FixScope } from '../share/types';
import type { ReaderPlace } from './types';

const WIDE_KINDS: ReadonlySet<PlaceKind> = new Set(['continent', 'country', 'region', 'water']);

/** Farther than this from every other place of the story, a place is an outlier. */
const FAR_KM = 1500;

export interface ReviewItem {
	entry: ReaderPlace;
	/** Why it is on the list, for the reader: "low confidence (51%)", "far from the others". */
	reasons: string[];
	/** Higher first. */
	score: number;
}

/** The places to review, most worth checking first (reading order breaks ties). */
export function reviewOrder(places: readonly ReaderPlace[]): ReviewItem[] {
	const items: ReviewItem[] = [];
	for (const entry of places) {
		if (entry.checked || entry.reader) continue;
		const reasons: string[] = [];
		const confidence = entry.place.confidence;
		let score = 1 - confidence;
		if (entry.low) reasons.push(`low confidence (${Math.round(confidence * 100)}%)`);
		// A country's or a sea's point is its middle: far from the story's towns by nature.
		const nearest = WIDE_KINDS.has(entry.place.kind) ? null : nearestOther(entry, places);
		if (nearest !== null && nearest > FAR_KM) {
			reasons.push(`${Math.round(nearest).toLocaleString('en')} km from the story’s other places`);
			score += 0.5;
		}
		if (entry.mentionIndexes.length === 1) score += 0.05;
		items.push({ entry, reasons, score });
	}
	return items.sort((a, b) => b.score - a.score || a.entry.number - b.entry.number);
}

/** Kilometres to the nearest other place of the story, or null when it is alone. */
function nearestOther(entry: ReaderPlace, places: readonly ReaderPlace[]): number | null {
	let best: number | null = null;
	for (const other of places) {
		if (other === entry) continue;
		const [lng, lat] = entry.place.point;
		const km = haversineKm(lat, lng, other.place.point[1], other.place.point[0]);
		if (best === null || km < best) best = km;
	}
	return best;
}

/**
 * One step of a review: a place on the map, or a name not on it (by its first mention's start,
 * and `part: 'title'` when that is in the title).
 */
export type ReviewStep =
	| { kind: 'place'; id: string }
	| ({ kind: 'offMap'; start: number } & Pick<UnresolvedMention, 'part'>);

/** The review's steps: each name not on the map once (reading order), then the places. */
export function reviewSteps(
	places: readonly ReviewItem[],
	offMap: readonly UnresolvedMention[]
): ReviewStep[] {
	const seen = new Set<string>();
	const steps: ReviewStep[] = [];
	for (const name of offMap) {
		const key = correctionKey(name.text);
		if (seen.has(key)) continue;
		seen.add(key);
		steps.push({ kind: 'offMap', start: name.start, ...(name.part ? { part: name.part } : {}) });
	}
	for (const item of places) steps.push({ kind: 'place', id: item.entry.place.id });
	return steps;
}

/** What a review does with the reader's answers (ReviewPanel passes them on to ReviewSession). */
export interface ReviewActions {
	/** Names not on the map (`GeoparseResult.unresolved`, after corrections). */
	offMap?: readonly UnresolvedMention[];
	onaccept: (placeId: string) => void;
	/** Not a place: every mention of the place. */
	onreject: (placeId: string) => void;
	oncorrect: (
		mention: number,
		correction: Correction,
		target: CorrectionTarget | undefined,
		scope: FixScope
	) => void;
	/** A name not on the map placed by the reader (found or pinned). */
	onplace: (name: string, to: EditTarget, target?: CorrectionTarget) => void;
	/** A name not on the map is not a place. */
	ondismiss: (name: string) => void;
}
