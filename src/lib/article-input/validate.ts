/**
 * Validation of an article a user submits (API body or form), shared by every entry point so
 * they all accept and refuse the same things with the same words.
 */
import {
	MAX_SOURCE_URL_LENGTH,
	MAX_TEXT_BYTES,
	MAX_TITLE_LENGTH,
	formatKB,
	utf8Length
} from './limits';
import { normalizeArticleText } from './read-file';

/** A valid article: normalised text, optional title and http(s) source URL. */
export interface ArticleInput {
	text: string;
	title: string | null;
	sourceUrl: string | null;
}

/** 400: malformed; 413: too large. */
export type ArticleInputResult =
	{ ok: true; article: ArticleInput } | { ok: false; status: 400 | 413; error: string };

/** Check an untrusted value (parsed JSON or form fields) and normalise it. */
export function validateArticleInput(value: unknown): ArticleInputResult {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return bad('Expected a JSON object like {"text": "…", "title": "…"}.');
	}
	const { text, title, sourceUrl } = value as Record<string, unknown>;
	if (typeof text !== 'string') return bad('"text" is required and must be a string.');
	const bytes = utf8Length(text);
	if (bytes > MAX_TEXT_BYTES) {
		return {
			ok: false,
			status: 413,
			error: `The text is ${formatKB(bytes)}; the limit is ${formatKB(MAX_TEXT_BYTES)}.`
		};
	}
	const normalized = normalizeArticleText(text);
	if (normalized.trim() === '')
		return bad('There is no text to map: paste an article or choose a file.');

	let cleanTitle: string | null = null;
	if (title !== undefined && title !== null) {
		if (typeof title !== 'string') return bad('"title" must be a string.');
		cleanTitle = title.replace(/\s+/g, ' ').trim() || null;
		if (cleanTitle && cleanTitle.length > MAX_TITLE_LENGTH) {
			return bad(`"title" is longer than ${MAX_TITLE_LENGTH} characters.`);
		}
	}

	let cleanUrl: string | null = null;
	if (sourceUrl !== undefined && sourceUrl !== null && sourceUrl !== '') {
		if (typeof sourceUrl !== 'string') return bad('"sourceUrl" must be a string.');
		cleanUrl = parseSourceUrl(sourceUrl.trim());
		if (!cleanUrl) return bad('"sourceUrl" must be an http:// or https:// address.');
	}
	return { ok: true, article: { text: normalized, title: cleanTitle, sourceUrl: cleanUrl } };
}

/** The URL in canonical form when it is a plausible http(s) link, else null. */
function parseSourceUrl(value: string): string | null {
	if (value.length > MAX_SOURCE_URL_LENGTH || !URL.canParse(value)) return null;
	const url = new URL(value);
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
	if (url.username || url.password) return null;
	return url.href;
}

function bad(error: string): ArticleInputResult {
	return { ok: false, status: 400, error };
}
