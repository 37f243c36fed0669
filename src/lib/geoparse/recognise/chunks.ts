/**
 * Capitalised chunks: maximal runs of capitalised words, with small connector words between
 * them ("Secretary of Defense Mark Esper", "Scottish and North Irish Yeomanry"). A place name
 * found inside a chunk is judged with the whole chunk in view: a first name or a title before
 * it makes it a person, an organisation word after it an organisation.
 */

import { CHUNK_CONNECTORS } from '../lexicon/index';
import type { Chunk } from '../record';
import type { Token } from '../tokenize';

const joins = (t: Token) => t.gap === 'space' || t.gap === 'hyphen' || t.gap === 'none';

/** `chunkOf[i]` is the chunk of token i, or -1 for a word outside any chunk. */
export function findChunks(tokens: Token[]): { chunks: Chunk[]; chunkOf: Int32Array } {
	const chunks: Chunk[] = [];
	const chunkOf = new Int32Array(tokens.length).fill(-1);
	let i = 0;
	while (i < tokens.length) {
		if (!(tokens[i] as Token).cap) {
			i++;
			continue;
		}
		let j = i + 1;
		while (j < tokens.length) {
			const t = tokens[j] as Token;
			if (!joins(t)) break;
			if (t.cap) {
				j++;
				continue;
			}
			// A connector joins only when a capitalised word follows it directly.
			const next = tokens[j + 1];
			if (CHUNK_CONNECTORS.has(t.lower) && next && next.cap && joins(next)) {
				j += 2;
				continue;
			}
			break;
		}
		const id = chunks.length;
		chunks.push({ from: i, to: j });
		for (let k = i; k < j; k++) chunkOf[k] = id;
		i = j;
	}
	return { chunks, chunkOf };
}
