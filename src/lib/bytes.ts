/**
 * Reads a byte stream to its end, or stops as soon as it exceeds `limit` bytes (cancelling the
 * rest, so a huge body or a decompression bomb is never held in memory). Null when over the limit.
 * Pure: runs wherever web streams do (browser, Node, workers).
 */
export async function readCapped(
	stream: ReadableStream<Uint8Array>,
	limit = Infinity
): Promise<Uint8Array | null> {
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		if (size > limit) {
			await reader.cancel().catch(() => {});
			return null;
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}
