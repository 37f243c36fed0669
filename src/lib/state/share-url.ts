import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import { withShareParams } from '../share/params';
import type { ShareState } from '../share/types';

/**
 * Writes the reader's share state into the address bar, replacing the current history entry
 * (a view change is not a place to go back to). SvelteKit owns the URL: this goes through its
 * router, so `page.url` (the share bar, the export links) follows.
 */
export function writeShareState(state: ShareState): void {
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- the current page's own URL
	replaceState(withShareParams(page.url, state), page.state);
}
