import { describe, expect, it } from 'vitest';
import { readCapped } from '../../src/lib/bytes';

/** A stream of the given chunks that records whether it was cancelled. */
function chunked(chunks: number[][]) {
	const state = { cancelled: false, pulled: 0 };
	const stream = new ReadableStream<Uint8Array>({
		pull(controller) {
			const next = chunks[state.pulled++];
			if (next) controller.enqueue(new Uint8Array(next));
			else controller.close();
		},
		cancel() {
			state.cancelled = true;
		}
	});
	return { stream, state };
}

describe('readCapped', () => {
	it('joins the chunks of a stream within the limit', async () => {
		const { stream } = chunked([[1, 2], [3], [4, 5, 6]]);
		expect(await readCapped(stream, 6)).toEqual(new Uint8Array([1, 2, 3, 4, 5, 6]));
	});

	it('reads an empty stream as no bytes', async () => {
		expect(await readCapped(chunked([]).stream)).toEqual(new Uint8Array());
	});

	it('stops and cancels the stream at the first chunk past the limit', async () => {
		const { stream, state } = chunked([
			[1, 2],
			[3, 4],
			[5, 6],
			[7, 8]
		]);
		expect(await readCapped(stream, 3)).toBeNull();
		expect(state.cancelled).toBe(true);
		expect(state.pulled).toBeLessThan(4);
	});
});
