/**
 * Every request passes through here: size and content-type guards and per-client rate limits
 * before the route runs, JSON errors for the API, and the security headers on the way out.
 * At startup the gazetteer is loaded, so a missing or corrupt artifact stops the server with a
 * message that names the fix instead of failing the first request.
 */
import type { Handle, HandleServerError, RequestEvent, ServerInit } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { env as publicEnv } from '$env/dynamic/public';
import { GazetteerLoadError, getGazetteer } from '$lib/server/gazetteer';
import { getAreas } from '$lib/server/areas';
import { getParsePool } from '$lib/server/parse/index';
import { cachedRender, keepRender, renderKey } from '$lib/server/share/render-cache';
import { databasePool, storeStartupProblem } from '$lib/server/store/index';
import { sendContinue } from '$lib/server/http/continue';
import { htmlError } from '$lib/server/security/html-errors';
import { correctionCode } from '$lib/state/correction-code';
import { createGate } from '$lib/server/security/render-gate';
import {
	DEFAULT_RATES,
	checkContentEncoding,
	checkCrossSiteForm,
	checkDeclaredSize,
	checkJsonContentType,
	clientKey,
	createMemoryBuckets,
	createPostgresBuckets,
	createRateLimiter,
	createWorkLimiter,
	ensureJsonError,
	isApiPath,
	isWorkPath,
	jsonError,
	parseRateSpec,
	rateClassOf,
	securityHeaders,
	type BucketStore,
	type GuardRejection,
	type RateClass,
	type RateLimiter,
	type WorkLimiter
} from '$lib/server/security';

/** Distinct clients remembered per kind of limit in memory: about 1 MB of memory at most. */
const MAX_CLIENTS = 10_000;

let limiters: Record<Exclude<RateClass, null>, RateLimiter | null> | null = null;
let workLimiter: WorkLimiter | null = null;
const renderGate = createGate();

export const init: ServerInit = async () => {
	const buckets = limitBuckets();
	limiters = {
		write: limiterFor(env.RATE_LIMIT_WRITES ?? DEFAULT_RATES.write, 'RATE_LIMIT_WRITES', buckets),
		compute: limiterFor(
			env.RATE_LIMIT_GEOPARSE ?? DEFAULT_RATES.compute,
			'RATE_LIMIT_GEOPARSE',
			buckets
		)
	};
	const work = parseRateSpec(env.WORK_LIMIT ?? DEFAULT_RATES.work, 'WORK_LIMIT');
	workLimiter = work && createWorkLimiter(work, buckets);
	const problem = await storeStartupProblem();
	if (problem) {
		console.error(`\nCannot start: ${problem}\n`);
		throw new Error(problem);
	}
	// Pages of links with corrections are rendered corrected (the browser fetches this code
	// only for such links, src/hooks.client.ts).
	await correctionCode.load();
	try {
		getGazetteer();
		// Start the parse workers now: each loads its own gazetteer before the first request.
		getParsePool();
		// The areas too: decoding them holds the event loop for a few hundred milliseconds.
		loadAreasNow();
	} catch (error) {
		if (error instanceof GazetteerLoadError) {
			console.error(`\nCannot start: ${error.message}\n`);
		}
		throw error;
	}
};

/** Load the areas artifact at start; a missing or broken one is logged once, pages draw boxes. */
function loadAreasNow(): void {
	try {
		getAreas();
	} catch {
		// getAreas logged why; areasWithoutOutline treats every area as without outline.
	}
}

/**
 * Where the limits' buckets live: with a PostgreSQL store, in the database, so a client's limit
 * holds across every server (`LIMITS_SHARED=0` keeps them per server); else in memory.
 */
function limitBuckets(): BucketStore {
	const pool = env.LIMITS_SHARED === '0' ? null : databasePool();
	return pool ? createPostgresBuckets(pool, MAX_CLIENTS) : createMemoryBuckets(MAX_CLIENTS);
}

function limiterFor(spec: string, variable: string, buckets: BucketStore): RateLimiter | null {
	const rate = parseRateSpec(spec, variable);
	return rate && createRateLimiter(rate, buckets, variable);
}

/** Messages from `handleError`, so an API failure says the same thing in its JSON body. */
const errorMessages = new WeakMap<RequestEvent, string>();

export const handle: Handle = async ({ event, resolve }) => {
	const { pathname } = event.url;
	const api = isApiPath(pathname);
	const client = clientKey(clientAddress(event));
	event.locals.client = client;
	event.locals.chargeWork = (units) => void workLimiter?.charge(client, units, Date.now());
	let leaveGate: (() => void) | null = null;
	event.locals.holdRenderGate = async () => {
		leaveGate ??= await renderGate.enter();
	};
	const rejection = await guard(event, api, client);
	// A client that sent `Expect: 100-continue` sends its body only now (see http/continue.js).
	if (!rejection) sendContinue(event.platform);
	let response: Response;
	try {
		response = rejection ? refusal(event, api, rejection) : await read(event, resolve);
	} finally {
		(leaveGate as (() => void) | null)?.();
	}
	if (api) response = await ensureJsonError(response, errorMessages.get(event));
	return withHeaders(
		response,
		securityHeaders(pathname, pageCsp(response), {
			remoteMap: Boolean(publicEnv.PUBLIC_MAP_STYLE_URL)
		})
	);
};

/** The route's answer, or a kept answer to the same read of a stored article (render-cache.ts). */
async function read(event: RequestEvent, resolve: Parameters<Handle>[0]['resolve']) {
	const cacheable = renderKey(event.request);
	if (!cacheable) return resolve(event);
	const kept = await cachedRender(event.request, cacheable, event.locals.chargeWork);
	return kept ?? keepRender(cacheable.key, await resolve(event));
}

/** The API refuses in JSON; a page or form (the no-JavaScript "New map") with a page. */
function refusal(event: RequestEvent, api: boolean, rejection: GuardRejection): Response {
	if (api) return jsonError(rejection.status, rejection.error, rejection.headers);
	const back = event.request.method === 'GET' ? event.url.pathname : '/new';
	return htmlError(rejection.status, rejection.error, back, rejection.headers);
}

/** The refusal for a request that must not reach its route, or null. */
async function guard(
	event: RequestEvent,
	api: boolean,
	client: string
): Promise<GuardRejection | null> {
	const { method, headers } = event.request;
	const refused =
		checkDeclaredSize(headers) ??
		checkContentEncoding(headers, api) ??
		(api
			? checkJsonContentType(method, headers)
			: checkCrossSiteForm(method, headers, event.url.origin));
	if (refused) return refused;
	const rateClass = rateClassOf(method, event.url.pathname);
	const limiter = rateClass && limiters?.[rateClass];
	const decision = limiter ? await limiter.take(client, Date.now()) : null;
	if (!decision || decision.allowed) return workGuard(method, event.url.pathname, client);
	return tooMany(decision.retryAfterSeconds);
}

/** 429 while the client's work balance is spent (see security/work-limit.ts). */
async function workGuard(
	method: string,
	pathname: string,
	client: string
): Promise<GuardRejection | null> {
	if (!workLimiter || !isWorkPath(method, pathname)) return null;
	const decision = await workLimiter.check(client, Date.now());
	return decision.allowed ? null : tooMany(decision.retryAfterSeconds);
}

function tooMany(retryAfterSeconds: number): GuardRejection {
	return {
		status: 429,
		error: `Too many requests; try again in ${retryAfterSeconds} s.`,
		headers: { 'retry-after': String(retryAfterSeconds) }
	};
}

function clientAddress(event: RequestEvent): string {
	try {
		return event.getClientAddress();
	} catch {
		// ADDRESS_HEADER is configured but the proxy did not send it: one shared bucket.
		return 'unknown';
	}
}

/** The CSP SvelteKit wrote when the response is a rendered page, else null. */
function pageCsp(response: Response): string | null {
	const type = response.headers.get('content-type') ?? '';
	return type.startsWith('text/html') ? response.headers.get('content-security-policy') : null;
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
	try {
		for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
		return response;
	} catch {
		// Responses built by fetch() or Response.redirect() have immutable headers: copy them.
		const copy = new Response(response.body, response);
		for (const [name, value] of Object.entries(headers)) copy.headers.set(name, value);
		return copy;
	}
}

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status < 500) {
		errorMessages.set(event, message);
		return { message };
	}
	// The cause goes to the log with a reference; the client gets the reference, not the internals.
	const reference = crypto.randomUUID().slice(0, 8);
	console.error(`[${reference}] ${event.request.method} ${event.url.pathname} failed:`, error);
	const safe = `The server failed to answer this request (reference ${reference}).`;
	errorMessages.set(event, safe);
	return { message: safe };
};
