/**
 * Types of the request-hardening layer that `src/hooks.server.ts` applies to every request:
 * per-client rate limits, request-size and content-type guards, and the security headers.
 * Everything here is plain TypeScript over Web `Request`/`Headers` values, so it is unit-tested
 * without a server.
 */

/** A token bucket: `capacity` requests at once, refilled at `refillPerSecond`. */
export interface RateSpec {
	capacity: number;
	refillPerSecond: number;
}

/** The outcome of asking for one request's worth of tokens. */
export type RateDecision =
	| { allowed: true; remaining: number }
	| {
			allowed: false;
			/** Whole seconds until the request would be allowed: the `Retry-After` value. */
			retryAfterSeconds: number;
	  };

/** Why a request was refused before reaching its route, as the JSON error to answer with. */
export interface GuardRejection {
	status: 403 | 413 | 415 | 429;
	error: string;
	headers?: Record<string, string>;
}

/** Which rate bucket a request draws from, if any. */
export type RateClass = 'write' | 'compute' | null;
