/**
 * The names the text says are places but the gazetteer cannot place: a feature whose only
 * readings are namesakes outside the story's countries ("Manchar Lake", `resolve/feature-namesake`),
 * a feature opened by a word of another language ("Plaza de Mayo",
 * `reject/feature-word-before`) and a name of another language the gazetteer has only the head
 * of ("Eldorado do Sul", `reject/head-of-name`), the mention covering the whole name; a street of
 * another city than the story's ("Oxford Street in Sydney", `resolve/street-elsewhere`). They are listed
 * apart from the places: never drawn, never in the first view, never in `--jsonl`.
 */

import type { NameRecord } from './record';
import { featureNamesakeOnly } from './candidates/feature-kind';
import { nearNone } from './candidates/near-named';
import { qualifierUnmet } from './candidates/qualify';
import { featureStart, featureWordBefore } from './reject/feature-word-before';
import { headOfName, longerNameEnd } from './reject/head-of-name';
import { farOutlier } from './resolve/far-outlier';
import { featureNamesake } from './resolve/feature-namesake';
import { loneAbroad } from './resolve/lone-abroad';
import { placenessCut } from './resolve/places';
import { smallStray } from './resolve/small-stray';
import { streetElsewhere } from './resolve/street-elsewhere';
import type { Token } from './tokenize';
import { coveredTokens, unknownFeature, unknownFeatures } from './unknown-feature';
import type { UnresolvedMention } from './types';
import { unknownSettlement, unknownSettlements } from './unknown-settlement';

/** An unresolved mention of `text[start, end)`, left out by `rule`. */
function mention(text: string, start: number, end: number, rule: string): UnresolvedMention {
	return { start, end, text: text.slice(start, end), rule };
}

/** The unresolved mentions of a text, in reading order, none overlapping another. */
export function unresolvedMentions(
	text: string,
	tokens: Token[],
	records: NameRecord[],
	rejected: NameRecord[]
): UnresolvedMention[] {
	const out: UnresolvedMention[] = [];
	for (const r of records) {
		const trace = r.group?.trace;
		const { start, end } = r.span;
		if (trace === undefined) {
			// A town placed near another with no reading near it has no readings left.
			if (r.trace.includes(nearNone.id)) out.push(mention(text, start, end, nearNone.id));
			else if (r.trace.includes(qualifierUnmet.id))
				out.push(mention(text, start, end, qualifierUnmet.id));
			continue;
		}
		if (trace.includes(featureNamesake.id)) out.push(mention(text, start, end, featureNamesake.id));
		// A feature word says it is a place, though its namesakes were too weak to keep.
		else if (trace.includes(placenessCut.id) && r.trace.includes(featureNamesakeOnly.id))
			out.push(mention(text, start, end, featureNamesakeOnly.id));
		else if (trace.includes(farOutlier.id)) out.push(mention(text, start, end, farOutlier.id));
		else if (trace.includes(loneAbroad.id)) out.push(mention(text, start, end, loneAbroad.id));
		else if (trace.includes(smallStray.id)) out.push(mention(text, start, end, smallStray.id));
		else if (trace.includes(streetElsewhere.id))
			out.push(mention(text, start, end, streetElsewhere.id));
	}
	for (const r of rejected) {
		// "Eldorado do Sul": the longer name the gazetteer lacks, the head's reading elsewhere.
		if (r.trace.at(-1) === headOfName.id) {
			const end = longerNameEnd(tokens, r.span.to);
			const last = tokens[end - 1];
			// The tail ("Jacuí" of "Salto do Jacuí") is inside the mention its head makes.
			if (end >= 0 && last !== undefined)
				out.push(mention(text, r.span.start, last.end, headOfName.id));
			continue;
		}
		if (r.trace.at(-1) !== featureWordBefore.id) continue;
		const from = featureStart(tokens, r.span.from);
		if (from >= 0)
			out.push(mention(text, (tokens[from] as Token).start, r.span.end, featureWordBefore.id));
	}
	const covered = coveredTokens(tokens, records, rejected);
	for (const [start, end] of unknownFeatures(tokens, covered))
		out.push(mention(text, start, end, unknownFeature.id));
	for (const [start, end] of unknownSettlements(tokens, covered, records))
		out.push(mention(text, start, end, unknownSettlement.id));
	out.sort((a, b) => a.start - b.start);
	const kept: UnresolvedMention[] = [];
	for (const m of out) {
		const last = kept.at(-1);
		if (last === undefined || m.start >= last.end) kept.push(m);
	}
	return kept;
}
