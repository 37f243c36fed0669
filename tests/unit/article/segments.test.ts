import { describe, expect, it } from 'vitest';
import { lineRanges, splitParagraphs } from '../../../src/lib/article/segments';
import { result, text } from './fixture';

describe('splitParagraphs', () => {
	const paragraphs = splitParagraphs(text, result.mentions);

	it('makes one paragraph per non-blank line, trimmed', () => {
		expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(
			text
				.split('\n')
				.map((l) => l.trim())
				.filter(Boolean)
		);
	});

	it('spells each paragraph exactly, segment after segment, with the original offsets', () => {
		for (const p of paragraphs) {
			expect(p.segments.map((s) => s.text).join('')).toBe(text.slice(p.start, p.end));
			for (const s of p.segments) expect(text.slice(s.start, s.end)).toBe(s.text);
		}
	});

	it('turns every mention into one mention segment pointing back at it', () => {
		const found = paragraphs.flatMap((p) =>
			p.segments.flatMap((s) => (s.kind === 'mention' ? [s] : []))
		);
		expect(found.map((s) => s.mention)).toEqual(result.mentions.map((_, i) => i));
		for (const s of found) expect(s.text).toBe(result.mentions[s.mention]!.text);
	});

	it('skips a mention overlapping one already placed instead of repeating text', () => {
		const [first] = result.mentions;
		const overlapping = { ...first!, start: first!.start + 2, text: first!.text.slice(2) };
		const split = splitParagraphs(text, [first!, overlapping]);
		expect(split[0]!.segments.map((s) => s.text).join('')).toBe(
			text.slice(split[0]!.start, split[0]!.end)
		);
		expect(split[0]!.segments.filter((s) => s.kind === 'mention')).toHaveLength(1);
	});

	it('accepts mentions in any order and does not mutate them', () => {
		const reversed = [...result.mentions].reverse();
		const copy = structuredClone(reversed);
		const split = splitParagraphs(text, reversed);
		expect(reversed).toEqual(copy);
		const indexes = split.flatMap((p) =>
			p.segments.flatMap((s) => (s.kind === 'mention' ? [s.mention] : []))
		);
		expect(indexes).toEqual([5, 4, 3, 2, 1, 0]);
	});
});

describe('splitParagraphs with names not on the map', () => {
	const sample = 'Boats sank on Paris Lake near Nairobi.';
	const mentions = [
		{
			start: 30,
			end: 37,
			text: 'Nairobi',
			role: 'literal' as const,
			form: 'name' as const,
			placeId: 'gn:184745',
			confidence: 0.9,
			alternatives: []
		}
	];
	const unresolved = [{ start: 14, end: 24, text: 'Paris Lake', rule: 'resolve/feature-namesake' }];
	const [paragraph] = splitParagraphs(sample, mentions, unresolved);

	it('gives each its own segment, in reading order with the mentions', () => {
		expect(paragraph!.segments.map((s) => [s.kind, s.text])).toEqual([
			['text', 'Boats sank on '],
			['unresolved', 'Paris Lake'],
			['text', ' near '],
			['mention', 'Nairobi'],
			['text', '.']
		]);
	});

	it('skips one that overlaps a mention already placed', () => {
		const over = [{ start: 30, end: 37, text: 'Nairobi', rule: 'resolve/feature-namesake' }];
		const [p] = splitParagraphs(sample, mentions, over);
		expect(p!.segments.filter((s) => s.kind === 'unresolved')).toEqual([]);
	});
});

describe('lineRanges', () => {
	it('handles CRLF and surrounding blanks', () => {
		expect(lineRanges('  a b \r\n\r\nc')).toEqual([
			[2, 5],
			[10, 11]
		]);
	});
});
