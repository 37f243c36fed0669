/**
 * The reader's text selection as offsets into the article: each paragraph of `ArticleText`
 * carries its start offset (`data-start`), and its text content spells the article's text from
 * there (a mention's number is CSS content, not text), so a boundary's offset is the paragraph's
 * start plus the length of the text before it. A title given apart from the text says so
 * (`data-part="title"`): a selection in it is a span of the title.
 */
import type { TextPart } from '../geoparse/types';
import { trimSpan, type TextSpan } from './span';

/** The texts a selection may lie in: the article's, and the title given apart from it. */
interface SelectableTexts {
	text: string;
	title: string;
}

/**
 * `[start, end)` of the words selected inside `root` (with `part: 'title'` when they are in the
 * title), or null; a selection from the title into the text is none.
 */
export function selectedSpan(
	selection: Selection | null,
	root: HTMLElement,
	texts: SelectableTexts
): (TextSpan & { part?: TextPart }) | null {
	if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
	const range = selection.getRangeAt(0);
	const start = offsetOf(root, range.startContainer, range.startOffset);
	const end = offsetOf(root, range.endContainer, range.endOffset);
	if (start === null || end === null || start.part !== end.part || end.at <= start.at) return null;
	const text = start.part === 'title' ? texts.title : texts.text;
	const span = trimSpan(text, start.at, end.at);
	// The DOM must spell the text: anything else (a changed page) marks nothing rather than wrong words.
	if (!span || text.slice(span.start, span.end).trim() === '') return null;
	const shown = range.toString();
	if (!shown.includes(text.slice(span.start, span.end))) return null;
	return start.part ? { ...span, part: start.part } : span;
}

function offsetOf(
	root: HTMLElement,
	node: Node,
	offset: number
): { at: number; part?: TextPart } | null {
	const element = node instanceof Element ? node : node.parentElement;
	const paragraph = element?.closest<HTMLElement>('[data-start]');
	if (!paragraph || !root.contains(paragraph)) return null;
	const before = document.createRange();
	before.setStart(paragraph, 0);
	before.setEnd(node, offset);
	const at = Number(paragraph.dataset.start) + before.toString().length;
	return paragraph.dataset.part === 'title' ? { at, part: 'title' } : { at };
}
