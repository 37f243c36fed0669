/**
 * What a request costs, for the per-client work limit (`WORK_LIMIT`, see the README): bytes of
 * text parsed, and a fraction of the bytes of a parse served from the cache (rendering a page of
 * a 200 KB article still costs the server tens of milliseconds).
 */

/** Charges `units` of work to the client of the current request. */
export type ChargeWork = (units: number) => void;

/** A parse served from the cache costs this fraction of parsing the text. */
export const CACHED_FRACTION = 1 / 4;

export function workCost(text: string, parsed: boolean): number {
	const bytes = Buffer.byteLength(text, 'utf8');
	return parsed ? bytes : Math.ceil(bytes * CACHED_FRACTION);
}
