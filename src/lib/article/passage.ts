import type { Passage } from './types';

/**
 * The sentence around `[start, end)`, bounded by the line it is on and cut to about `radius`
 * characters each side at a word boundary. Used for the popup's quote.
 */
export function passageAround(
	text: string,
	{ start, end, radius = 120 }: { start: number; end: number; radius?: number }
): Passage {
	const lineStart = text.lastIndexOf('\n', start - 1) + 1;
	const lineEndAt = text.indexOf('\n', end);
	const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;

	let from = sentenceStart(text, lineStart, start);
	let to = sentenceEnd(text, end, lineEnd);
	let cutBefore = false;
	let cutAfter = false;
	if (start - from > radius) {
		const space = text.indexOf(' ', start - radius);
		from = space === -1 || space >= start ? start - radius : space + 1;
		cutBefore = true;
	}
	if (to - end > radius) {
		const space = text.lastIndexOf(' ', end + radius);
		to = space <= end ? end + radius : space;
		cutAfter = true;
	}
	return {
		before: text.slice(from, start).trimStart(),
		match: text.slice(start, end),
		after: text.slice(end, to).trimEnd(),
		cutBefore,
		cutAfter
	};
}

/** Start of the sentence containing `at`, not before `min`. */
function sentenceStart(text: string, min: number, at: number): number {
	for (let i = at - 1; i > min; i--) {
		if (/[.!?]/.test(text[i - 1]!) && /\s/.test(text[i]!)) return i + 1;
	}
	return min;
}

/** End (exclusive) of the sentence containing `at`, not after `max`. */
function sentenceEnd(text: string, at: number, max: number): number {
	for (let i = at; i < max; i++) {
		if (/[.!?]/.test(text[i]!) && (i + 1 === max || /[\s”"’]/.test(text[i + 1]!))) {
			return /[”"’]/.test(text[i + 1] ?? '') ? i + 2 : i + 1;
		}
	}
	return max;
}
