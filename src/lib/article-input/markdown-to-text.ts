/**
 * Markdown to plain text, for a dropped `.md` file: the prose without the markup that would
 * otherwise be read as words (`#` headings, link targets, emphasis marks, image syntax, HTML
 * comments). Paragraphs stay separated by blank lines. Not a full CommonMark parser: articles
 * use a small subset, and anything unrecognised is kept as text rather than lost.
 */
export function markdownToText(markdown: string): string {
	const lines = markdown.replace(/<!--[\s\S]*?-->/g, '').split('\n');
	const out: string[] = [];
	let fenced = false;
	for (const raw of lines) {
		if (/^\s*(```|~~~)/.test(raw)) {
			fenced = !fenced;
			continue;
		}
		if (fenced) {
			out.push(raw);
			continue;
		}
		if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(raw)) {
			out.push('');
			continue;
		}
		out.push(
			inline(
				raw
					.replace(/^\s{0,3}#{1,6}\s+/, '')
					.replace(/\s+#+\s*$/, '')
					.replace(/^\s*>\s?/, '')
			)
		);
	}
	return out
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

function inline(line: string): string {
	return line
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
		.replace(/^\s*\[[^\]]+\]:\s+\S+.*$/, '')
		.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
		.replace(/(^|[^\w*])([*_])(?=\S)(.+?)(?<=\S)\2(?![\w*])/g, '$1$3')
		.replace(/`([^`]+)`/g, '$1');
}
