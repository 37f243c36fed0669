/**
 * Checks a request must pass before its route runs, decided from the method, path and headers
 * alone: nothing here reads the body, so an oversized upload is refused before it is received.
 */
import { MAX_REQUEST_BYTES } from './body-limit.js';
import type { GuardRejection, RateClass } from './types';

/**
 * Largest body any endpoint accepts on the wire (see body-limit.js): any JSON or form that
 * decodes to 200 KB of article text fits. src/cli/serve.js gives adapter-node the same figure
 * as `BODY_SIZE_LIMIT`, which stops a streamed body that declares no length.
 */
export { MAX_REQUEST_BYTES };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether the request is under the JSON API (`/api` and below). */
export function isApiPath(pathname: string): boolean {
	return pathname === '/api' || pathname.startsWith('/api/');
}

/** The 413 refusal for a body over `limit`: of `bytes` when declared (NaN: unreadable). */
export function bodyTooLarge(limit = MAX_REQUEST_BYTES, bytes?: number): GuardRejection {
	const rule = `the limit is ${Math.round(limit / 1024)} KB (articles: 200 KB of text)`;
	if (bytes === undefined) return { status: 413, error: `The request body is over ${rule}.` };
	const size = Number.isFinite(bytes) ? `${Math.ceil(bytes / 1024)} KB` : 'of unknown size';
	return { status: 413, error: `The request body is ${size}; ${rule}.` };
}

/** 413 when the declared `Content-Length` exceeds `limit`, before a byte of the body is read. */
export function checkDeclaredSize(
	headers: Headers,
	limit = MAX_REQUEST_BYTES
): GuardRejection | null {
	const declared = headers.get('content-length');
	if (declared === null) return null;
	const bytes = Number(declared);
	if (Number.isFinite(bytes) && bytes <= limit) return null;
	return bodyTooLarge(limit, Number.isFinite(bytes) ? bytes : NaN);
}

/** Content codings the API decodes (json-body.ts); pages and forms take none. */
const API_CODINGS = new Set(['identity', 'gzip', 'x-gzip', 'deflate', 'br']);

/**
 * 415 for a body in a content coding the server does not decode: the API takes gzip, deflate and
 * br (decompressed under the same size limit); a form, read by SvelteKit, takes none.
 */
export function checkContentEncoding(headers: Headers, api: boolean): GuardRejection | null {
	if (!hasBody(headers)) return null;
	const coding = (headers.get('content-encoding') ?? '').trim().toLowerCase();
	if (coding === '' || coding === 'identity' || (api && API_CODINGS.has(coding))) return null;
	const accepted = api ? 'gzip, deflate, br or none' : 'none';
	return {
		status: 415,
		error: `The body's Content-Encoding ${JSON.stringify(coding.slice(0, 40))} is not accepted (${accepted}).`
	};
}

/** Whether the request carries a body (a bodiless DELETE should hear 405, not 415). */
function hasBody(headers: Headers): boolean {
	if (headers.has('transfer-encoding')) return true;
	const length = headers.get('content-length');
	return length !== null && length !== '0';
}

/**
 * 415 unless `header` (a `Content-Type`) says UTF-8 JSON: `application/json` or a `+json` type,
 * with no charset or `utf-8`.
 */
export function jsonTypeRejection(header: string): GuardRejection | null {
	const [type = '', ...parameters] = header.split(';').map((part) => part.trim().toLowerCase());
	const json = type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
	const charset = parameters.find((part) => part.startsWith('charset='))?.slice(8);
	const utf8 = charset === undefined || /^"?utf-8"?$/.test(charset);
	if (json && utf8) return null;
	return {
		status: 415,
		error: `Send JSON with "Content-Type: application/json" (got ${header ? JSON.stringify(header.slice(0, 100)) : 'none'}).`
	};
}

/**
 * 415 unless a body-carrying API request says it is UTF-8 JSON ({@link jsonTypeRejection}).
 * Safe methods and requests without a body pass.
 */
export function checkJsonContentType(method: string, headers: Headers): GuardRejection | null {
	if (SAFE_METHODS.has(method) || !hasBody(headers)) return null;
	return jsonTypeRejection(headers.get('content-type') ?? '');
}

/** Content types a cross-site HTML form can send without a CORS preflight. */
const FORM_TYPES = new Set([
	'application/x-www-form-urlencoded',
	'multipart/form-data',
	'text/plain',
	'application/x-sveltekit-formdata'
]);

/**
 * 403 for a form-type body posted from another origin (cross-site request forgery). The same
 * rule as SvelteKit's own `csrf.checkOrigin`, which svelte.config.js turns off so that the API
 * can answer such a request with a JSON 415 instead of a plain-text 403: every other origin and
 * content type must pass through here.
 */
export function checkCrossSiteForm(
	method: string,
	headers: Headers,
	origin: string
): GuardRejection | null {
	if (SAFE_METHODS.has(method)) return null;
	const type = (headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
	if (!FORM_TYPES.has(type) || headers.get('origin') === origin) return null;
	return { status: 403, error: `Cross-site ${method} form submissions are forbidden.` };
}

/**
 * The rate bucket a request draws from: `compute` for geoparsing (costly, stores nothing),
 * `write` for every other unsafe method (storing articles, form posts), none for reads.
 */
export function rateClassOf(method: string, pathname: string): RateClass {
	if (SAFE_METHODS.has(method)) return null;
	if (pathname === '/api/geoparse') return 'compute';
	return 'write';
}

/**
 * Whether a request can make the server parse, and so draws on the client's work limit:
 * `POST /api/geoparse` and every read of a stored article's places (its page, embed view, page
 * data and exports).
 */
export function isWorkPath(method: string, pathname: string): boolean {
	if (method === 'POST') return pathname === '/api/geoparse';
	if (method !== 'GET' && method !== 'HEAD') return false;
	return /^\/(?:a|embed)\/[^/]+(?:\/(?:__data\.json|export\.[a-z]+))?\/?$/.test(pathname);
}
