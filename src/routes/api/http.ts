/**
 * What the JSON endpoints share: errors as `{ "error": message }` with the right status, and a
 * body reader that enforces the content type (415) and a size cap while streaming (413).
 */
import { json } from '@sveltejs/kit';
import { readCapped } from '$lib/bytes';

/** Largest request body the API reads: the text limit, JSON escaping and a title, and no more. */
export const MAX_BODY_BYTES = 512 * 1024;

export function jsonError(status: number, error: string, headers?: HeadersInit): Response {
	return json({ error }, { status, headers });
}

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/** The request's JSON body, or the error response to send instead. */
export async function readJsonBody(
	request: Request,
	maxBytes = MAX_BODY_BYTES
): Promise<BodyResult> {
	const type =
		(request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
	if (type !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(type)) {
		return fail(
			415,
			`Send JSON with "Content-Type: application/json" (got ${type ? `"${type}"` : 'none'}).`
		);
	}
	const declared = Number(request.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > maxBytes) return fail(413, tooLarge(maxBytes));

	let text: string;
	try {
		const bytes = request.body ? await readCapped(request.body, maxBytes) : new Uint8Array();
		if (!bytes) return fail(413, tooLarge(maxBytes));
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch (error) {
		// adapter-node enforces BODY_SIZE_LIMIT on the stream with a 413 error of its own.
		if ((error as { status?: unknown })?.status === 413) return fail(413, tooLarge(maxBytes));
		return fail(400, 'The request body could not be read as UTF-8.');
	}
	if (text.trim() === '') return fail(400, 'The request body is empty; send a JSON object.');
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch {
		return fail(400, 'The request body is not valid JSON.');
	}
}

function tooLarge(maxBytes: number): string {
	return `The request body is larger than ${Math.round(maxBytes / 1024)} KB; articles are limited to 200 KB of text.`;
}

function fail(status: number, error: string): BodyResult {
	return { ok: false, response: jsonError(status, error) };
}
