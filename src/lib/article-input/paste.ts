/**
 * Pasted text, read as the app reads a dropped file: a page copied from a browser (its
 * `text/html` flavour) or HTML source pasted as plain text is reduced to its readable text,
 * paragraphs kept, tags, scripts and styles dropped, character references decoded. Nothing is
 * ever rendered or run: the HTML goes through the same string tokenizer as dropped files.
 */
import { htmlToText } from './html-to-text';

/**
 * Whether plain text is HTML source rather than prose: a document start, or at least two tags
 * of the elements pages are made of. Prose that names one tag ("the <p> element") stays prose.
 */
export function looksLikeHtml(text: string): boolean {
	if (/^\s*<(?:!doctype\s+html|html|head|body)\b/i.test(text)) return true;
	const tags = text.match(
		/<\/?(?:p|div|br|h[1-6]|li|ul|ol|article|section|header|footer|main|span|a|strong|em|b|i|script|style|meta|link|figure|img|blockquote|table|tr|td)\b[^<>]*>/gi
	);
	return (tags?.length ?? 0) >= 2;
}

/** What a paste carries: the clipboard's `text/html` and `text/plain` flavours. */
export interface PastedData {
	html: string;
	plain: string;
}

/**
 * The article text of a paste, or null to let the text box paste it as it is (plain prose).
 * The HTML flavour wins when it has text: it keeps the paragraphs a copied page has.
 */
export function pastedText({ html, plain }: PastedData): string | null {
	if (html.trim() !== '') {
		const text = htmlToText(html);
		if (text !== '') return text;
	}
	return looksLikeHtml(plain) ? htmlToText(plain) : null;
}
