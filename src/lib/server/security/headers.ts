/**
 * Security headers. The Content-Security-Policy of pages comes from SvelteKit (`kit.csp` in
 * svelte.config.js hashes its own inline bootstrap script); this module adds what must differ by
 * route: who may frame the page. Only the embed view (`/embed/…`) may be framed, by anyone.
 */

/** Whether `pathname` is the embeddable view. */
export function isEmbedPath(pathname: string): boolean {
	return pathname === '/embed' || pathname.startsWith('/embed/');
}

/** For responses that are not pages (JSON, GeoJSON, files): nothing may load or run from them. */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * The headers to set on a response to `pathname`. `pageCsp` is the policy SvelteKit wrote for a
 * rendered page, or null for any other response.
 */
export function securityHeaders(pathname: string, pageCsp: string | null): Record<string, string> {
	const embed = isEmbedPath(pathname);
	const frameAncestors = embed ? 'frame-ancestors *' : "frame-ancestors 'none'";
	const headers: Record<string, string> = {
		'x-content-type-options': 'nosniff',
		// Share links carry the view in the query string; other sites see only our origin.
		'referrer-policy': 'strict-origin-when-cross-origin',
		'content-security-policy': pageCsp
			? `${withoutDirective(pageCsp, 'frame-ancestors')}; ${frameAncestors}`
			: embed
				? "default-src 'none'; frame-ancestors *"
				: NON_PAGE_CSP
	};
	// X-Frame-Options for browsers without CSP frame-ancestors; it cannot say "anyone", so the
	// embed view simply omits it.
	if (!embed) headers['x-frame-options'] = 'DENY';
	return headers;
}

/** `csp` with `name` removed (so the route's frame policy is the only one). */
function withoutDirective(csp: string, name: string): string {
	return csp
		.split(';')
		.map((directive) => directive.trim())
		.filter((directive) => directive !== '' && directive.split(/\s+/)[0]!.toLowerCase() !== name)
		.join('; ');
}
