/**
 * "Deh Now is a village in Howmeh Rural District, … Kerman Province, Iran": the subject of a
 * definition is a name even when the gazetteer does not know it; the divisions the sentence
 * names after it (`context/definition.ts`) still say where it lies.
 */

import { definingNoun } from '../context/defining-noun';
import { commonWordRank, NEVER_PLACES } from '../lexicon/index';
import type { MemoGazetteer } from '../memo';
import { newRecord, type NameRecord, type RuleInfo, type Span } from '../record';
import type { Token } from '../tokenize';

export const definedSubject: RuleInfo = {
	id: 'recognise/defined-subject',
	description: 'a sentence\'s subject the text defines as a place ("Deh Now is a village in …")'
};

/** Prepositions of place after which an unknown name with an appositive is read as a place. */
const APPOSITIVE_AFTER = new Set(['in', 'near', 'outside']);

/** Words at most in a defined name the gazetteer does not know ("Wólka Dąbrowska"). */
const MAX_UNKNOWN_WORDS = 4;

/**
 * `records` with the subjects of definitions that no name covers: "Deh Now is a village in Howmeh
 * Rural District, … Kerman Province, Iran" names a village the gazetteer may not hold, and the
 * divisions named after it (`definitionOf`) still say where it lies. The subject is a run of
 * capitalised words opening a sentence, its first word no ordinary one ("It is a town", "This
 * is a city" define nothing). Spans stay in reading order.
 */
export function withDefinedSubjects(
	text: string,
	tokens: Token[],
	records: NameRecord[],
	gaz: Pick<MemoGazetteer, 'key' | 'has'>
): NameRecord[] {
	const added: NameRecord[] = [];
	let s = 0;
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i] as Token;
		while (s < records.length && (records[s] as NameRecord).span.to <= i) s++;
		if (!t.cap) continue;
		// A sentence's subject, or a name after "in"/"near" that an appositive defines ("in
		// Qertu, a village in Kerman Province,").
		const prev = tokens[i - 1];
		const placed = prev !== undefined && t.gap === 'space' && APPOSITIVE_AFTER.has(prev.lower);
		if (!t.sentStart && !placed) continue;
		if (s < records.length && (records[s] as NameRecord).span.from <= i) continue;
		// The word lists last: most capitalised words fail the cheaper tests above.
		if (commonWordRank(t.lower) < Infinity || NEVER_PLACES.has(t.lower)) continue;
		let to = i + 1;
		while (
			to < tokens.length &&
			to - i < MAX_UNKNOWN_WORDS &&
			(tokens[to] as Token).cap &&
			(tokens[to] as Token).gap === 'space'
		)
			to++;
		// A run reaching a recognised name is that name's lead ("Greater Manchester"), no subject.
		if (s < records.length && (records[s] as NameRecord).span.from < to) continue;
		const end = (tokens[to - 1] as Token).end;
		const query = text.slice(t.start, end);
		const key = gaz.key(query);
		// A name the gazetteer knows was read, and the filters said why it is none ("in January,").
		if (gaz.has(key)) continue;
		const span: Span = {
			from: i,
			to,
			start: t.start,
			end,
			key,
			query,
			form: 'name',
			demonymOf: null,
			fixed: null,
			rules: [definedSubject.id]
		};
		if (definingNoun(span, tokens, text) >= 0) added.push(newRecord(span));
	}
	if (added.length === 0) return records;
	const out: NameRecord[] = [];
	let a = 0;
	for (const r of records) {
		while (a < added.length && (added[a] as NameRecord).span.from < r.span.from)
			out.push(added[a++] as NameRecord);
		out.push(r);
	}
	while (a < added.length) out.push(added[a++] as NameRecord);
	return out;
}
