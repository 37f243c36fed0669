/**
 * What an evidence rule reads about one mention of a name, and what it is: a rule that sets one
 * of the name's evidence flags (`NameEvidence`) from each mention, and says at the end whether
 * its evidence holds (for the trace). The rules are listed in `pipeline.ts`.
 */

import type { Group, NameRecord, RuleInfo, Span } from '../record';
import type { Token } from '../tokenize';

/** One mention of a name as the evidence rules see it. */
export interface MentionView {
	text: string;
	tokens: Token[];
	records: NameRecord[];
	/** The mention's index in `records`. */
	i: number;
	span: Span;
	first: Token;
	/** The tokens right before and right after the mention. */
	prev: Token | undefined;
	after: Token | undefined;
	/** The mention stands where a place is expected (`locative.ts`, or a dated dateline). */
	where: boolean;
	/** A wire dateline with a date after it ("ROTTERDAM 1996-08-22"). */
	dated: boolean;
	/** The mention is a later item of a list whose first item stands where a place is expected. */
	listedPlace: boolean;
}

export interface EvidenceRule extends RuleInfo {
	/** Reads one mention into the group's evidence. */
	mention: (m: MentionView, g: Group) => void;
	/** Whether the evidence holds for the name once every mention is read. */
	holds: (g: Group) => boolean;
}

const LIST_WORDS = new Set(['and', 'or']);

/** Whether span `b` follows span `a` as the next item of a list ("A, B", "A and B"). */
export function listedWith(a: Span | undefined, b: Span | undefined, tokens: Token[]): boolean {
	if (!a || !b || a.form !== 'name' || b.form !== 'name') return false;
	const first = tokens[b.from] as Token;
	if (b.from === a.to) return first.gap === 'comma';
	const between = tokens[a.to] as Token;
	return b.from === a.to + 1 && LIST_WORDS.has(between.lower);
}
