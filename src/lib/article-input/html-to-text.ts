/**
 * Reduce an HTML document to its readable text, paragraphs kept, without ever rendering it: a
 * small tokenizer, so it runs the same in the browser (no innerHTML of untrusted content) and in
 * Node. Scripts, styles, templates, embedded documents and the `<head>` are dropped with their
 * contents; block elements become paragraph breaks, `<br>` a line break; character references
 * are decoded; runs of whitespace inside a paragraph collapse to one space (except in `<pre>`).
 */
import { decodeEntities } from './entities';

/** Elements whose contents are never article text. */
const DROPPED = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'head',
	'title',
	'iframe',
	'object',
	'embed',
	'svg',
	'math',
	'canvas',
	'select',
	'textarea',
	'button',
	'nav',
	'audio',
	'video'
]);

/** Elements that end a paragraph (start or end tag). */
const BLOCK = new Set([
	'address',
	'article',
	'aside',
	'blockquote',
	'body',
	'dd',
	'details',
	'div',
	'dl',
	'dt',
	'fieldset',
	'figcaption',
	'figure',
	'footer',
	'form',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'header',
	'hr',
	'html',
	'li',
	'main',
	'ol',
	'p',
	'pre',
	'section',
	'summary',
	'table',
	'tbody',
	'td',
	'tfoot',
	'th',
	'thead',
	'tr',
	'ul'
]);

/** A start or end tag; as in browsers, a tag name runs to white space, `/` or `>`. */
const TAG = /<(\/?)([A-Za-z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/y;

/** The readable text of `html`: paragraphs separated by a blank line. */
export function htmlToText(html: string): string {
	const paragraphs: string[] = [];
	let current = '';
	let pre = 0;
	const flush = () => {
		const text =
			pre > 0 ? current.replaceAll(BR, '\n').replace(/^\n+|\s+$/g, '') : collapse(current);
		if (text) paragraphs.push(text);
		current = '';
	};

	// NUL never belongs in text; removing it frees it to mark <br> until paragraphs are built.
	html = html.replaceAll(BR, '');
	let at = 0;
	while (at < html.length) {
		const lt = html.indexOf('<', at);
		const end = lt === -1 ? html.length : lt;
		if (end > at) current += decodeEntities(html.slice(at, end));
		if (lt === -1) break;
		at = lt;

		if (html.startsWith('<!--', at)) {
			const close = html.indexOf('-->', at + 4);
			at = close === -1 ? html.length : close + 3;
			continue;
		}
		if (html.startsWith('<![CDATA[', at)) {
			const close = html.indexOf(']]>', at + 9);
			current += html.slice(at + 9, close === -1 ? html.length : close);
			at = close === -1 ? html.length : close + 3;
			continue;
		}
		if (html[at + 1] === '!' || html[at + 1] === '?') {
			const close = html.indexOf('>', at);
			at = close === -1 ? html.length : close + 1;
			continue;
		}
		TAG.lastIndex = at;
		const tag = TAG.exec(html);
		if (!tag) {
			// A lone '<' ("a < b") is text, as in browsers.
			current += '<';
			at++;
			continue;
		}
		at = TAG.lastIndex;
		const closing = tag[1] === '/';
		const name = (tag[2] ?? '').toLowerCase();
		if (DROPPED.has(name) && !closing && (tag[3] !== '/' || RAW_TEXT.has(name))) {
			at = skipElement(html, at, name);
			continue;
		}
		if (name === 'br') current += BR;
		else if (BLOCK.has(name)) {
			flush();
			if (name === 'pre') pre = Math.max(0, pre + (closing ? -1 : 1));
		}
	}
	flush();
	return paragraphs.join('\n\n');
}

/** Raw-text elements: without an end tag, browsers read everything after them as their content. */
const RAW_TEXT = new Set(['script', 'style', 'template', 'textarea', 'title', 'noscript']);

/**
 * Index just past the end tag of `name` opened before `from`. Without an end tag, a raw-text
 * element swallows the rest (as in browsers); any other (an unclosed `<head>`, `<nav>`) only its
 * start tag, so a sloppy page does not lose its article.
 */
function skipElement(html: string, from: number, name: string): number {
	const close = new RegExp(`</${name}\\s*>`, 'ig');
	close.lastIndex = from;
	const match = close.exec(html);
	if (match) return close.lastIndex;
	return RAW_TEXT.has(name) ? html.length : from;
}

/** Collapse whitespace to single spaces, keeping `<br>` line breaks as single newlines. */
function collapse(text: string): string {
	return text
		.split(BR)
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter((line) => line !== '')
		.join('\n');
}

const BR = '\u0000';
