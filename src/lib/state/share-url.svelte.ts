import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import { withShareParams } from '../share/params';
import type { ShareState } from '../share/types';

/**
 * The address as the reader last wrote it. SvelteKit's `replaceState` is shallow routing: it
 * changes the address bar and `page.state`, but `page.url` stays the URL the page was loaded
 * with. `from` remembers which page that was, so a navigation elsewhere drops the stale value.
 */
let written = $state.raw<{ from: string; url: URL | null; state: ShareState | null }>({
	from: '',
	url: null,
	state: null
});

/**
 * The page's current shareable URL (selection, camera and corrections included): what "Copy
 * link", the downloads and the embed snippet use. Reactive.
 */
export function currentUrl(): URL {
	return written.url && written.from === page.url.href ? written.url : page.url;
}

/**
 * The share state the reader last wrote on this page (what `currentUrl()` says), or null before
 * its first change: then the page's address says the state it opened with. Reactive.
 */
export function currentShareState(): ShareState | null {
	return written.url && written.from === page.url.href ? written.state : null;
}

/**
 * Writes the reader's share state into the address bar, replacing the current history entry
 * (a view change is not a place to go back to). SvelteKit owns the URL: this goes through its
 * router, never MapLibre's hash option or `history` directly.
 */
export function writeShareState(state: ShareState): void {
	const url = withShareParams(currentUrl(), state);
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- the current page's own URL
	replaceState(url, page.state);
	written = { from: page.url.href, url, state };
}
