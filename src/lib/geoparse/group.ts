/**
 * Grouping: every mention of one name becomes one group (one sense per name per document), with
 * the evidence its mentions give that it is a place, read by the evidence rules of
 * `pipeline.ts` (`evidence/`, one file each) for the place-likelihood model in `confidence.ts`.
 */

import type { Candidate } from '../gazetteer/index';
import { KIND_WORDS } from '../gazetteer/index';
import { datedLine } from './evidence/dateline';
import { locative } from './evidence/locative';
import { listedWith, type MentionView } from './evidence/mention';
import { FIRST_NAME } from './lexicon/index';
import { kindWordAfter } from './recognise/kind-after-list';
import { kindTail } from './recognise/kind-words';
import { capitalAndDivision, capitalsWithDivision } from './evidence/capital-and-division';
import { readEvidence, traceEvidence } from './pipeline.generated';
import type { Group, NameRecord, Qualifier } from './record';
import type { Token } from './tokenize';

/**
 * Whether qualifier `q` can name the place some of `qualifiers` name: a container of one holds
 * a container of the other ("Ohio" and "United States": yes; "Maine" and "Oregon": no).
 */
function sharesContainer(qualifiers: Qualifier[], q: Qualifier): boolean {
	for (const o of qualifiers) {
		for (const a of o.containers) {
			for (const b of q.containers) {
				const wide = a.admin1 === null || b.admin1 === null || a.admin1 === b.admin1;
				if (a.country === b.country && wide) return true;
			}
		}
	}
	return false;
}

/** "georgia" for the key "town of georgia" (a settlement's kind word, "of", a name), or null. */
function settlementOf(key: string): string | null {
	const space = key.indexOf(' ');
	if (space < 0 || !key.startsWith(' of ', space)) return null;
	return KIND_WORDS[key.slice(0, space)] === 'city' ? key.slice(space + 4) : null;
}

/** The highest importance among a name's candidates. */
function prominence(candidates: Candidate[]): number {
	let max = -Infinity;
	for (const c of candidates) max = Math.max(max, c.place.importance);
	return max;
}

/** Group the accepted name spans by key (one sense per name per document). */
export function groupSpans(text: string, records: NameRecord[], tokens: Token[]): Group[] {
	const byKey = new Map<string, Group>();
	const twoSenses = capitalsWithDivision(records);
	// Whether the previous span stands where a place is expected, itself or as the item of a list.
	let prevWhere = false;
	let m: MentionView | null = null;
	// Plain loops, not callbacks: a hot callback is compiled once alone and again inside its caller.
	for (let i = 0; i < records.length; i++) {
		const record = records[i] as NameRecord;
		const span = record.span;
		const candidates = record.candidates;
		// A dated wire dateline stands where a place is expected, as any other dateline does.
		const dated = datedLine(text, span, tokens);
		const where = locative(span, tokens) || dated;
		// "Officials in London and Geneva said": a list's later items stand where its first does,
		// so the verb after the last is the officials', not the name's.
		const listedPlace: boolean = prevWhere && listedWith(records[i - 1]?.span, span, tokens);
		prevWhere = where || listedPlace;
		if (span.form !== 'name' || candidates.length === 0) continue;
		// "Lima, Ohio … named after Lima, Peru": a name qualified by places that share nothing
		// with its earlier qualifiers is another place of that name, grouped apart.
		const q0 = record.qualifier;
		let groupKey = span.key;
		// "Georgia is a town … The Town of Georgia was chartered": a settlement's name led by its
		// kind word is the name already read.
		const bare = settlementOf(span.key);
		if (bare !== null && byKey.has(bare)) groupKey = bare;
		// "the Kyiv region" names the division; "Kyiv" alone, elsewhere, the capital: two senses.
		else if (twoSenses !== null && twoSenses.has(span.key) && span.rules.includes(kindTail.id)) {
			groupKey = `${span.key}\u0000${kindTail.id}`;
			record.trace.push(capitalAndDivision.id);
		}
		const earlier = byKey.get(groupKey);
		if (q0 && earlier && earlier.qualifiers.length > 0 && !sharesContainer(earlier.qualifiers, q0))
			groupKey = `${span.key}\u0000${q0.containers[0]?.country ?? ''}.${q0.containers[0]?.admin1 ?? ''}`;
		let g = byKey.get(groupKey);
		if (!g) {
			g = {
				key: span.key,
				candidates,
				qualifiers: [],
				qualifies: [],
				count: 0,
				listedWith: [],
				standalone: false,
				standIns: record.standIns,
				records: [],
				trace: [],
				terms: null,
				evidence: {
					key: span.key,
					// "the Batanes islands", "Isabela provinces": read with its kind word, as "X Islands".
					words: span.to - span.from + kindWordAfter(span),
					capitalisedMidSentence: false,
					acronym: true,
					dotted: false,
					qualified: false,
					afterArticle: true,
					beforeName: true,
					personVerb: false,
					locative: false,
					defined: false,
					product: false,
					person: false,
					firstName: span.to - span.from === 1 && FIRST_NAME.has((tokens[span.from] as Token).text),
					listed: false,
					neighbours: 0,
					stranger: false,
					prominence: prominence(candidates)
				}
			};
			byKey.set(groupKey, g);
		}
		g.count++;
		g.records.push(record);
		record.group = g;
		const q = record.qualifier;
		if (q) g.qualifiers.push(q);
		// One view for every mention, moved from one to the next: the rules only read it.
		const first = tokens[span.from] as Token;
		if (m === null)
			m = {
				text,
				tokens,
				records,
				i,
				span,
				first,
				prev: undefined,
				after: undefined,
				where,
				dated,
				listedPlace
			};
		m.i = i;
		m.span = span;
		m.first = first;
		m.prev = tokens[span.from - 1];
		m.after = tokens[span.to];
		m.where = where;
		m.dated = dated;
		m.listedPlace = listedPlace;
		// The rules of EVIDENCE_RULES, in its order, each called at its own site (generated from
		// the list): one loop over the list would make one call site for all of them, which the
		// engine cannot inline; measured, that cost the demo article a third of its parse time.
		readEvidence(m, g);
	}
	// "Ohio and Oregon": the items of a list are read at one level (see resolve/score.ts). Each
	// mention's own group: a name grouped apart ("Lima, Peru" after "Lima, Ohio") or led by its
	// kind word ("the Town of Georgia") is not found under its key.
	for (let i = 1; i < records.length; i++) {
		const before = records[i - 1] as NameRecord;
		const record = records[i] as NameRecord;
		const a = before.group;
		const b = record.group;
		if (!a || !b || a === b || !listedWith(before.span, record.span, tokens)) continue;
		if (!a.listedWith.includes(b)) a.listedWith.push(b);
		if (!b.listedWith.includes(a)) b.listedWith.push(a);
	}
	// "Hall County, Georgia": the qualifier's readings that hold the qualified name win too.
	for (const r of records) {
		const q = r.qualifier;
		if (!q || q.span < 0) continue;
		const outer = (records[q.span] as NameRecord).group;
		if (outer) outer.qualifies.push(r.candidates);
	}
	const groups = [...byKey.values()];
	for (const g of groups) traceEvidence(g);
	return groups;
}
