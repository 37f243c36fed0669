/**
 * The reject stage: every recognised name becomes a record; the reject rules of `pipeline.ts`
 * (one file each in this folder) run on it in order, and the first that holds rejects it (a
 * person, an organisation, a calendar word, part of a longer name). A state abbreviation read
 * after a town ("Paris, Ky.") is fixed by its form and never rejected.
 */

import type { LookupOptions } from '../../gazetteer/index';
import { commonWordRank, FIRST_NAME } from '../lexicon/index';
import type { MemoGazetteer } from '../memo';
import { rejectDemonym, rejectName } from '../pipeline.generated';
import { newRecord, type NameRecord, type Span } from '../record';
import { findChunks } from '../recognise/chunks';
import type { Token } from '../tokenize';
import {
	nameAt,
	rejectInput,
	type RejectDocument,
	type RejectInput,
	type RejectRule
} from './input';
import { collectSurnames } from './surnames';

/** Countries and first-level divisions only (one shared object: the memo keys on it). */
const MAJOR_QUERY: LookupOptions = { limit: 1, kinds: ['country', 'admin1'], loose: false };
const TOP_QUERY: LookupOptions = { limit: 1, loose: false };

/**
 * The first reject rule that holds for the name `x` reads, or null: `NAME_REJECT_RULES` (or, for
 * a demonym, `DEMONYM_REJECT_RULES`) of `pipeline.ts`, each rule called at its own site by the
 * module generated from those lists (`pipeline.generated.ts`), which the engine can inline.
 */
function firstRule(x: RejectInput): RejectRule | null {
	return x.span.form === 'demonym' ? rejectDemonym(x) : rejectName(x);
}

/** The records of the recognised spans: those kept, in reading order, and those rejected. */
export function rejectStage(
	tokens: Token[],
	recognised: Span[],
	gaz: MemoGazetteer
): { kept: NameRecord[]; rejected: NameRecord[] } {
	const { chunks, chunkOf } = findChunks(tokens);
	// A surname that is also a country or state ("Michael Jordan") makes it a person later only
	// where no preposition of place stands before it ("Jordan said", not "flew to Jordan").
	const surnames = new Set<string>();
	const majorSurnames = new Set<string>();
	for (const s of collectSurnames(tokens, chunks)) {
		if (gaz.lookup(s, MAJOR_QUERY).length === 0) surnames.add(s);
		else majorSurnames.add(s);
	}
	const covered = new Uint8Array(tokens.length);
	for (const s of recognised) covered.fill(1, s.from, s.to);
	// A first-level division by its own name, no ordinary word nor first name ("Centre", "Georgia"):
	// countries are left out, as parties take their names ("United Russia").
	const isMajor = (s: Span) => {
		const top = gaz.lookup(s.query, TOP_QUERY)[0];
		return (
			top !== undefined &&
			top.place.kind === 'admin1' &&
			top.place.name === s.query &&
			!s.query
				.split(' ')
				.some((w) => commonWordRank(w.toLowerCase()) < Infinity || FIRST_NAME.has(w))
		);
	};
	const doc: RejectDocument = { tokens, gaz, surnames, majorSurnames, covered, isMajor };
	const kept: NameRecord[] = [];
	const rejected: NameRecord[] = [];
	let x: RejectInput | null = null;
	for (const span of recognised) {
		const chunk = chunks[chunkOf[span.from] ?? -1] ?? null;
		// A state abbreviation read after a town ("Paris, Ky.") is fixed by its form.
		const fixed = span.form !== 'demonym' && span.fixed !== null;
		let rule: RejectRule | null = null;
		if (!fixed) {
			x = x === null ? rejectInput(doc, span, chunk) : nameAt(x, span, chunk);
			rule = firstRule(x);
		}
		const record = newRecord(span);
		if (rule === null) kept.push(record);
		else {
			record.trace.push(rule.id);
			rejected.push(record);
		}
	}
	return { kept, rejected };
}
