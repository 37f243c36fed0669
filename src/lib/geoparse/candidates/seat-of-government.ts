/**
 * "Both parties flew in surrogates from Washington", "lawmakers in Washington": a name with a
 * national capital among its readings, in a sentence about politics or government, is the seat
 * of government, not a small namesake in the story's state (Washington, Georgia, in an Atlanta
 * runoff story). The capital's reading is raised as a kind word would raise it
 * (`WEIGHTS.kindCue`); the story's places still vote, and a qualified name ("Washington, Ga.")
 * or another name ("Washington County") is read as written. Read only for names whose sentence
 * has such a word near the name: a few set lookups per mention, no scan of the text.
 */

import type { Candidate } from '../../gazetteer/index';
import type { MemoGazetteer } from '../memo';
import type { NameRecord, RuleInfo } from '../record';
import type { Token } from '../tokenize';
import { WEIGHTS } from '../weights';
import { raiseReading } from './raise';

export const seatOfGovernment: RuleInfo = {
	id: 'candidates/seat-of-government',
	description:
		'a national capital named in a sentence about politics is the seat of government ("surrogates from Washington")'
};

/**
 * Words of national politics and diplomacy that make a capital's name the seat of government.
 * Not the words of any government ("officials", "lawmakers", "senate", "capitol"): a town's
 * and a state's have those too ("Athens officials" in a Georgia story is Athens, Georgia).
 */
const POLITICS_WORDS = new Set(
	`surrogates congress congressional lobbyists lobbying policymakers diplomats diplomatic
cabinet ministers ministry parliament parliamentary embassy sanctions negotiators bureaucrats
beltway president presidential`.split(/\s+/)
);

/** Words at most read on each side of the name, within its sentence. */
const WINDOW = 12;

/** Whether a politics word stands within `WINDOW` words of the span, in its sentence. */
function politicsNear(tokens: Token[], from: number, to: number): boolean {
	const opens = (tokens[from] as Token).sentStart;
	for (let k = from - 1; !opens && k >= Math.max(0, from - WINDOW); k--) {
		const t = tokens[k] as Token;
		if (POLITICS_WORDS.has(t.lower)) return true;
		if (t.sentStart) break;
	}
	for (let k = to; k < Math.min(tokens.length, to + WINDOW); k++) {
		const t = tokens[k] as Token;
		if (t.sentStart) break;
		if (POLITICS_WORDS.has(t.lower)) return true;
	}
	return false;
}

/** The index of a national capital among readings that are not all capitals, or -1. */
function capitalAmong(candidates: Candidate[], gaz: MemoGazetteer): number {
	let k = -1;
	for (let j = 0; j < candidates.length; j++) {
		if (!gaz.isCapital((candidates[j] as Candidate).place)) continue;
		if (k >= 0) return -1;
		k = j;
	}
	return candidates.length > 1 ? k : -1;
}

/** Raise the capital's reading of names of the seat of government (see above). */
export function seatOfGovernmentStage(
	records: NameRecord[],
	tokens: Token[],
	gaz: MemoGazetteer
): void {
	let keys: Set<string> | null = null;
	for (const r of records) {
		if (r.span.form !== 'name' || r.span.fixed || r.candidates.length < 2) continue;
		if (!politicsNear(tokens, r.span.from, r.span.to)) continue;
		(keys ??= new Set()).add(r.span.key);
	}
	if (keys === null) return;
	// A name the story qualifies anywhere ("Washington, Ga.") is the place its qualifier says.
	for (const r of records) if (r.qualifier !== null) keys.delete(r.span.key);
	for (const r of records) {
		if (!keys.has(r.span.key) || r.span.fixed) continue;
		const k = capitalAmong(r.candidates, gaz);
		if (k < 0) continue;
		r.candidates = raiseReading(r.candidates, k, WEIGHTS.kindCue);
		r.trace.push(seatOfGovernment.id);
	}
}
