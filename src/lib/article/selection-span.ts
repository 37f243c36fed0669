/**
 * The reader's text selection as offsets into the article: each paragraph of `ArticleText`
 * carries its start offset (`data-start`), and its text content spells the article's text from
 * there (a mention's number is CSS content, not text), so a boundary's offset is the paragraph's
 * start plus the length of the text before it.
 */
import { trimSpan } from './span';

/** `[start, end)` of the words selected inside `root`, or null. */
export function selectedSpan(
	selection: Selection | null,
	root: HTMLElement,
	text: string
): { start: number; end: number } | null {
	if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
	const range = selection.getRangeAt(0);
	const start = offsetOf(root, range.startContainer, range.startOffset);
	const end = offsetOf(root, range.endContainer, range.endOffset);
	if (start === null || end === null || end <= start) return null;
	const span = trimSpan(text, start, end);
	// The DOM must spell the text: anything else (a changed page) marks nothing rather than wrong words.
	if (!span || text.slice(span.start, span.end).trim() === '') return null;
	const shown = range.toString();
	return shown.includes(text.slice(span.start, span.end)) ? span : null;
}

function offsetOf(root: HTMLElement, node: Node, offset: number): number | null {
	const element = node instanceof Element ? node : node.parentElement;
	const paragraph = element?.closest<HTMLElement>('p[data-start]');
	if (!paragraph || !root.contains(paragraph)) return null;
	const before = document.createRange();
	before.setStart(paragraph, 0);
	before.setEnd(node, offset);
	return Number(paragraph.dataset.start) + before.toString().length;
}
