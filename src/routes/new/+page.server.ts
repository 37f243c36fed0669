/**
 * The "New map" form, without JavaScript too: store the article and go to its page, or come back
 * with the message and everything the user typed.
 */
import { fail, redirect } from '@sveltejs/kit';
import { htmlToText } from '$lib/article-input/html-to-text';
import { looksLikeHtml } from '$lib/article-input/paste';
import { articleFileKind, fileToText } from '$lib/article-input/read-file';
import { validateArticleInput } from '$lib/article-input/validate';
import { storeArticle } from '$lib/server/share/store-article';
import { articlePath } from '$lib/share/links';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request, locals }) => {
		let form: FormData;
		try {
			form = await request.formData();
		} catch {
			return fail(413, {
				error: 'The form was too large to read; articles are limited to 200 KB of text.',
				text: '',
				title: '',
				sourceUrl: ''
			});
		}
		const field = (name: string) => {
			const value = form.get(name);
			return typeof value === 'string' ? value : '';
		};
		const typed = { text: field('text'), title: field('title'), sourceUrl: field('sourceUrl') };
		// Without JavaScript a chosen file comes with the form: read it as the page would.
		const file = form.get('file');
		if (!typed.text.trim() && file instanceof File && file.size > 0) {
			const kind = articleFileKind(file.name);
			if (!kind) {
				return fail(415, { error: `“${file.name}” is not a .txt, .md or .html file.`, ...typed });
			}
			typed.text = fileToText(kind, await file.text());
		}
		// HTML source typed or pasted without script is read as the page would have read it.
		const input = validateArticleInput(
			looksLikeHtml(typed.text) ? { ...typed, text: htmlToText(typed.text) } : typed
		);
		if (!input.ok) return fail(input.status, { error: input.error, ...typed });
		const stored = await storeArticle(input.article, locals.client);
		if (!stored.ok) return fail(stored.status, { error: stored.error, ...typed });
		redirect(303, articlePath(stored.id));
	}
};
