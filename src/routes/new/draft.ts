/** The form's draft in sessionStorage, so a reload or a failed submit loses nothing. */

const KEY = 'article-map:new-draft';

export interface Draft {
	text: string;
	title: string;
	sourceUrl: string;
}

export function loadDraft(): Draft | null {
	try {
		const raw = sessionStorage.getItem(KEY);
		if (!raw) return null;
		const value = JSON.parse(raw) as Partial<Draft>;
		return {
			text: typeof value.text === 'string' ? value.text : '',
			title: typeof value.title === 'string' ? value.title : '',
			sourceUrl: typeof value.sourceUrl === 'string' ? value.sourceUrl : ''
		};
	} catch {
		return null;
	}
}

export function saveDraft(draft: Draft): void {
	try {
		if (draft.text || draft.title || draft.sourceUrl)
			sessionStorage.setItem(KEY, JSON.stringify(draft));
		else sessionStorage.removeItem(KEY);
	} catch {
		// Storage full or disabled (private mode): the draft is a convenience, not a requirement.
	}
}

export function clearDraft(): void {
	try {
		sessionStorage.removeItem(KEY);
	} catch {
		// See saveDraft.
	}
}
