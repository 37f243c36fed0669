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
import { compareStrings, StringColumn } from '../../src/lib/gazetteer/strings';
import { ColumnWriter } from './column-writer';
import { PostingCollector } from './postings';
import type { ArtifactMeta } from '../../src/lib/gazetteer/types';
import type { EntryDraft } from './draft';
import { entryOrder, idRanks, orderKeys, type EntryRows } from './entry-order';

/** Display aliases kept per entry (all of them are still indexed). */
const MAX_DISPLAY_ALIASES = 24;
/** Ranking penalty per tier, used to order postings (lookup applies the same). */
const TIER_PENALTY = [0, 0.5, 1.5, 0];

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The rows the artifact keeps: the first of each id. */
function liveRows(rows: EntryRows | undefined): Uint32Array {
	if (!rows) return new Uint32Array(0);
	let count = 0;
	for (let i = 0; i < rows.length; i++) if (rows.isLive(i)) count++;
	const live = new Uint32Array(count);
	for (let i = 0, k = 0; i < rows.length; i++) if (rows.isLive(i)) live[k++] = i;
	return live;
}

/** Keep the first draft per id (callers put curated rows first so they win). */
function dedupeById(drafts: EntryDraft[]): EntryDraft[] {
	const seen = new Set<string>();
	return drafts.filter((d) => (seen.has(d.id) ? false : (seen.add(d.id), true)));
}

const clean = (s: string) => s.replace(/[\n\r\t|]+/g, ' ').trim();

/** Whether a string has a UTF-16 unit where `<` and UTF-8 byte order can disagree. */
const HIGH_UNIT = /[\uD800-\uFFFF]/;

/**
 * @param options.consume empty `input` and let each draft go once it is in the tables, so a full
 * dump's drafts and its name index are never in memory whole at the same time.
 * @param options.rows entries held as rows (GeoNames'), read back one at a time in entry order;
 * their ids must be no draft's.
 */
export function assembleTables(
	input: EntryDraft[],
	meta: Omit<ArtifactMeta, 'counts'>,
	options: { consume?: boolean; rows?: EntryRows } = {}
): ArtifactTables {
	const drafts: (EntryDraft | undefined)[] = dedupeById(input);
	if (options.consume) input.length = 0;
	const { rows } = options;
	const live = liveRows(rows);
	const draftCount = drafts.length;
	const n = draftCount + live.length;
	const draftIds = drafts.map((d) => (d as EntryDraft).id);
	const rowIds = Uint32Array.from(live, (i) => (rows as EntryRows).geonameId(i));
	const idRank = idRanks(draftIds, rowIds, byString);
	// UTF-8 order (the id index's) differs from string order only with a unit beyond U+D7FF.
	const idBytesRank = draftIds.some((id) => HIGH_UNIT.test(id))
		? idRanks(draftIds, rowIds, compareStrings)
		: idRank;
	const { kind, importance } = orderKeys(drafts as EntryDraft[], rows, live);
	const order = entryOrder(kind, importance, idRank);
	const countrySet = new Set(drafts.map((d) => (d as EntryDraft).countryCode));
	const sourceSet = new Set(drafts.map((d) => (d as EntryDraft).source));
	if (rows)
		for (const i of live) {
			countrySet.add(rows.countryCode(i));
			sourceSet.add(rows.source(i));
		}
	countrySet.delete('');
	const countryCodes = ['', ...[...countrySet].sort(byString)];
	const sourceNames = [...sourceSet].sort(byString);
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
		idOrder: new Uint32Array(n)
	};
	const cols = {
		ids: new ColumnWriter(),
		names: new ColumnWriter(),
		aliases: new ColumnWriter(),
		featureCodes: new ColumnWriter(),
		admin1: new ColumnWriter(),
		admin2: new ColumnWriter()
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
		const v = order[i] as number;
		const d =
			v < draftCount
				? (drafts[v] as EntryDraft)
				: (rows as EntryRows).draft(live[v - draftCount] as number);
		if (options.consume && v < draftCount) drafts[v] = undefined;
		t.idOrder[idBytesRank[v] as number] = i;
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
	t.ids = cols.ids.finish();
	t.names = cols.names.finish();
	t.aliases = cols.aliases.finish();
	t.featureCodes = cols.featureCodes.finish();
	t.admin1 = cols.admin1.finish();
	t.admin2 = cols.admin2.finish();
	t.bboxEntries = Uint32Array.from(bboxEntries);
	t.bboxes = Int32Array.from(bboxes);
	t.meta.counts = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => byString(a, b)));
	return t;
}
