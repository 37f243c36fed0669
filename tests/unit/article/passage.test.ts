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
