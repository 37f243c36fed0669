/**
 * The names of the query parameters that carry a reader's corrections (`fix`, see `params.ts`)
 * and edits (`add`, `one`, `ok`, see `edits-params.ts`). Its own module: the page's first
 * script asks whether a link has any before it loads anything else (src/hooks.client.ts).
 */
export const CORRECTION_PARAMS = ['fix', 'add', 'one', 'ok'] as const;

/** Whether a link's query has corrections or edits (valid or not: decoding tells). */
export function carriesCorrections(params: URLSearchParams): boolean {
	return CORRECTION_PARAMS.some((name) => params.has(name));
}
