/**
 * The correction code (`article/correction-code.ts`), fetched only when there is something to
 * correct: before the page hydrates when its link carries corrections or edits
 * (src/hooks.client.ts; the server loads it at start), else once the page is idle with the
 * reader's other tools, before any edit can be made.
 */
import { hasEdits } from '../share/edits-params';
import type { ShareState } from '../share/types';
import { Lazy } from '../lazy/lazy.svelte';

export const correctionCode = new Lazy(() => import('../article/correction-code'));

/** Whether a share state has corrections or edits to apply (and so needs the correction code). */
export function hasCorrections(state: Pick<ShareState, 'corrections' | 'edits'>): boolean {
	return Object.keys(state.corrections).length > 0 || hasEdits(state.edits);
}
