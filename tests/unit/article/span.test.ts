import { describe, expect, it } from 'vitest';
import { trimSpan } from '$lib/article/span';

const words = (text: string, from: string, to = from) => {
	const start = text.indexOf(from);
	const end = text.indexOf(to, start) + to.length;
	const span = trimSpan(text, start, end);
	return span && text.slice(span.start, span.end);
};

describe('trimSpan', () => {
	it('drops the blanks and punctuation around the selected words', () => {
		const text = 'Rockets hit “Camp Taji”, north of Baghdad. Then quiet.';
		expect(words(text, '“Camp', 'Taji”, ')).toBe('Camp Taji');
		expect(words(text, ' Baghdad. ')).toBe('Baghdad');
		expect(words(text, 'Taji')).toBe('Taji'); // part of a longer name
	});

	it('keeps the period of a short abbreviation', () => {
		expect(words('They met in St. Louis on Monday.', 'St.')).toBe('St.');
		expect(words('They met in St. Louis on Monday.', 'St. Louis')).toBe('St. Louis');
	});

	it('refuses an empty selection, a line break, or a whole paragraph', () => {
		expect(trimSpan('a , b', 1, 4)).toBeNull();
		expect(words('Karbala\nProvince', 'Karbala', 'Province')).toBeNull();
		const long = 'word '.repeat(40);
		expect(trimSpan(long, 0, long.length)).toBeNull();
	});
});
