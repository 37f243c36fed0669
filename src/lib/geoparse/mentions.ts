/**
 * The output: every mention of every place kept, with its confidence, role and alternatives,
 * and the places in order of first mention.
 */

import type { Place } from '../gazetteer/index';
import { mentionConfidence, placeLikelihood } from './confidence';
import { roleOf } from './context/role';
import { whyOf } from './explain';
import type { Group, NameRecord, Scored } from './record';
import type { Token } from './tokenize';
import type { GeoparseResult, Mention, PlaceCandidate, ResolvedPlace } from './types';

/** Confidence of a demonym's country: the gazetteer's demonym table is curated. */
const DEMONYM_CONFIDENCE = 0.95;

/** An alternative reading (two literals, as `resolvedPlace`: no spread of an optional field). */
function toCandidate(s: Scored): PlaceCandidate {
	const p = s.candidate.place;
	const admin2 = p.admin2Name;
	const confidence = Math.round(s.share * 1000) / 1000;
	return admin2
		? {
				id: p.id,
				name: p.name,
				kind: p.kind,
				country: p.countryCode || null,
				admin1: p.admin1Name || null,
				admin2,
				point: p.point,
				confidence
			}
		: {
				id: p.id,
				name: p.name,
				kind: p.kind,
				country: p.countryCode || null,
				admin1: p.admin1Name || null,
				point: p.point,
				confidence
			};
}

const isCapital = (p: Place) => p.featureCode === 'PPLC';

/** Adds `reasons` to the why of place `id`, each once. */
function because(whyOfPlace: Map<string, string[]>, id: string, reasons: string[]): void {
	const known = whyOfPlace.get(id);
	if (known === undefined) whyOfPlace.set(id, reasons);
	else for (const w of reasons) if (!known.includes(w)) known.push(w);
}

/** Mentions of the resolved groups and of the demonyms, and the places they name. */
export function collectMentions(options: {
	text: string;
	tokens: Token[];
	records: NameRecord[];
	groups: Group[];
	resolved: Scored[][];
	maxAlternatives: number;
	/** Build each place's why from the trace (`explain.ts`). */
	why: boolean;
}): GeoparseResult {
	const { text, tokens } = options;
	const mentions: Mention[] = [];
	const placeOf = new Map<string, Place>();
	const whyOfPlace = new Map<string, string[]>();
	for (let gi = 0; gi < options.groups.length; gi++) {
		const g = options.groups[gi] as Group;
		const scored = options.resolved[gi] as Scored[];
		const top = scored[0] as Scored;
		const placeness = placeLikelihood(g.evidence, top);
		const confidence = mentionConfidence(placeness, top, g.evidence, g.count);
		const place = top.candidate.place;
		placeOf.set(place.id, place);
		if (options.why) because(whyOfPlace, place.id, whyOf(text, g, scored, options.records));
		const alternatives: PlaceCandidate[] = [];
		const last = Math.min(scored.length, 1 + options.maxAlternatives);
		for (let k = 1; k < last; k++) alternatives.push(toCandidate(scored[k] as Scored));
		for (const r of g.records) {
			const s = r.span;
			mentions.push({
				start: s.start,
				end: s.end,
				text: text.slice(s.start, s.end),
				role: roleOf(tokens, s.from, s.to, 'name', place.kind, isCapital(place)),
				form: 'name',
				placeId: place.id,
				confidence,
				alternatives
			});
		}
	}
	for (const r of options.records) {
		const s = r.span;
		if (s.form !== 'demonym' || !s.demonymOf) continue;
		placeOf.set(s.demonymOf.id, s.demonymOf);
		if (options.why)
			because(whyOfPlace, s.demonymOf.id, [`called "${text.slice(s.start, s.end)}"`]);
		mentions.push({
			start: s.start,
			end: s.end,
			text: text.slice(s.start, s.end),
			role: 'associative',
			form: 'demonym',
			placeId: s.demonymOf.id,
			confidence: DEMONYM_CONFIDENCE,
			alternatives: []
		});
	}
	mentions.sort((a, b) => a.start - b.start || a.end - b.end);
	return { places: collectPlaces(mentions, placeOf, whyOfPlace), mentions };
}

/** A place of the output, without mentions yet (two literals: no spread of an optional field). */
function resolvedPlace(p: Place): ResolvedPlace {
	const admin2 = p.admin2Name;
	return admin2
		? {
				id: p.id,
				name: p.name,
				kind: p.kind,
				country: p.countryCode || null,
				admin1: p.admin1Name || null,
				admin2,
				point: p.point,
				bbox: p.bbox,
				confidence: 0,
				mentions: []
			}
		: {
				id: p.id,
				name: p.name,
				kind: p.kind,
				country: p.countryCode || null,
				admin1: p.admin1Name || null,
				point: p.point,
				bbox: p.bbox,
				confidence: 0,
				mentions: []
			};
}

/** Places in order of first mention, each with its mentions. */
function collectPlaces(
	mentions: Mention[],
	placeOf: Map<string, Place>,
	whyOfPlace: Map<string, string[]>
): ResolvedPlace[] {
	const places = new Map<string, ResolvedPlace>();
	for (const m of mentions) {
		let rp = places.get(m.placeId);
		if (!rp) {
			rp = resolvedPlace(placeOf.get(m.placeId) as Place);
			// Last of the fields, as the JSON output has it.
			if (whyOfPlace.size > 0) rp.why = whyOfPlace.get(m.placeId) ?? [];
			places.set(m.placeId, rp);
		}
		rp.mentions.push(m);
		rp.confidence = Math.max(rp.confidence, m.confidence);
	}
	return [...places.values()];
}
