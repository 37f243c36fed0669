/**
 * Refusals of pages and forms as a page: the no-JavaScript "New map" form posts straight to the
 * server, and a 413, 403 or 429 there used to show the reader raw JSON. The page says what
 * happened and links back; a browser's Back button keeps what was typed.
 */

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

const TITLES: Record<number, string> = {
	403: 'This form cannot be sent from another site',
	413: 'The article is too large',
	415: 'This request cannot be read',
	429: 'Too many requests'
};

/** An HTML page for a refusal of `status` with `message`, linking back to `back`. */
export function htmlError(
	status: number,
	message: string,
	back: string,
	headers?: Record<string, string>
): Response {
	const title = TITLES[status] ?? 'The request was refused';
	const body = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Article map</title></head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<p><a href="${escapeHtml(back)}">Go back</a> (your browser's Back button keeps what you typed).</p>
</body>
</html>
`;
	return new Response(body, {
		status,
		headers: { 'content-type': 'text/html; charset=utf-8', ...headers }
	});
}
