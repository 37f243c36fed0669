import { describe, expect, it } from 'vitest';
import {
	articleTitle,
	isTextHeading,
	splitHeading,
	textHeading
} from '../../../src/lib/article/heading';
import { splitParagraphs } from '../../../src/lib/article/segments';
import type { Mention } from '../../../src/lib/geoparse/types';

const BODY = 'Rockets struck Camp Taji north of Baghdad on Wednesday, officials said.';

describe('textHeading finds the title a text starts with', () => {
	it('reads a Markdown heading without its marks', () => {
		const text = `# Rockets hit Camp Taji #\n\n${BODY}`;
		const heading = textHeading(text);
		expect(heading?.text).toBe('Rockets hit Camp Taji');
		expect(text.slice(heading!.start, heading!.end)).toBe('Rockets hit Camp Taji');
	});

	it('reads a short first line followed by the story', () => {
		const text = `\n  Rockets hit Camp Taji\n${BODY}`;
		expect(textHeading(text)).toEqual({ start: 3, end: 24, text: 'Rockets hit Camp Taji' });
	});

	it('leaves a story that starts at once, a byline, a dateline and a lone line', () => {
		expect(textHeading(`${BODY}\n\nMore.`)).toBeNull();
		expect(textHeading(`By Jane Doe\n\n${BODY}`)).toBeNull();
		expect(textHeading(`BAGHDAD (Reuters) -\n${BODY}`)).toBeNull();
		expect(textHeading('Rockets hit Camp Taji')).toBeNull();
	});

	it('gives the title: the one given, else the heading, else none', () => {
		const text = `Rockets hit Camp Taji\n\n${BODY}`;
		expect(articleTitle('Given', text)).toBe('Given');
		expect(articleTitle(null, text)).toBe('Rockets hit Camp Taji');
		expect(articleTitle(null, BODY)).toBeNull();
		expect(isTextHeading('rockets hit  Camp Taji', textHeading(text))).toBe(true);
		expect(isTextHeading('Given', textHeading(text))).toBe(false);
	});
});

describe('splitHeading', () => {
	it('moves the first paragraph, mentions and all, to the heading', () => {
		const text = `# Rockets hit Camp Taji\n\n${BODY}`;
		const at = (name: string, from = 0): Mention => {
			const start = text.indexOf(name, from);
			return {
				start,
				end: start + name.length,
				text: name,
				role: 'literal',
				form: 'name',
				placeId: name,
				confidence: 0.9,
				alternatives: []
			};
		};
		const mentions = [at('Camp Taji'), at('Camp Taji', 24), at('Baghdad')];
		const { heading, body } = splitHeading(splitParagraphs(text, mentions), textHeading(text)!);
		expect(heading?.segments.map((s) => [s.kind, s.text])).toEqual([
			['text', 'Rockets hit '],
			['mention', 'Camp Taji']
		]);
		expect(body).toHaveLength(1);
		expect(body[0]?.segments.filter((s) => s.kind === 'mention')).toHaveLength(2);
	});
});
