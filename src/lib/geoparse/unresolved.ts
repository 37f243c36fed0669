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

/**
 * The resolve rules that leave a name off the map and list it here, first first (the placeness
 * cut lists only a feature's name, see below).
 */
const DROPS: readonly string[] = [
	featureNamesake.id,
	farOutlier.id,
	loneAbroad.id,
	smallStray.id,
	streetElsewhere.id
];
const DROP_RANK = new Map(DROPS.map((id, k) => [id, k]));

/** What a group's trace says, read once for the mentions of its name. */
interface Dropped {
	/** The first rule of `DROPS` on the trace, or null. */
	first: string | null;
	/** The placeness cut left it out. */
	cut: boolean;
}

function droppedBy(trace: string[]): Dropped {
	let best = DROPS.length;
	let cut = false;
	for (const id of trace) {
		const k = DROP_RANK.get(id);
		if (k !== undefined && k < best) best = k;
		if (id === placenessCut.id) cut = true;
	}
	return { first: DROPS[best] ?? null, cut };
}

/** The unresolved mentions of a text, in reading order, none overlapping another. */
export function unresolvedMentions(
	text: string,
	tokens: Token[],
	records: NameRecord[],
	rejected: NameRecord[]
): UnresolvedMention[] {
	const out: UnresolvedMention[] = [];
	// Per group (its trace), the rule that left it off the map: the mentions of a name share it.
	const dropOf = new Map<string[], Dropped>();
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
		let drop = dropOf.get(trace);
		if (drop === undefined) {
			drop = droppedBy(trace);
			dropOf.set(trace, drop);
		}
		if (drop.first === featureNamesake.id) out.push(mention(text, start, end, drop.first));
		// A feature word says it is a place, though its namesakes were too weak to keep.
		else if (drop.cut && r.trace.includes(featureNamesakeOnly.id))
			out.push(mention(text, start, end, featureNamesakeOnly.id));
		else if (drop.first !== null) out.push(mention(text, start, end, drop.first));
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
