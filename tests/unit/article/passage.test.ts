import { describe, expect, it } from 'vitest';
import { passageAround } from '../../../src/lib/article/passage';

describe('passageAround', () => {
	const text =
		'First sentence here. She died at Camp Taji, north of Baghdad. Next one.\nOther line.';
	const start = text.indexOf('Baghdad');

	it('quotes the sentence holding the mention', () => {
		const p = passageAround(text, { start, end: start + 7 });
		expect(`${p.before}${p.match}${p.after}`).toBe('She died at Camp Taji, north of Baghdad.');
		expect(p.match).toBe('Baghdad');
		expect([p.cutBefore, p.cutAfter]).toEqual([false, false]);
	});

	it('cuts a long sentence at word boundaries around the mention', () => {
		const long = `${'word '.repeat(60)}Baghdad ${'more '.repeat(60)}`;
		const s = long.indexOf('Baghdad');
		const p = passageAround(long, { start: s, end: s + 7, radius: 30 });
		expect(p.cutBefore).toBe(true);
		expect(p.cutAfter).toBe(true);
		expect(p.before.length).toBeLessThanOrEqual(30);
		expect(p.before.startsWith('word')).toBe(true);
		expect(p.after.length).toBeLessThanOrEqual(31);
	});

	it('never crosses a line break', () => {
		const s = text.indexOf('Other');
		const p = passageAround(text, { start: s, end: s + 5 });
		expect(p.before).toBe('');
		expect(p.after).toBe(' line.');
	});
});

describe('passageAround reads abbreviations as a sentence does', () => {
	const quote = (text: string, name: string) => {
		const start = text.indexOf(name);
		const p = passageAround(text, { start, end: start + name.length });
		return `${p.before}${p.match}${p.after}`;
	};

	it('does not end a sentence at "St.", "Mt." or "Gen."', () => {
		const text =
			'Crowds gathered. The march began in St. Louis, where Gen. Ward spoke of Mt. Hood. Later, rain.';
		const whole = 'The march began in St. Louis, where Gen. Ward spoke of Mt. Hood.';
		expect(quote(text, 'Louis')).toBe(whole);
		expect(quote(text, 'St. Louis')).toBe(whole);
		expect(quote(text, 'Hood')).toBe(whole);
	});

	it('keeps "the U.S. Army" in one sentence, and ends one at "the U.S. The"', () => {
		expect(
			quote('Soldiers of the U.S. Army left Baghdad on Monday. Others stayed.', 'Baghdad')
		).toBe('Soldiers of the U.S. Army left Baghdad on Monday.');
		expect(quote('He flew home to the U.S. The trip from Baghdad was long.', 'Baghdad')).toBe(
			'The trip from Baghdad was long.'
		);
	});

	it('reads a state abbreviation after a town inside the sentence', () => {
		expect(quote('Earlier news. A plant in Macon, Ga., closed on Friday. More.', 'Macon')).toBe(
			'A plant in Macon, Ga., closed on Friday.'
		);
	});
});
