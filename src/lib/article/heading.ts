/**
 * An article's title when the text carries it: a Markdown `# Heading`, or a short first line
 * followed by the body (a pasted page's headline). The line stays in the text, so it is
 * geoparsed with the rest and its offsets are the text's own; the reader shows it as the title.
 */
import type { Paragraph, Segment } from './types';

/** The title line: `[start, end)` of the words shown (no `#` marks), and those words. */
export interface TextHeading {
	start: number;
	end: number;
	text: string;
}

/** Longer than this, a first line without `#` is the start of the story, not its headline. */
const MAX_HEADLINE = 140;

/** The title the text's first line gives, or null when the text starts with its story. */
export function textHeading(text: string): TextHeading | null {
	const lines = /^\s*([^\n]*)\n\s*\S/.exec(text);
	if (!lines) return null;
	const line = lines[1]!;
	let start = text.search(/\S/);
	let end = start + line.trimEnd().length;
	const marks = /^#{1,6}[ \t]+/.exec(line);
	if (marks) {
		start += marks[0].length;
		end = start + line.slice(marks[0].length).replace(/[ \t]+#+[ \t]*$|[ \t]+$/, '').length;
	} else if (!isHeadline(line.trimEnd())) return null;
	return end > start ? { start, end, text: text.slice(start, end) } : null;
}

/** Short, with a letter, not ending like a sentence part, not a byline or dateline. */
function isHeadline(line: string): boolean {
	return (
		line.length <= MAX_HEADLINE &&
		/\p{L}/u.test(line) &&
		!/[.,;:\-–—]$/.test(line) &&
		!/^by\s/i.test(line) &&
		!/\(\s*(?:AP|AFP|Reuters)\s*\)/i.test(line)
	);
}

/**
 * The article's title: the one given, else the text's heading, else null. A given title that
 * repeats the heading is the heading (shown once, with its places marked).
 */
export function articleTitle(title: string | null, text: string): string | null {
	return title ?? textHeading(text)?.text ?? null;
}

/** Whether `title` is the text's heading (the page shows that line as the title). */
export function isTextHeading(title: string, heading: TextHeading | null): boolean {
	const words = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
	return heading !== null && words(heading.text) === words(title);
}

/**
 * The paragraphs split into the heading's (its segments cut to the heading's words) and the
 * body's: the heading is the first paragraph, the one the heading's words lie in.
 */
export function splitHeading(
	paragraphs: readonly Paragraph[],
	heading: TextHeading
): { heading: Paragraph | null; body: Paragraph[] } {
	const first = paragraphs[0];
	if (!first || first.start > heading.start || first.end < heading.end) {
		return { heading: null, body: [...paragraphs] };
	}
	const segments: Segment[] = [];
	for (const segment of first.segments) {
		const start = Math.max(segment.start, heading.start);
		const end = Math.min(segment.end, heading.end);
		if (end <= start) continue;
		const text = segment.text.slice(start - segment.start, end - segment.start);
		segments.push({ ...segment, start, end, text });
	}
	return {
		heading: { start: heading.start, end: heading.end, segments },
		body: paragraphs.slice(1)
	};
}
