/**
 * The names the text says are places but the gazetteer cannot place: a feature whose only
 * readings are namesakes outside the story's countries ("Manchar Lake", `resolve/feature-namesake`),
 * and a feature opened by a word of another language ("Plaza de Mayo",
 * `reject/feature-word-before`), the mention covering the feature's whole name. They are listed
 * apart from the places: never drawn, never in the first view, never in `--jsonl`.
 */

import type { NameRecord } from './record';
import { featureNamesakeOnly } from './candidates/feature-kind';
import { featureStart, featureWordBefore } from './reject/feature-word-before';
import { farOutlier } from './resolve/far-outlier';
import { featureNamesake } from './resolve/feature-namesake';
import { loneAbroad } from './resolve/lone-abroad';
import { placenessCut } from './resolve/places';
import type { Token } from './tokenize';
import type { UnresolvedMention } from './types';

/** The unresolved mentions of a text, in reading order, none overlapping another. */
export function unresolvedMentions(
	text: string,
	tokens: Token[],
	records: NameRecord[],
	rejected: NameRecord[]
): UnresolvedMention[] {
	const out: UnresolvedMention[] = [];
	const add = (start: number, end: number, rule: string) =>
		out.push({ start, end, text: text.slice(start, end), rule });
	for (const r of records) {
		const trace = r.group?.trace ?? [];
		if (trace.includes(featureNamesake.id)) add(r.span.start, r.span.end, featureNamesake.id);
		// A feature word says it is a place, though its namesakes were too weak to keep.
		else if (trace.includes(placenessCut.id) && r.trace.includes(featureNamesakeOnly.id))
			add(r.span.start, r.span.end, featureNamesakeOnly.id);
		else if (trace.includes(farOutlier.id)) add(r.span.start, r.span.end, farOutlier.id);
		else if (trace.includes(loneAbroad.id)) add(r.span.start, r.span.end, loneAbroad.id);
	}
	for (const r of rejected) {
		if (r.trace.at(-1) !== featureWordBefore.id) continue;
		const from = featureStart(tokens, r.span.from);
		if (from >= 0) add((tokens[from] as Token).start, r.span.end, featureWordBefore.id);
	}
	out.sort((a, b) => a.start - b.start);
	const kept: UnresolvedMention[] = [];
	for (const m of out) {
		const last = kept.at(-1);
		if (last === undefined || m.start >= last.end) kept.push(m);
	}
	return kept;
}
