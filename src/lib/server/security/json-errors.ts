/**
 * The API always answers in JSON. SvelteKit renders its own errors (unknown path, wrong method,
 * a thrown exception) as an HTML page when the client prefers HTML, or as plain text; for `/api/*`
 * these become `{ "error": "…" }` with the same status and headers.
 */

/** The JSON error response for a refusal or failure. */
export function jsonError(
	status: number,
	error: string,
	headers?: Record<string, string>
): Response {
	return new Response(JSON.stringify({ error }), {
		status,
		headers: { 'content-type': 'application/json; charset=utf-8', ...headers }
	});
}

const GENERIC: Record<number, string> = {
	400: 'The request is malformed.',
	404: 'There is no such API endpoint.',
	405: 'This method is not allowed here.',
	413: 'The request body is too large.',
	500: 'The server failed to answer this request.'
};

/**
 * `response` unchanged when it is a success or already `{ "error": … }`; otherwise the same status
 * as JSON in that shape.
 * `message` is the one SvelteKit's `handleError` produced for this request, when there was one.
 */
export async function ensureJsonError(response: Response, message?: string): Promise<Response> {
	if (response.status < 400) return response;
	const type = response.headers.get('content-type') ?? '';
	if (/json/i.test(type)) {
		// SvelteKit's own JSON errors say `{ "message": … }`; the API's contract is `{ "error": … }`.
		const text = await response.text();
		const body = parseObject(text);
		if (typeof body?.error === 'string' || typeof body?.message !== 'string') {
			return new Response(text, response);
		}
		message ??= GENERIC[response.status] ?? body.message;
	}
	let error = message ?? GENERIC[response.status] ?? (response.statusText || 'Request failed.');
	if (!message && /^text\/plain/i.test(type)) {
		const text = (await response.text()).trim();
		if (text && text.length <= 300) error = text;
	} else if (!response.bodyUsed) {
		await response.body?.cancel();
	}
	const headers: Record<string, string> = {};
	const allow = response.headers.get('allow');
	if (allow) headers.allow = allow;
	const retry = response.headers.get('retry-after');
	if (retry) headers['retry-after'] = retry;
	return jsonError(response.status, error, headers);
}

function parseObject(text: string): Record<string, unknown> | null {
	try {
		const value: unknown = JSON.parse(text);
		return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
	} catch {
		return null;
	}
}
