/**
 * Security headers. The Content-Security-Policy of pages comes from SvelteKit (`kit.csp` in
 * svelte.config.js hashes its own inline bootstrap script); this module adds what must differ by
 * route: who may frame the page. Only the embed view (`/embed/…`) may be framed, by anyone.
 *
 * Plain JavaScript (typed with JSDoc): the app's hooks use it, and so does the Node server around
 * the app (src/cli/serve.js), which sets the same headers on the static files adapter-node serves
 * before the hooks run.
 */

/**
 * Whether `pathname` is the embeddable view.
 * @param {string} pathname
 */
function isEmbedPath(pathname) {
	return pathname === '/embed' || pathname.startsWith('/embed/');
}

/** For responses that are not pages (JSON, GeoJSON, files): nothing may load or run from them. */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * For scripts served as files. A dedicated worker (MapLibre's, from /_app/immutable/) runs under
 * the policy of its own script's response, so that policy must let it fetch tiles and glyphs.
 */
const SCRIPT_CSP =
	"default-src 'self'; connect-src 'self' data: blob:; img-src 'self' data: blob:; " +
	"object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Browser features no page of the app uses, all turned off. */
const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

/**
 * Options of {@link securityHeaders}.
 * @typedef {object} HeaderOptions
 * @property {boolean} [remoteMap] An online map style is configured (PUBLIC_MAP_STYLE_URL):
 *   pages may then fetch style, tiles, glyphs and sprites over HTTPS. The hosts are the style's
 *   business (a style names several), so any HTTPS origin is allowed for data and images;
 *   scripts stay our own.
 * @property {boolean} [script] The response is a script file (see SCRIPT_CSP).
 */

/** Directives an online map style needs widened, and the sources added to them. */
const REMOTE_MAP_SOURCES = { 'connect-src': 'https:', 'img-src': 'https:' };

/**
 * The headers to set on a response to `pathname`. `pageCsp` is the policy SvelteKit wrote for a
 * rendered page, or null for any other response.
 * @param {string} pathname
 * @param {string | null} pageCsp
 * @param {HeaderOptions} [options]
 * @returns {Record<string, string>}
 */
export function securityHeaders(pathname, pageCsp, { remoteMap = false, script = false } = {}) {
	const embed = isEmbedPath(pathname);
	const frameAncestors = embed ? 'frame-ancestors *' : "frame-ancestors 'none'";
	if (pageCsp && remoteMap) pageCsp = widened(pageCsp, REMOTE_MAP_SOURCES);
	/** @type {Record<string, string>} */
	const headers = {
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
			: script
				? remoteMap
					? widened(SCRIPT_CSP, REMOTE_MAP_SOURCES)
					: SCRIPT_CSP
				: embed
					? "default-src 'none'; frame-ancestors *"
					: NON_PAGE_CSP
	};
	// X-Frame-Options for browsers without CSP frame-ancestors; it cannot say "anyone", so the
	// embed view simply omits it.
	if (!embed) headers['x-frame-options'] = 'DENY';
	return headers;
}

/**
 * `csp` with `sources[name]` appended to each directive `name` it has.
 * @param {string} csp
 * @param {Record<string, string>} sources
 */
function widened(csp, sources) {
	return csp
		.split(';')
		.map((directive) => directive.trim())
		.filter((directive) => directive !== '')
		.map((directive) => {
			const extra = sources[/** @type {string} */ (directive.split(/\s+/)[0]).toLowerCase()];
			return extra ? `${directive} ${extra}` : directive;
		})
		.join('; ');
}

/**
 * `csp` with `name` removed (so the route's frame policy is the only one).
 * @param {string} csp
 * @param {string} name
 */
function withoutDirective(csp, name) {
	return csp
		.split(';')
		.map((directive) => directive.trim())
		.filter(
			(directive) =>
				directive !== '' && /** @type {string} */ (directive.split(/\s+/)[0]).toLowerCase() !== name
		)
		.join('; ');
}
