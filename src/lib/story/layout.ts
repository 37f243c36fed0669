/**
 * A title given apart from the article text is part of the same story: it is parsed together
 * with the text, as one text `title + SEPARATOR + text`, so the title's places take part in the
 * text's disambiguation and the text's in the title's. This module lays the two out as that one
 * text and maps its offsets back: a span of the title keeps `[start, end)` into the title and
 * says `part: 'title'`; a span of the text keeps `[start, end)` into the text, as always.
 */
import type { TextPart } from '../geoparse/types';

/** Between the title and the text: a paragraph break, so no name or sentence runs across it. */
export const SEPARATOR = '\n\n';

/** The one text a story is parsed as, and where its text starts in it. */
export interface StoryLayout {
	/** `title + SEPARATOR + text`. */
	joined: string;
	/** Length of the title (its spans end at or before it). */
	titleEnd: number;
	/** Offset in `joined` where the article text starts. */
	textStart: number;
}

/** A span of the story: `[start, end)` into the title (`part: 'title'`) or into the text. */
export interface StorySpan {
	start: number;
	end: number;
	part?: TextPart;
}

export function storyLayout(title: string, text: string): StoryLayout {
	return {
		joined: title + SEPARATOR + text,
		titleEnd: title.length,
		textStart: title.length + SEPARATOR.length
	};
}

/**
 * `[start, end)` of the joined text as a span of the title or of the text; null for a span that
 * is in neither whole (one that crosses the separator).
 */
export function storySpan(layout: StoryLayout, start: number, end: number): StorySpan | null {
	if (end <= layout.titleEnd) return { start, end, part: 'title' };
	if (start >= layout.textStart)
		return { start: start - layout.textStart, end: end - layout.textStart };
	return null;
}
