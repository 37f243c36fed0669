/**
 * Code kept out of the page's first script: a chunk of its own, fetched the first time it is
 * wanted. `value` is null until the code has arrived, then what the chunk gives (reactive, so a
 * template shows a component as soon as it can). Triggers call `preload()` on hover or focus and
 * the reader once the page is idle (`whenIdle`), so the code is there by the time someone opens
 * the thing, and nothing waits or flashes.
 *
 * @example const popup = new Lazy(() => import('./PlacePopup.svelte').then((m) => m.default));
 */
export class Lazy<T> {
	value = $state.raw<T | null>(null);
	#importer: () => Promise<T>;
	#loading: Promise<T> | null = null;

	constructor(importer: () => Promise<T>) {
		this.#importer = importer;
	}

	/** The code, fetched once; a failed fetch is tried again on the next call. */
	load(): Promise<T> {
		this.#loading ??= this.#importer().then(
			(value) => (this.value = value),
			(error: unknown) => {
				this.#loading = null;
				throw error;
			}
		);
		return this.#loading;
	}

	/** Starts fetching the code if it is not here yet; a failure waits for the real use. */
	preload(): void {
		if (!this.value) this.load().catch(() => {});
	}
}
