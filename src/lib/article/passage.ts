import { split } from 'sentence-splitter';
import type { TextPart } from '../geoparse/types';
import type { Passage } from './types';

/**
 * The passage around a span of the story: in the `title` given apart from the text when the
 * span is there (`part: 'title'`), else in the `text`.
 */
export function storyPassage(
	texts: { text: string; title: string },
	span: { start: number; end: number; part?: TextPart; radius?: number }
): Passage {
	return passageAround(span.part === 'title' ? texts.title : texts.text, span);
}

/**
 * The sentence around `[start, end)`, bounded by the line it is on and cut to about `radius`
 * characters each side at a word boundary. Used for the popup's quote. Sentences are found by
 * a segmenter that knows abbreviations ("St. Louis", "Mt. Hood", "Gen. Smith", "Mo.,"), so the
 * quote is the whole sentence rather than its end after "in St.".
 */
export function passageAround(
	text: string,
	{ start, end, radius = 120 }: { start: number; end: number; radius?: number }
): Passage {
	const lineStart = text.lastIndexOf('\n', start - 1) + 1;
	const lineEndAt = text.indexOf('\n', end);
	const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;

	let [from, to] = sentenceAround(
		text.slice(lineStart, lineEnd),
		start - lineStart,
		end - lineStart
	);
	from += lineStart;
	to += lineStart;
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

/** `[from, to)` of the sentences of `line` that hold `[start, end)` (the line when none do). */
function sentenceAround(line: string, start: number, end: number): [number, number] {
	let from = -1;
	let to = line.length;
	for (const [s, e] of sentenceRanges(line)) {
		if (e <= start) continue;
		if (s >= end && from !== -1) break;
		if (from === -1) from = s;
		to = e;
	}
	return [from === -1 ? 0 : from, to];
}

/**
 * Sentence ranges of one line. The segmenter splits after a two-letter initialism ("the U.S.
 * Army"); such a break is kept only before a word that usually opens a sentence ("in the U.S.
 * The trip…"), as news writing reads it.
 */
function sentenceRanges(line: string): Array<[number, number]> {
	const ranges: Array<[number, number]> = [];
	for (const node of split(line)) {
		if (node.type !== 'Sentence') continue;
		const [s, e] = node.range;
		const previous = ranges.at(-1);
		if (
			previous &&
			INITIALISM_END.test(line.slice(previous[0], previous[1])) &&
			!opensSentence(line.slice(s))
		)
			previous[1] = e;
		else ranges.push([s, e]);
	}
	return ranges;
}

/** A sentence ending in a dotted initialism: "U.S.", "U.N.", "D.C.". */
const INITIALISM_END = /(?:^|[\s(“"‘'])(?:\p{Lu}\.){2,}$/u;

/** Words that open sentences far more often than they follow "the U.S." inside one. */
const OPENERS = new Set(
	`a an and as at but by for from he her his however i if in it its meanwhile more most no
	not now on one our she so some such that the their then there these they this those to two
	was we were what when where while who why yet you`.split(/\s+/)
);

function opensSentence(rest: string): boolean {
	const word = /^[“"‘'(]*(\p{L}+)/u.exec(rest)?.[1];
	return word !== undefined && OPENERS.has(word.toLowerCase());
}
