/**
 * The pipeline: tokenize → recognise → filter → group by name → resolve → confidence → role.
 * Pure: text and gazetteer in, places and mentions out. Never throws on any string.
 */

import type { Candidate, LookupOptions, Place } from '../gazetteer/index';
import { memoFor, type MemoGazetteer } from './memo';
import { findChunks, type Chunk } from './candidates/chunks';
import { collectSurnames, rejection } from './candidates/filters';
import { recognize } from './candidates/recognize';
import { mentionConfidence, placeLikelihood } from './confidence';
import { groupSpans, markNeighbours } from './group';
import { qualifierAfter, type Qualifier } from './context/qualifiers';
import { roleOf } from './context/role';
import { resolveGroups, type Scored } from './resolve';
import { tokenize, type Token } from './tokenize';
import type {
	GeoparseOptions,
	GeoparseResult,
	Mention,
	PlaceCandidate,
	ResolvedPlace
} from './types';
import { PLACENESS } from './weights';

/** Prior score of a place fixed by its form (a state abbreviation): a large country's. */
const FIXED_SCORE = 9;

/** Countries and first-level divisions only (one shared object: the memo keys on it). */
const MAJOR_QUERY: LookupOptions = { limit: 1, kinds: ['country', 'admin1'], loose: false };
/** Candidates fetched per name (one shared object: the memo keys on it). */
const CANDIDATE_QUERY = { limit: 12 };
/** Confidence of a demonym's country: the gazetteer's demonym table is curated. */
const DEMONYM_CONFIDENCE = 0.95;

function candidatesFor(gaz: MemoGazetteer, query: string): Candidate[] {
	const all = gaz.lookup(query, CANDIDATE_QUERY);
	const exact = all.filter((c) => c.match !== 'loose');
	// Loose spellings only when nothing matches exactly, and then only the best few.
	return exact.length > 0 ? exact : all.slice(0, 3);
}

function toCandidate(s: Scored): PlaceCandidate {
	const p = s.candidate.place;
	return {
		id: p.id,
		name: p.name,
		kind: p.kind,
		country: p.countryCode || null,
		admin1: p.admin1Name || null,
		point: p.point,
		confidence: Math.round(s.share * 1000) / 1000
	};
}

function isCapital(p: Place): boolean {
	return p.featureCode === 'PPLC';
}

/** Geoparse a text: every place it names, with every mention. See `types.ts`. */
export function geoparse(options: GeoparseOptions): GeoparseResult {
	const gaz = memoFor(options.gazetteer);
	const text = typeof options.text === 'string' ? options.text : '';
	const maxAlternatives = Math.max(0, options.alternatives ?? 5);
	const tokens = tokenize(text);
	const { chunks, chunkOf } = findChunks(tokens);
	// A surname that is also a country or state ("Michael Jordan") does not make it a person later.
	const surnames = new Set(
		[...collectSurnames(tokens, chunks)].filter((s) => gaz.lookup(s, MAJOR_QUERY).length === 0)
	);
	const chunkAt = (i: number): Chunk | null => chunks[chunkOf[i] ?? -1] ?? null;

	const recognised = recognize(text, tokens, gaz);
	const covered = new Uint8Array(tokens.length);
	for (const s of recognised) covered.fill(1, s.from, s.to);
	const spans = recognised.filter((s) => {
		const chunk = chunkAt(s.from);
		if (s.form === 'demonym') {
			// "Scottish and North Irish Yeomanry": a demonym before more of a name is part of it
			// ("British and American troops" is two demonyms).
			const last = chunk ? (tokens[chunk.to - 1] as Token) : null;
			return !chunk || chunk.to === s.to || gaz.demonym(last?.text ?? '') !== null;
		}
		return s.fixed !== null || rejection(s, tokens, chunk, surnames, covered) === null;
	});

	// Arrays here are built by push, not map: an optimised map makes holey arrays, and every
	// loop that had only seen packed ones would be compiled again.
	const lookups = new Map<string, Candidate[]>();
	const cands: Candidate[][] = [];
	for (const s of spans) {
		if (s.form !== 'name') cands.push([]);
		else if (s.fixed)
			cands.push([{ place: s.fixed, score: FIXED_SCORE, match: 'alias', kindHintMatched: false }]);
		else {
			let c = lookups.get(s.query);
			if (!c) {
				c = candidatesFor(gaz, s.query);
				lookups.set(s.query, c);
			}
			cands.push(c);
		}
	}
	const quals: (Qualifier | null)[] = [];
	for (let i = 0; i < spans.length; i++)
		quals.push(qualifierAfter(i, spans, cands, tokens, gaz.gaz));

	const demonyms = new Map<string, number>();
	for (const s of spans) {
		const cc = s.demonymOf?.countryCode;
		if (cc) demonyms.set(cc, Math.min(1, (demonyms.get(cc) ?? 0) + 0.5));
	}

	// Resolve everything, keep the names likely to be places, resolve those again without the rest.
	let groups = groupSpans(spans, cands, quals, tokens);
	// A first, shorter pass is enough to judge which names are places.
	let resolved = resolveGroups(groups, { demonyms }, 2);
	markNeighbours(groups, resolved);
	groups = groups.filter((g, i) => {
		const top = resolved[i]?.[0];
		return top !== undefined && placeLikelihood(g.evidence, top) >= PLACENESS.threshold;
	});
	resolved = resolveGroups(groups, { demonyms });

	const mentions: Mention[] = [];
	const placeOf = new Map<string, Place>();
	groups.forEach((g, gi) => {
		const scored = resolved[gi] as Scored[];
		const top = scored[0] as Scored;
		const placeness = placeLikelihood(g.evidence, top);
		const confidence = mentionConfidence(placeness, top, g.evidence, g.count);
		const place = top.candidate.place;
		placeOf.set(place.id, place);
		const alternatives: PlaceCandidate[] = [];
		for (const s of scored.slice(1, 1 + maxAlternatives)) alternatives.push(toCandidate(s));
		for (const s of g.spans) {
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
	});
	for (const s of spans) {
		if (s.form !== 'demonym' || !s.demonymOf) continue;
		placeOf.set(s.demonymOf.id, s.demonymOf);
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
	return { places: collectPlaces(mentions, placeOf), mentions };
}

/** Places in order of first mention, each with its mentions. */
function collectPlaces(mentions: Mention[], placeOf: Map<string, Place>): ResolvedPlace[] {
	const places = new Map<string, ResolvedPlace>();
	for (const m of mentions) {
		let rp = places.get(m.placeId);
		if (!rp) {
			const p = placeOf.get(m.placeId) as Place;
			rp = {
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
			places.set(m.placeId, rp);
		}
		rp.mentions.push(m);
		rp.confidence = Math.max(rp.confidence, m.confidence);
	}
	return [...places.values()];
}
