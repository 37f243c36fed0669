/**
 * The pipeline: tokenize → recognise → filter → group by name → resolve → confidence → role.
 * Pure: text and gazetteer in, places and mentions out. Never throws on any string.
 */

import type { Candidate, Place } from '../gazetteer/index';
import { memoFor, type MemoGazetteer } from './memo';
import { findChunks, type Chunk } from './candidates/chunks';
import { collectSurnames, rejection } from './candidates/filters';
import { recognize, type Span } from './candidates/recognize';
import { mentionConfidence, placeLikelihood, type NameEvidence } from './confidence';
import { qualifierAfter, type Qualifier } from './context/qualifiers';
import { roleOf } from './context/role';
import { resolveGroups, type NameGroup, type Scored } from './resolve';
import { tokenize, type Token } from './tokenize';
import type {
	GeoparseOptions,
	GeoparseResult,
	Mention,
	PlaceCandidate,
	ResolvedPlace
} from './types';
import { PLACENESS } from './weights';
import { commonWordRank, FIRST_NAME, PERSON_VERBS } from './lexicon/index';

const INDEFINITE = new Set(['a', 'an']);

/** Prior score of a place fixed by its form (a state abbreviation): a large country's. */
const FIXED_SCORE = 9;

/** Candidates fetched per name (one shared object: the memo keys on it). */
const CANDIDATE_QUERY = { limit: 12 };
/** Confidence of a demonym's country: the gazetteer's demonym table is curated. */
const DEMONYM_CONFIDENCE = 0.95;

interface Group extends NameGroup {
	spans: Span[];
	evidence: NameEvidence;
}

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

const LIST_WORDS = new Set(['and', 'or']);

/** Whether span `b` follows span `a` as the next item of a list ("A, B", "A and B"). */
function listedWith(a: Span | undefined, b: Span | undefined, tokens: Token[]): boolean {
	if (!a || !b || a.form !== 'name' || b.form !== 'name') return false;
	const first = tokens[b.from] as Token;
	if (b.from === a.to) return first.gap === 'comma';
	const between = tokens[a.to] as Token;
	return b.from === a.to + 1 && LIST_WORDS.has(between.lower);
}

/**
 * Count, for each name, the other names whose choice lies in the same first-level division
 * ("Nitro" among other West Virginia places): local news names places of one area.
 */
function markNeighbours(groups: Group[], resolved: Scored[][]): void {
	const byAdmin1 = new Map<string, number>();
	const keyOf = (s: Scored | undefined) => {
		const p = s?.candidate.place;
		return p && p.admin1Code && p.kind !== 'country' ? `${p.countryCode}.${p.admin1Code}` : '';
	};
	for (const r of resolved) {
		const k = keyOf(r[0]);
		if (k) byAdmin1.set(k, (byAdmin1.get(k) ?? 0) + 1);
	}
	groups.forEach((g, i) => {
		const k = keyOf(resolved[i]?.[0]);
		g.evidence.neighbours = k ? (byAdmin1.get(k) ?? 1) - 1 : 0;
	});
}

/** Group the accepted name spans by key (one sense per name per document). */
function groupSpans(
	spans: Span[],
	cands: Candidate[][],
	quals: (Qualifier | null)[],
	tokens: Token[]
): Group[] {
	const byKey = new Map<string, Group>();
	spans.forEach((span, i) => {
		const candidates = cands[i] ?? [];
		if (span.form !== 'name' || candidates.length === 0) return;
		let g = byKey.get(span.key);
		if (!g) {
			g = {
				key: span.key,
				candidates,
				qualifiers: [],
				qualifies: [],
				count: 0,
				spans: [],
				evidence: {
					key: span.key,
					words: span.to - span.from,
					capitalisedMidSentence: false,
					acronym: true,
					qualified: false,
					afterArticle: true,
					personVerb: false,
					firstName: span.to - span.from === 1 && FIRST_NAME.has((tokens[span.from] as Token).text),
					listed: false,
					neighbours: 0,
					prominence: Math.max(...candidates.map((c) => c.place.importance))
				}
			};
			byKey.set(span.key, g);
		}
		g.count++;
		g.spans.push(span);
		const q = quals[i];
		if (q) {
			g.qualifiers.push(q);
			g.evidence.qualified = true;
		}
		const first = tokens[span.from] as Token;
		if (!first.sentStart && !first.titleLine) g.evidence.capitalisedMidSentence = true;
		const after = tokens[span.to];
		const speaks =
			after !== undefined &&
			((after.gap === 'space' && PERSON_VERBS.has(after.lower)) ||
				(after.gap === 'comma' && after.lower === 'who'));
		if (speaks) g.evidence.personVerb = true;
		if (listedWith(spans[i - 1], span, tokens) || listedWith(span, spans[i + 1], tokens))
			g.evidence.listed = true;
		const prev = tokens[span.from - 1];
		// "served as a Reserve with…" is a common noun; "a US soldier" a name used as a modifier.
		const modifies =
			after !== undefined &&
			after.gap === 'space' &&
			!after.cap &&
			commonWordRank(after.lower) >= 150;
		if (!(prev && first.gap === 'space' && INDEFINITE.has(prev.lower)) || modifies)
			g.evidence.afterArticle = false;
		if (!(first.allCaps && first.text.replace(/\./g, '').length <= 4 && span.to - span.from === 1))
			g.evidence.acronym = false;
	});
	// "Hall County, Georgia": the qualifier's readings that hold the qualified name win too.
	quals.forEach((q, i) => {
		if (!q || q.span < 0) return;
		const outer = byKey.get((spans[q.span] as Span).key);
		if (outer) outer.qualifies.push(cands[i] ?? []);
	});
	return [...byKey.values()];
}

/** Geoparse a text: every place it names, with every mention. See `types.ts`. */
export function geoparse(options: GeoparseOptions): GeoparseResult {
	const gaz = memoFor(options.gazetteer);
	const text = typeof options.text === 'string' ? options.text : '';
	const maxAlternatives = Math.max(0, options.alternatives ?? 5);
	const tokens = tokenize(text);
	const { chunks, chunkOf } = findChunks(tokens);
	const surnames = collectSurnames(tokens, chunks);
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

	const lookups = new Map<string, Candidate[]>();
	const cands = spans.map((s): Candidate[] => {
		if (s.form !== 'name') return [];
		if (s.fixed)
			return [{ place: s.fixed, score: FIXED_SCORE, match: 'alias', kindHintMatched: false }];
		let c = lookups.get(s.query);
		if (!c) {
			c = candidatesFor(gaz, s.query);
			lookups.set(s.query, c);
		}
		return c;
	});
	const quals = spans.map((_, i) => qualifierAfter(i, spans, cands, tokens, gaz.gaz));

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
	const keep = groups.map((g, i) => {
		const top = resolved[i]?.[0];
		return top !== undefined && placeLikelihood(g.evidence, top) >= PLACENESS.threshold;
	});
	groups = groups.filter((_, i) => keep[i]);
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
		const alternatives = scored.slice(1, 1 + maxAlternatives).map(toCandidate);
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
