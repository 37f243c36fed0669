/**
 * The reject stage: every recognised name becomes a record; the reject rules of `pipeline.ts`
 * (one file each in this folder) run on it in order, and the first that holds rejects it (a
 * person, an organisation, a calendar word, part of a longer name). A state abbreviation read
 * after a town ("Paris, Ky.") is fixed by its form and never rejected.
 */

import type { LookupOptions } from '../../gazetteer/index';
import { commonWordRank, FIRST_NAME } from '../lexicon/index';
import type { MemoGazetteer } from '../memo';
import { DEMONYM_REJECT_RULES, NAME_REJECT_RULES } from '../pipeline';
import { newRecord, type Chunk, type NameRecord, type Span } from '../record';
import { findChunks } from '../recognise/chunks';
import type { Token } from '../tokenize';
import { rejectInput, type RejectDocument, type RejectRule } from './input';
import { collectSurnames } from './surnames';

/** Countries and first-level divisions only (one shared object: the memo keys on it). */
const MAJOR_QUERY: LookupOptions = { limit: 1, kinds: ['country', 'admin1'], loose: false };
const TOP_QUERY: LookupOptions = { limit: 1, loose: false };

/** The first rule of `rules` that holds, or null. */
function firstRule(
	rules: readonly RejectRule[],
	doc: RejectDocument,
	span: Span,
	chunk: Chunk | null
): RejectRule | null {
	const x = rejectInput(doc, span, chunk);
	for (const rule of rules) if (rule.test(x)) return rule;
	return null;
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
	for (const span of recognised) {
		const chunk = chunks[chunkOf[span.from] ?? -1] ?? null;
		const rules =
			span.form === 'demonym'
				? DEMONYM_REJECT_RULES
				: span.fixed !== null
					? NO_RULES
					: NAME_REJECT_RULES;
		const rule = rules.length === 0 ? null : firstRule(rules, doc, span, chunk);
		const record = newRecord(span);
		if (rule === null) kept.push(record);
		else {
			record.trace.push(rule.id);
			rejected.push(record);
		}
	}
	return { kept, rejected };
}

const NO_RULES: readonly RejectRule[] = [];
