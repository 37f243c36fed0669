/** One reading of a name raised by a cue, the readings re-sorted best first. */

import { candidate, type Candidate } from '../../gazetteer/index';

/**
 * `candidates` with reading `k`'s prior raised by `by`, best first. Made as the gazetteer makes
 * readings, and built by push: a literal or a map would give the lists another shape, and every
 * stage that reads them would be compiled again for it.
 */
export function raiseReading(candidates: Candidate[], k: number, by: number): Candidate[] {
	const out: Candidate[] = [];
	for (let j = 0; j < candidates.length; j++) {
		const c = candidates[j] as Candidate;
		out.push(j === k ? candidate(c.place, c.score + by, c.match, c.kindHintMatched) : c);
	}
	return out.sort((a, b) => b.score - a.score);
}
