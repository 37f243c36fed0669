/**
 * Turn merged drafts into the columnar artifact tables: order the entries, build the sorted
 * name-key index with tiered postings, the loose-spelling index and the demonym index.
 * Everything here is deterministic: the output depends only on the set of drafts.
 */

import {
	ALIAS_SEPARATOR,
	COORD_SCALE,
	IMPORTANCE_SCALE,
	KINDS,
	TIER,
	TIER_COUNT,
	type ArtifactTables
} from '../../src/lib/gazetteer/format';
import { looseKey, nameKey, withoutArticle } from '../../src/lib/gazetteer/normalize';
import { compareUtf8, StringColumn, utf8 } from '../../src/lib/gazetteer/strings';
import { PostingCollector } from './postings';
import type { ArtifactMeta } from '../../src/lib/gazetteer/types';
import type { EntryDraft } from './draft';

/** Display aliases kept per entry (all of them are still indexed). */
const MAX_DISPLAY_ALIASES = 24;
/** Ranking penalty per tier, used to order postings (lookup applies the same). */
const TIER_PENALTY = [0, 0.5, 1.5, 0];

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Deterministic entry order: by kind, then importance (desc), then id. */
function orderDrafts(drafts: EntryDraft[]): EntryDraft[] {
	// Sort keys computed once per draft, not per comparison (a full dump has millions).
	const kind = Uint8Array.from(drafts, (d) => KINDS.indexOf(d.kind));
	const importance = Float64Array.from(drafts, (d) => d.importance);
	const order = Uint32Array.from(drafts.keys());
	order.sort(
		(a, b) =>
			(kind[a] as number) - (kind[b] as number) ||
			(importance[b] as number) - (importance[a] as number) ||
			byString((drafts[a] as EntryDraft).id, (drafts[b] as EntryDraft).id)
	);
	return Array.from(order, (i) => drafts[i] as EntryDraft);
}

/** Keep the first draft per id (callers put curated rows first so they win). */
function dedupeById(drafts: EntryDraft[]): EntryDraft[] {
	const seen = new Set<string>();
	return drafts.filter((d) => (seen.has(d.id) ? false : (seen.add(d.id), true)));
}

const clean = (s: string) => s.replace(/[\n\r\t|]+/g, ' ').trim();

/**
 * @param options.consume empty `input` and let each draft go once it is in the tables, so a full
 * dump's drafts and its name index are never in memory whole at the same time.
 */
export function assembleTables(
	input: EntryDraft[],
	meta: Omit<ArtifactMeta, 'counts'>,
	options: { consume?: boolean } = {}
): ArtifactTables {
	const drafts = orderDrafts(dedupeById(input));
	if (options.consume) input.length = 0;
	const n = drafts.length;
	const countryCodes = [
		'',
		...[...new Set(drafts.map((d) => d.countryCode).filter(Boolean))].sort(byString)
	];
	const sourceNames = [...new Set(drafts.map((d) => d.source))].sort(byString);
	const t: ArtifactTables = {
		meta: { ...meta, counts: {} },
		countryCodes,
		sourceNames,
		ids: StringColumn.from([]),
		names: StringColumn.from([]),
		aliases: StringColumn.from([]),
		featureCodes: StringColumn.from([]),
		admin1: StringColumn.from([]),
		admin2: StringColumn.from([]),
		kind: new Uint8Array(n),
		country: new Uint16Array(n),
		source: new Uint8Array(n),
		population: new Float64Array(n),
		importance: new Int32Array(n),
		lng: new Int32Array(n),
		lat: new Int32Array(n),
		bboxEntries: new Uint32Array(0),
		bboxes: new Int32Array(0),
		keys: StringColumn.from([]),
		keyStarts: new Uint32Array(1),
		keyPostings: new Uint32Array(0),
		looseKeys: StringColumn.from([]),
		looseStarts: new Uint32Array(1),
		loosePostings: new Uint32Array(0),
		demonymKeys: StringColumn.from([]),
		demonymStarts: new Uint32Array(1),
		demonymPostings: new Uint32Array(0),
		searchKeys: StringColumn.from([]),
		searchStarts: new Uint32Array(1),
		searchPostings: new Uint32Array(0),
		idOrder: new Uint32Array(0)
	};
	const cols = {
		ids: [] as string[],
		names: [] as string[],
		aliases: [] as string[],
		featureCodes: [] as string[],
		admin1: [] as string[],
		admin2: [] as string[]
	};
	const countryIndex = new Map(countryCodes.map((c, i) => [c, i]));
	const sourceIndex = new Map(sourceNames.map((s, i) => [s, i]));
	const tiered = (code: number) => Math.floor(code / TIER_COUNT);
	const rankTiered = (code: number) =>
		(t.importance[tiered(code)] ?? 0) - (TIER_PENALTY[code % TIER_COUNT] ?? 0) * IMPORTANCE_SCALE;
	const keyIndex = new PostingCollector(tiered, rankTiered);
	const looseIndex = new PostingCollector(tiered, rankTiered);
	// Demonyms: a country's curated demonym (tier 0) before another's weaker one (tier 1).
	const demonymIndex = new PostingCollector(
		(code) => code >> 1,
		(code) => (t.importance[code >> 1] ?? 0) - (TIER_PENALTY[code & 1] ?? 0) * IMPORTANCE_SCALE
	);
	const searchIndex = new PostingCollector(
		(code) => code,
		(code) => t.importance[code] ?? 0
	);
	const post = (index: PostingCollector, key: string, entry: number, tier: number) =>
		index.add(key, entry * TIER_COUNT + tier);
	/** Index one name of entry `i` at its tier; the first sight of a key joins the display list. */
	function addName(raw: string, i: number, tier: number, seenKeys: Set<string>, display: string[]) {
		const s = clean(raw);
		const key = nameKey(s);
		if (key === '') return;
		post(keyIndex, key, i, tier);
		const bare = withoutArticle(key);
		if (bare) post(keyIndex, bare, i, Math.max(tier, TIER.alias));
		if (tier <= TIER.alias) post(looseIndex, looseKey(bare ?? key), i, tier);
		if (!seenKeys.has(key)) {
			seenKeys.add(key);
			if (tier > TIER.name) display.push(s);
		}
	}
	const bboxEntries: number[] = [];
	const bboxes: number[] = [];
	const counts: Record<string, number> = {};

	for (let i = 0; i < n; i++) {
		const d = drafts[i] as EntryDraft;
		if (options.consume) (drafts as unknown[])[i] = undefined;
		const name = clean(d.name);
		cols.ids.push(d.id);
		cols.names.push(name);
		cols.featureCodes.push(clean(d.featureCode));
		cols.admin1.push(clean(d.admin1));
		cols.admin2.push(clean(d.admin2 ?? ''));
		t.kind[i] = KINDS.indexOf(d.kind);
		t.country[i] = countryIndex.get(d.countryCode) ?? 0;
		t.source[i] = sourceIndex.get(d.source) ?? 0;
		t.population[i] = Math.round(d.population);
		t.importance[i] = Math.round(d.importance * IMPORTANCE_SCALE);
		t.lng[i] = Math.round(d.lng * COORD_SCALE);
		t.lat[i] = Math.round(d.lat * COORD_SCALE);
		if (d.bbox) {
			bboxEntries.push(i);
			for (const v of d.bbox) bboxes.push(Math.round(v * COORD_SCALE));
		}
		counts[d.kind] = (counts[d.kind] ?? 0) + 1;

		// Index every name at its tier, plus the form without a leading Arabic article.
		const display: string[] = [];
		const seenKeys = new Set<string>();
		addName(name, i, TIER.name, seenKeys, display);
		for (const a of d.aliases) addName(a, i, TIER.alias, seenKeys, display);
		for (const a of d.alternates) addName(a, i, TIER.alternate, seenKeys, display);
		cols.aliases.push(display.slice(0, MAX_DISPLAY_ALIASES).join(ALIAS_SEPARATOR));
		for (const dem of d.demonyms ?? []) demonymIndex.add(nameKey(dem), i * 2);
		for (const dem of d.weakDemonyms ?? []) demonymIndex.add(nameKey(dem), i * 2 + 1);
		// Search-only names: those the place is not already indexed under.
		for (const raw of d.searchNames ?? []) {
			const key = nameKey(clean(raw));
			if (key === '' || seenKeys.has(key)) continue;
			seenKeys.add(key);
			searchIndex.add(key, i);
			const bare = withoutArticle(key);
			if (bare && !seenKeys.has(bare)) searchIndex.add(bare, i);
		}
	}

	const keys = keyIndex.flatten(n);
	const loose = looseIndex.flatten(n);
	const dem = demonymIndex.flatten(n);
	const search = searchIndex.flatten(n);
	// Demonym postings are plain entry indexes.
	dem.postings = dem.postings.map((code) => code >> 1);
	t.keys = keys.keys;
	t.keyStarts = keys.starts;
	t.keyPostings = keys.postings;
	t.looseKeys = loose.keys;
	t.looseStarts = loose.starts;
	t.loosePostings = loose.postings;
	t.demonymKeys = dem.keys;
	t.demonymStarts = dem.starts;
	t.demonymPostings = dem.postings;
	t.searchKeys = search.keys;
	t.searchStarts = search.starts;
	t.searchPostings = search.postings;
	t.ids = StringColumn.from(cols.ids);
	t.names = StringColumn.from(cols.names);
	t.aliases = StringColumn.from(cols.aliases);
	t.featureCodes = StringColumn.from(cols.featureCodes);
	t.admin1 = StringColumn.from(cols.admin1);
	t.admin2 = StringColumn.from(cols.admin2);
	const idBytes = cols.ids.map(utf8);
	t.idOrder = Uint32Array.from(cols.ids.keys()).sort((a, b) =>
		compareUtf8(idBytes[a] as Uint8Array, idBytes[b] as Uint8Array)
	);
	t.bboxEntries = Uint32Array.from(bboxEntries);
	t.bboxes = Int32Array.from(bboxes);
	t.meta.counts = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => byString(a, b)));
	return t;
}
