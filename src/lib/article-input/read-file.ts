/**
 * Turn a dropped or chosen file into article text, by its extension: `.txt` as it is, `.md`
 * without its markup, `.html`/`.htm` reduced to text. Line ends are normalised to `\n` and a byte
 * order mark is removed, so offsets are the same wherever the text is parsed again.
 */
import { htmlToText } from './html-to-text';
import { markdownToText } from './markdown-to-text';

export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

export type ArticleFileKind = 'text' | 'markdown' | 'html';

/** The kind of a file by its name, or null when it is not one we read. */
export function articleFileKind(fileName: string): ArticleFileKind | null {
	const name = fileName.toLowerCase();
	if (name.endsWith('.txt')) return 'text';
	if (name.endsWith('.md') || name.endsWith('.markdown')) return 'markdown';
	if (name.endsWith('.html') || name.endsWith('.htm')) return 'html';
	return null;
}

/** Normalised article text: `\n` line ends, no BOM, no trailing spaces at the very end. */
export function normalizeArticleText(text: string): string {
	return text
		.replace(/^\ufeff/, '')
		.replace(/\r\n?/g, '\n')
		.replace(/\s+$/, '');
}

/** The article text of a file's contents. */
export function fileToText(kind: ArticleFileKind, contents: string): string {
	const text = normalizeArticleText(contents);
	if (kind === 'html') return htmlToText(text);
	if (kind === 'markdown') return markdownToText(text);
	return text;
}

/** The first `<title>` or `<h1>` of an HTML document, as a suggested article title. */
export function htmlTitle(html: string): string | null {
	const match =
		/<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html) ??
		/<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i.exec(html);
	if (!match) return null;
	const title = htmlToText(`<p>${match[1]}</p>`).replace(/\s+/g, ' ').trim();
	return title || null;
}
