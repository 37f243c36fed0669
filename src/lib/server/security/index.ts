/** Request hardening applied by `src/hooks.server.ts`: see `types.ts`. */
export type * from './types';
export { clientKey, createRateLimiter, type RateLimiter } from './rate-limit';
export { createWorkLimiter, type WorkLimiter } from './work-limit';
export { createMemoryBuckets, type BucketStore } from './buckets';
export { createPostgresBuckets } from './bucket-store-pg';
export {
	MAX_REQUEST_BYTES,
	checkContentEncoding,
	checkCrossSiteForm,
	checkDeclaredSize,
	checkJsonContentType,
	isApiPath,
	isWorkPath,
	rateClassOf
} from './guards';
export { DEFAULT_RATES, parseRateSpec } from './config';
export { ensureJsonError, jsonError } from './json-errors';
export { NON_PAGE_CSP, securityHeaders } from './headers';
