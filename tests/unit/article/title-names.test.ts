import { describe, expect, it } from 'vitest';
import { buildReaderModel } from '../../../src/lib/article/model';
import { titleParagraph } from '../../../src/lib/article/title-names';
import { result } from './fixture';

describe('titleParagraph marks the names the article mentions in a given title', () => {
	const model = buildReaderModel(result);

	it('links each whole name to its first mention, the longest name first', () => {
		const title = 'US strikes back after the rocket attack on Camp Taji';
		const paragraph = titleParagraph(title, model);
		const marked = paragraph.segments.filter((s) => s.kind === 'mention');
		expect(marked.map((s) => s.text)).toEqual(['US', 'Camp Taji']);
		const us = model.mentions.findIndex((m) => m.text === 'US');
		expect(marked[0]).toMatchObject({ start: 0, end: 2, mention: us });
		expect(paragraph.segments.map((s) => s.text).join('')).toBe(title);
	});

	it('marks nothing inside a word, and nothing the article does not name', () => {
		const paragraph = titleParagraph('USA and Iraqis in Mosul', model);
		expect(paragraph.segments).toEqual([
			{ kind: 'text', start: 0, end: 23, text: 'USA and Iraqis in Mosul' }
		]);
	});
});
