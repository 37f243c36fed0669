/**
 * One costly render at a time. A page, page data or export of a large article takes tens of
 * milliseconds of the event loop even from the parse cache; when several arrive together the
 * loop runs them back to back and every other request waits behind all of them. Requests that
 * hold the gate run one after another, each yielding the loop in between, so a cheap request
 * waits for one of them at most. Parsing happens before the gate (in the worker pool), so a
 * slow parse never holds it.
 */
export interface Gate {
	/** Wait for the gate; call the returned function to let the next one in. */
	enter(): Promise<() => void>;
	/** Requests waiting (for tests). */
	waiting(): number;
}

export function createGate(): Gate {
	let busy = false;
	const queue: Array<() => void> = [];
	const leave = () => {
		const next = queue.shift();
		if (next) setImmediate(next);
		else busy = false;
	};
	return {
		enter() {
			return new Promise((done) => {
				const admit = () => {
					let left = false;
					done(() => {
						if (left) return;
						left = true;
						leave();
					});
				};
				if (busy) queue.push(admit);
				else {
					busy = true;
					admit();
				}
			});
		},
		waiting: () => queue.length
	};
}
