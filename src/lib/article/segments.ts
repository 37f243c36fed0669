import type { Mention, TextPart, UnresolvedMention } from '../geoparse/types';
import { samePart } from '../story/order';
import type { Paragraph, Segment } from './types';

/**
 * Splits the article into paragraphs (at line breaks) and each paragraph into plain text, mention
 * and unresolved segments (names the parser could not place), keeping the original `[start, end)`
 * offsets. Only the spans of `part` are placed (the text's by default; `title` for a title given
 * apart from the text), each segment keeping its mention's index in `mentions`. Leading and
 * trailing blanks of a paragraph are dropped; a span overlapping one already placed, or crossing
 * a paragraph end, is clipped or skipped rather than duplicating text, so the segments always
 * spell the text.
 */
export function splitParagraphs(
	text: string,
	mentions: readonly Mention[],
	unresolved: readonly UnresolvedMention[] = [],
	part?: TextPart
): Paragraph[] {
	const here = { part };
	// i >= 0: the mention's index; i < 0: an unresolved name.
	const order = [
		...mentions.flatMap((m, i) =>
			samePart(m, here) ? [{ m: { start: m.start, end: m.end }, i }] : []
		),
		...unresolved.flatMap((m) =>
			samePart(m, here) ? [{ m: { start: m.start, end: m.end }, i: -1 }] : []
		)
	].sort((a, b) => a.m.start - b.m.start || a.m.end - b.m.end);
	const paragraphs: Paragraph[] = [];
	let next = 0;
	for (const [start, end] of lineRanges(text)) {
		const segments: Segment[] = [];
		let at = start;
		while (next < order.length && order[next]!.m.start < end) {
			const { m, i } = order[next]!;
			next++;
			if (m.start < at) continue;
			const stop = Math.min(m.end, end);
			if (m.start > at) segments.push(textSegment(text, at, m.start));
			const piece = { start: m.start, end: stop, text: text.slice(m.start, stop) };
			segments.push(
				i >= 0 ? { kind: 'mention', ...piece, mention: i } : { kind: 'unresolved', ...piece }
			);
			at = stop;
		}
		if (at < end) segments.push(textSegment(text, at, end));
		paragraphs.push({ start, end, segments });
	}
	return paragraphs;
}

/**
 * A title given apart from the text, as one paragraph: its mentions (`part: 'title'`, offsets
 * into the title) marked as the text's are, each keeping its index in `mentions`.
 */
export function titleParagraph(
	title: string,
	mentions: readonly Mention[],
	unresolved: readonly UnresolvedMention[] = []
): Paragraph {
	const lines = splitParagraphs(title, mentions, unresolved, 'title');
	return {
		start: lines[0]?.start ?? 0,
		end: lines.at(-1)?.end ?? title.length,
		segments: lines.flatMap((line) => line.segments)
	};
}

function textSegment(text: string, start: number, end: number): Segment {
	return { kind: 'text', start, end, text: text.slice(start, end) };
}

/** `[start, end)` of each non-blank line, trimmed of surrounding white space. */
export function lineRanges(text: string): Array<[number, number]> {
	const ranges: Array<[number, number]> = [];
	for (const match of text.matchAll(/[^\r\n]+/g)) {
		const line = match[0];
		const lead = line.length - line.trimStart().length;
		const trimmed = line.trim();
		if (!trimmed) continue;
		const start = match.index + lead;
		ranges.push([start, start + trimmed.length]);
	}
	return ranges;
}
