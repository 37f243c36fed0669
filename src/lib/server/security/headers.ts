/**
 * Security headers. The Content-Security-Policy of pages comes from SvelteKit (`kit.csp` in
 * svelte.config.js hashes its own inline bootstrap script); this module adds what must differ by
 * route: who may frame the page. Only the embed view (`/embed/…`) may be framed, by anyone.
 */

/** Whether `pathname` is the embeddable view. */
function isEmbedPath(pathname: string): boolean {
	return pathname === '/embed' || pathname.startsWith('/embed/');
}

/** For responses that are not pages (JSON, GeoJSON, files): nothing may load or run from them. */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Browser features no page of the app uses, all turned off. */
const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

/** Options of {@link securityHeaders}. */
export interface HeaderOptions {
	/**
	 * An online map style is configured (PUBLIC_MAP_STYLE_URL): pages may then fetch style, tiles,
	 * glyphs and sprites over HTTPS. The hosts are the style's business (a style names several), so
	 * any HTTPS origin is allowed for data and images; scripts stay our own.
	 */
	remoteMap?: boolean;
}

/** Directives an online map style needs widened, and the sources added to them. */
const REMOTE_MAP_SOURCES: Record<string, string> = { 'connect-src': 'https:', 'img-src': 'https:' };

/**
 * The headers to set on a response to `pathname`. `pageCsp` is the policy SvelteKit wrote for a
 * rendered page, or null for any other response.
 */
export function securityHeaders(
	pathname: string,
	pageCsp: string | null,
	{ remoteMap = false }: HeaderOptions = {}
): Record<string, string> {
	const embed = isEmbedPath(pathname);
	const frameAncestors = embed ? 'frame-ancestors *' : "frame-ancestors 'none'";
	if (pageCsp && remoteMap) pageCsp = widened(pageCsp, REMOTE_MAP_SOURCES);
	const headers: Record<string, string> = {
		'x-content-type-options': 'nosniff',
		// No page of ours needs a camera, a microphone, the position or payment.
		'permissions-policy': PERMISSIONS_POLICY,
		// A window we open, or that opens us, gets no handle on the other (the embed view is
		// framed, not opened, and keeps working).
		'cross-origin-opener-policy': 'same-origin',
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

/** `csp` with `sources[name]` appended to each directive `name` it has. */
function widened(csp: string, sources: Record<string, string>): string {
	return csp
		.split(';')
		.map((directive) => directive.trim())
		.filter((directive) => directive !== '')
		.map((directive) => {
			const extra = sources[directive.split(/\s+/)[0]!.toLowerCase()];
			return extra ? `${directive} ${extra}` : directive;
		})
		.join('; ');
}

/** `csp` with `name` removed (so the route's frame policy is the only one). */
function withoutDirective(csp: string, name: string): string {
	return csp
		.split(';')
		.map((directive) => directive.trim())
		.filter((directive) => directive !== '' && directive.split(/\s+/)[0]!.toLowerCase() !== name)
		.join('; ');
}
