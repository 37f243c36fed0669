/**
 * A title given apart from the text ("US strikes back after the rocket attack on Camp Taji"),
 * read with the article's own geoparse: every name the article's mentions spell is marked in
 * the title and links to the first mention of it, so the title's places link like the body's
 * and follow the reader's corrections. Offsets in the result are into the title.
 */
import type { Paragraph, ReaderModel, Segment } from './types';

export function titleParagraph(title: string, model: ReaderModel): Paragraph {
	const firstOf = new Map<string, number>();
	model.mentions.forEach((mention, i) => {
		if (!firstOf.has(mention.text)) firstOf.set(mention.text, i);
	});
	// Longest names first, so "Camp Taji" wins over a "Taji" inside it.
	const names = [...firstOf.keys()].sort((a, b) => b.length - a.length);
	const found: Array<{ start: number; end: number; mention: number }> = [];
	for (const name of names) {
		for (let at = title.indexOf(name); at !== -1; at = title.indexOf(name, at + 1)) {
			const end = at + name.length;
			if (!isWord(title, at, end) || found.some((f) => f.start < end && at < f.end)) continue;
			found.push({ start: at, end, mention: firstOf.get(name)! });
		}
	}
	found.sort((a, b) => a.start - b.start);
	const segments: Segment[] = [];
	let at = 0;
	for (const { start, end, mention } of found) {
		if (start > at)
			segments.push({ kind: 'text', start: at, end: start, text: title.slice(at, start) });
		segments.push({ kind: 'mention', start, end, text: title.slice(start, end), mention });
		at = end;
	}
	if (at < title.length)
		segments.push({ kind: 'text', start: at, end: title.length, text: title.slice(at) });
	return { start: 0, end: title.length, segments };
}

/** Whether `[start, end)` of `text` is whole words (no letter or digit on either side). */
function isWord(text: string, start: number, end: number): boolean {
	const wordChar = /[\p{L}\p{N}]/u;
	return !wordChar.test(text[start - 1] ?? '') && !wordChar.test(text[end] ?? '');
}
