import { describe, expect, it } from 'vitest';
import {
	fileToText,
	htmlTitle,
	htmlToText,
	markdownToText,
	validateArticleInput,
	MAX_TEXT_BYTES,
	utf8Length
} from '$lib/article-input/index';
import fc from 'fast-check';

describe('htmlToText', () => {
	it('keeps paragraphs and drops scripts, styles, head and comments', () => {
		const html = `<!doctype html><html><head><title>T</title><style>p{color:red}</style>
			<script>alert("Baghdad")</script></head><body>
			<nav><a href="/">Home</a> | <a>World</a></nav>
			<h1>Rockets hit   Camp Taji</h1>
			<p>Rockets struck the base
			north of <b>Baghdad</b> on Wednesday.</p><!-- <p>hidden Basra</p> -->
			<p>Two Americans<br>and one Briton died.</p>
			<script type="module">import x from "Mosul";</script>
			<ul><li>Iraq</li><li>Iran</li></ul>
			<div>Karbala<div>Najaf</div></div>
			</body></html>`;
		expect(htmlToText(html)).toBe(
			'Rockets hit Camp Taji\n\nRockets struck the base north of Baghdad on Wednesday.\n\nTwo Americans\nand one Briton died.\n\nIraq\n\nIran\n\nKarbala\n\nNajaf'
		);
	});

	it('decodes character references', () => {
		expect(
			htmlToText(
				'<p>S&atilde;o Paulo &amp; Bogot&#xE1; &#8211; K&ouml;ln&nbsp;&mdash; &unknown; &#0; 5 &lt; 6</p>'
			)
		).toBe('São Paulo & Bogotá – Köln — &unknown; \ufffd 5 < 6');
	});

	it('never lets markup through, and reads sloppy HTML as browsers would', () => {
		expect(htmlToText('<p onclick="x">a < b > c</p><img src=x onerror=alert(1)>')).toBe(
			'a < b > c'
		);
		expect(htmlToText('<p title="a>b">Basra</p>')).toBe('Basra');
		expect(htmlToText('<head><meta charset=utf-8><body><p>Mosul</p>')).toBe('Mosul'); // unclosed head
		expect(htmlToText('<p>Erbil</p><script>never closed <p>Kirkuk')).toBe('Erbil');
		expect(htmlToText('<pre>line 1\n  line 2</pre>')).toBe('line 1\n  line 2');
		expect(htmlToText('<p>a\u0000b</p>')).toBe('ab');
		expect(htmlToText('<p>Kufa</p><script/>alert(1)</script><svg/><p>Hilla</p>')).toBe(
			'Kufa\n\nHilla'
		);
	});

	it('never throws, and drops a script after any text', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (text, html) => {
				expect(typeof htmlToText(html)).toBe('string');
				// Text with no markup of its own cannot leave a tag open to swallow the script.
				const plain = text.replace(/[<>&]/g, '');
				const out = htmlToText(`<p>${plain}</p><script>SECRET</script><p>after</p>`);
				expect(out).not.toContain('SECRET');
				expect(out.endsWith('after')).toBe(true);
			}),
			{ numRuns: 500 }
		);
	});

	it('finds a title', () => {
		expect(htmlTitle('<title>News &amp; views</title>')).toBe('News & views');
		expect(htmlTitle('<h1 class="x">Camp <em>Taji</em></h1>')).toBe('Camp Taji');
		expect(htmlTitle('<p>none</p>')).toBeNull();
	});
});

describe('markdownToText', () => {
	it('removes markup and keeps paragraphs', () => {
		const md =
			'# Attack on **Camp Taji**\n\nRockets hit [the base](https://x.org) near _Baghdad_.\n![map](m.png)\n\n> Quoted from `Reuters`.\n\n---\n\nEnd.';
		expect(markdownToText(md)).toBe(
			'Attack on Camp Taji\n\nRockets hit the base near Baghdad.\n\n\nQuoted from Reuters.\n\nEnd.'.replace(
				'\n\n\n',
				'\n\n'
			)
		);
	});
});

describe('fileToText', () => {
	it('normalises line ends and the BOM', () => {
		expect(fileToText('text', '\ufeffBaghdad\r\nBasra\rMosul  \n')).toBe('Baghdad\nBasra\nMosul');
	});
});

describe('validateArticleInput', () => {
	it('accepts and normalises a valid article', () => {
		expect(
			validateArticleInput({
				text: 'Basra\r\n',
				title: '  A  title ',
				sourceUrl: 'https://example.org/x'
			})
		).toEqual({
			ok: true,
			article: { text: 'Basra', title: 'A title', sourceUrl: 'https://example.org/x' }
		});
	});
	it('rejects what is malformed with 400 and what is too large with 413', () => {
		const bad = [
			null,
			[],
			'text',
			{},
			{ text: 3 },
			{ text: '   ' },
			{ text: 'a', title: 5 },
			{ text: 'a', sourceUrl: 'javascript:alert(1)' },
			{ text: 'a', sourceUrl: 'https://u:p@x.org' },
			{ text: 'a', title: 'x'.repeat(301) }
		];
		for (const value of bad)
			expect(validateArticleInput(value), JSON.stringify(value)).toMatchObject({
				ok: false,
				status: 400
			});
		expect(validateArticleInput({ text: 'é'.repeat(MAX_TEXT_BYTES / 2 + 1) })).toMatchObject({
			ok: false,
			status: 413
		});
		expect(validateArticleInput({ text: 'a'.repeat(MAX_TEXT_BYTES) }).ok).toBe(true);
	});
	it('counts UTF-8 bytes like TextEncoder', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (s) => {
				expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
			})
		);
	});
});
