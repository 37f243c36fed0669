/**
 * The trace in words. Every decision of the pipeline leaves the id of the rule that made it on a
 * name's record or group (`record.ts`); here those ids and the chosen reading's score terms become
 * a place's short plain-language `why` ("named with Kentucky", "3 other places in the story are
 * near", "largest place of this name"), and, on demand, the CLI's `--explain` report. Prose is
 * only built here, after the parse: the stages push ids.
 */

import { RULES } from './pipeline';
import type { GeoparseRun, Group, NameRecord, Scored, ScoreTerms } from './record';
import { WEIGHTS } from './weights';

/** A term must add at least this much to the chosen reading's score to be named in its `why`. */
const NAMED_TERM = 0.25;

/** The qualifier as written after the name ("Kentucky", "Ky.", "Tolland County"), or ''. */
function qualifierWords(text: string, r: NameRecord, records: readonly NameRecord[]): string {
	const q = r.qualifier;
	if (q === null) return '';
	const named = q.span >= 0 ? records[q.span]?.span : undefined;
	if (named !== undefined) return text.slice(named.start, named.end);
	const after = /^,\s*([\p{Lu}][\p{L}.' -]*?)(?=[,;:)\s]*(?:$|\s\p{Ll}|[,;:)]))/u.exec(
		text.slice(r.span.end, r.span.end + 40)
	);
	return after?.[1]?.trim() ?? '';
}

/** "the United States", "the Netherlands", "France": a country's name as a sentence needs it. */
function countryInText(name: string): string {
	return /^(?:United |Central African|Czech Republic|Dominican Republic|Democratic |Republic )|(?:s|Islands|Kingdom|Emirates)$/.test(
		name
	)
		? `the ${name}`
		: name;
}

const has = (trace: readonly string[], id: string) => trace.includes(id);

/**
 * Why the parser chose `top` for group `g`: the evidence that most moved its score, in words,
 * most telling first. `records` are the document's, in reading order (for qualifiers' words).
 */
export function whyOf(
	text: string,
	g: Group,
	scored: readonly Scored[],
	records: readonly NameRecord[]
): string[] {
	const why: string[] = [];
	const top = scored[0];
	if (top === undefined) return why;
	const place = top.candidate.place;
	const t: ScoreTerms | null = g.terms;
	const first = g.records[0];
	const qualified = g.records.find((r) => r.qualifier !== null);
	if (first !== undefined && has(first.trace, 'candidates/fixed-by-form'))
		why.push('named by its abbreviation');
	if (qualified !== undefined && t !== null && t.qualifier > 0) {
		const defined = has(qualified.trace, 'candidates/definition');
		const words = qualifierWords(text, qualified, records);
		if (defined)
			why.push(words ? `the story says it is in ${words}` : 'the story says where it is');
		else if (words) why.push(`named with ${words}`);
	}
	// A raised reading that won: the best known of its namesakes.
	const known = scored.every((x) => x.candidate.place.importance <= place.importance);
	if (known && g.records.some((r) => has(r.trace, 'candidates/event-venue')))
		why.push('named where a contest took place');
	if (known && g.records.some((r) => has(r.trace, 'candidates/seat-of-government')))
		why.push('named as the seat of government');
	if (g.records.some((r) => r.standIns.includes(top.candidate)))
		why.push('no place of this name is known there: the area stands in');
	if (t !== null) {
		if (t.county >= NAMED_TERM) why.push('a county the story names holds it');
		if (t.qualifies >= NAMED_TERM) why.push('it holds a place the story names with it');
		if (t.standalone > 0) why.push('a wire dateline names it');
		if (t.nearCount > 0 && t.near >= NAMED_TERM)
			why.push(
				t.nearCount === 1
					? `1 other place in the story is within ${WEIGHTS.nearKm} km`
					: `${t.nearCount} other places in the story are within ${WEIGHTS.nearKm} km`
			);
		// The narrowest area the other names vote for: a division, else a country.
		const division = t.admin1 >= NAMED_TERM && place.admin1Name && place.kind !== 'admin1';
		if (division) why.push(`other places in the story are in ${place.admin1Name}`);
		else if (t.country >= NAMED_TERM && place.countryName && place.kind !== 'country')
			why.push(`other places in the story are in ${countryInText(place.countryName)}`);
		if (t.listLevel >= NAMED_TERM) why.push('listed with places of its kind');
		if (t.world >= NAMED_TERM) why.push('a wire story names prominent places');
	}
	const others = scored.length - 1;
	if (others === 0) why.push('the only place of this name');
	else if (scored.every((s) => s.candidate.place.importance <= place.importance))
		why.push(`largest of ${others + 1} places of this name`);
	return why;
}

/** A rule's id with its description, for `--explain`. */
const described = (id: string) => `${id}: ${RULES.get(id)?.description ?? ''}`;

/**
 * The `--explain` report of one text: for each mention, in reading order, the rules that read,
 * rejected or judged it and, for a name kept, the top candidates with their scores and shares.
 */
export function explain(text: string, run: GeoparseRun, top = 3): string {
	const lines: string[] = [];
	const resolved = new Map<Group, readonly Scored[]>();
	run.kept.forEach((g, i) => resolved.set(g, run.resolved[i] ?? []));
	const all = [...run.records, ...run.rejected].sort((a, b) => a.span.start - b.span.start);
	for (const r of all) {
		const s = r.span;
		const rejected = run.rejected.includes(r);
		const status = rejected
			? 'rejected'
			: s.form === 'demonym'
				? `demonym of ${s.demonymOf?.name ?? '?'}`
				: r.group === null
					? 'no reading in the gazetteer'
					: resolved.has(r.group)
						? 'place'
						: run.result.unresolved?.some((u) => u.start === s.start)
							? 'not on the map: no place of its kind nearby'
							: 'left out: unlikely to be a place here';
		lines.push(`"${text.slice(s.start, s.end)}" [${s.start}, ${s.end}) ${status}`);
		for (const id of r.trace) lines.push(`  ${described(id)}`);
		const g = r.group;
		if (g === null || g.records[0] !== r) {
			if (g !== null) lines.push('  (same name as above: one reading per name)');
			continue;
		}
		for (const id of g.trace) lines.push(`  ${described(id)}`);
		const scored = resolved.get(g);
		if (scored === undefined) continue;
		for (const c of scored.slice(0, top)) {
			const p = c.candidate.place;
			const where = [p.admin1Name, p.countryName].filter(Boolean).join(', ');
			lines.push(
				`  ${c.total.toFixed(2).padStart(7)}  ${(c.share * 100).toFixed(0).padStart(3)}%  ${p.name} (${p.kind}${where ? `, ${where}` : ''}) ${p.id}`
			);
		}
		const why = whyOf(text, g, scored, run.records);
		if (why.length > 0) lines.push(`  why: ${why.join('; ')}`);
	}
	return lines.join('\n') + '\n';
}
