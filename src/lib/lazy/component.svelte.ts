import type { Component } from 'svelte';

/**
 * A component kept out of the page's first script: its code is a chunk of its own, fetched the
 * first time it is wanted. `component` is null until the code has arrived, then the component
 * (reactive, so a template shows it as soon as it can). Its trigger calls `preload()` on hover
 * or focus and the reader once the page is idle (`whenIdle`), so the code is there by the time
 * someone opens the thing and nothing waits or flashes.
 *
 * @example const popup = new LazyComponent(() => import('./PlacePopup.svelte'));
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
export class LazyComponent<C extends Component<any>> {
	component = $state.raw<C | null>(null);
	#importer: () => Promise<{ default: C }>;
	#loading: Promise<C> | null = null;

	constructor(importer: () => Promise<{ default: C }>) {
		this.#importer = importer;
	}

	/** The component, fetching its code once; a failed fetch is tried again on the next call. */
	load(): Promise<C> {
		this.#loading ??= this.#importer().then(
			(module) => (this.component = module.default),
			(error: unknown) => {
				this.#loading = null;
				throw error;
			}
		);
		return this.#loading;
	}

	/** Starts fetching the code, if it is not here yet; a failure waits for the real use. */
	preload(): void {
		if (!this.component) this.load().catch(() => {});
	}
}
