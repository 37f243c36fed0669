/**
 * Reading order of spans that may be in the title (`part: 'title'`) or in the text: the title
 * comes first, then each part by start and end.
 */
import type { TextPart } from '../geoparse/types';

interface Placed {
	start: number;
	end?: number;
	part?: TextPart;
}

/** A comparator for `Array.prototype.sort`: the title's spans first, then by offsets. */
export function readingOrder(a: Placed, b: Placed): number {
	const title = Number(b.part === 'title') - Number(a.part === 'title');
	return title || a.start - b.start || (a.end ?? 0) - (b.end ?? 0);
}

/** Whether two spans are in the same part (both in the title, or both in the text). */
export function samePart(a: { part?: TextPart }, b: { part?: TextPart }): boolean {
	return (a.part === 'title') === (b.part === 'title');
}

/** Whether two spans start at the same place: the same offset in the same part. */
export function sameSpot(a: Placed, b: Placed): boolean {
	return a.start === b.start && samePart(a, b);
}
