/** Small DOM helpers the reader's keyboard handling shares. */

/** Whether a key pressed on `target` is typing (a text field, a select, editable content). */
export function isEditable(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement &&
		(target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
	);
}

/** What a find-or-pin panel focuses when it opens: the gazetteer search, or the coordinates. */
export type FinderFocus = 'search' | 'pin';

/** Focuses the gazetteer search (or the pin's coordinates) inside `root`. */
export function focusFinder(root: HTMLElement | undefined | null, what: FinderFocus = 'search') {
	const selector = what === 'search' ? 'input[role="combobox"]' : 'input[data-coordinates]';
	root?.querySelector<HTMLInputElement>(selector)?.focus();
}
