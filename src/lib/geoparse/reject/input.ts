/**
 * What a reject rule reads about one recognised name: the span, the words around it, the
 * capitalised chunk it sits in, the document's people, and which tokens other names cover.
 * Built once per name; the rules (`pipeline.ts`, one file each here) only read it.
 */

import type { MemoGazetteer } from '../memo';
import type { Chunk, Rejection, RuleInfo, Span } from '../record';
import type { Token } from '../tokenize';

/** What the whole document tells the reject rules (built once per text: `stage.ts`). */
export interface RejectDocument {
	tokens: Token[];
	gaz: MemoGazetteer;
	/** Surnames (lower case) of the document's people that are no country or state ("Esper"). */
	surnames: Set<string>;
	/** Surnames that also name a country or a first-level division ("Michael Jordan"). */
	majorSurnames: Set<string>;
	/** `covered[i]`: token i belongs to some recognised name or demonym. */
	covered: Uint8Array;
	/** Whether a span is a first-level division by its own name, no ordinary word nor first name. */
	isMajor: (span: Span) => boolean;
}

/** One name as the reject rules see it. */
export interface RejectInput extends RejectDocument {
	span: Span;
	chunk: Chunk | null;
	/** First and last token of the span, and how many words it has. */
	first: Token;
	last: Token;
	words: number;
	/** The tokens right before and right after the span. */
	prev: Token | undefined;
	after: Token | undefined;
	/** A capitalised word joins the span's end ("Lakes Edge", "Niger Delta"). */
	joined: boolean;
}

/** A reject rule: when `test` holds, the name is no place (for `reason`). */
export interface RejectRule extends RuleInfo {
	reason: Rejection;
	test: (x: RejectInput) => boolean;
}

/**
 * How far back a capitalised run is read for evidence about a name. A title or first name further
 * back belongs to another name; the bound keeps a long run of capitalised words (a hostile text of
 * "Baghdad Baghdad …") linear instead of quadratic.
 */
const MAX_LOOKBACK = 8;

/** First token of the capitalised run that ends before `at`, not crossing a connector ("of"). */
export function runStart(tokens: Token[], chunk: Chunk, at: number): number {
	const limit = Math.max(chunk.from, at - MAX_LOOKBACK);
	let k = at;
	while (k > limit && (tokens[k - 1] as Token).cap) k--;
	return k;
}

/**
 * What the reject rules read about a name, for the first name of a text; `nameAt` moves it to
 * each next name. One object per text, not one per name: the rules only read it while they run.
 */
export function rejectInput(doc: RejectDocument, span: Span, chunk: Chunk | null): RejectInput {
	const x: RejectInput = {
		tokens: doc.tokens,
		gaz: doc.gaz,
		surnames: doc.surnames,
		majorSurnames: doc.majorSurnames,
		covered: doc.covered,
		isMajor: doc.isMajor,
		span,
		chunk,
		first: doc.tokens[span.from] as Token,
		last: doc.tokens[span.from] as Token,
		words: 0,
		prev: undefined,
		after: undefined,
		joined: false
	};
	return nameAt(x, span, chunk);
}

/** `x` moved to the name `span` (in `chunk`): the span, its words and the words around it. */
export function nameAt(x: RejectInput, span: Span, chunk: Chunk | null): RejectInput {
	const tokens = x.tokens;
	const after = tokens[span.to];
	x.span = span;
	x.chunk = chunk;
	x.first = tokens[span.from] as Token;
	x.last = tokens[span.to - 1] as Token;
	x.words = span.to - span.from;
	x.prev = tokens[span.from - 1];
	x.after = after;
	x.joined = after !== undefined && after.cap && (after.gap === 'space' || after.gap === 'none');
	return x;
}
