/**
 * Runs `task` when the browser has nothing else to do (at the latest after `timeout` ms), so
 * code fetched ahead of use never competes with what the reader is waiting for. Returns a
 * function that cancels it.
 */
export function whenIdle(task: () => void, timeout = 2000): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(task, { timeout });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(task, 200);
	return () => clearTimeout(id);
}
