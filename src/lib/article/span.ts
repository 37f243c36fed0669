/** `[start, end)` of the article text. */
export interface TextSpan {
	start: number;
	end: number;
}

/** Longest stretch of text a reader may mark as one place. */
const MAX_MARK_LENGTH = 120;

/**
 * The words of `[start, end)` a reader selected, without the blanks and punctuation around
 * them (a double-click takes the space after a word; a drag takes a comma), or null when there
 * is no word, the selection crosses a line, or it is longer than a place name can be.
 *
 * @example trimSpan('in Camp Taji, north', 2, 14) // { start: 3, end: 12 }: "Camp Taji"
 */
export function trimSpan(text: string, start: number, end: number): TextSpan | null {
	const edge = /[\s\p{P}\p{S}]/u;
	// Keep a closing period of an abbreviation ("St.") and an apostrophe inside a word.
	while (start < end && edge.test(text[start]!)) start++;
	while (end > start && edge.test(text[end - 1]!) && !/\p{L}\.$/u.test(text.slice(end - 2, end)))
		end--;
	if (
		end > start &&
		text[end - 1] === '.' &&
		!/\b\p{Lu}\p{Ll}{0,3}\.$/u.test(text.slice(start, end))
	)
		end--;
	if (start >= end || end - start > MAX_MARK_LENGTH) return null;
	if (/[\r\n]/.test(text.slice(start, end))) return null;
	return { start, end };
}
