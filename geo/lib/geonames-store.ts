/**
 * GeoNames rows (cities500 and a deployer's full dump) kept as columns rather than one draft
 * object per row: typed arrays for the numbers, small tables for the repeated codes (feature,
 * country, admin1, admin2), and one UTF-8 record per row for its names (`TextArena`). A row costs about
 * 60 bytes plus its names' bytes, so the full dump (13 M rows) fits where drafts (~0.5 KB each)
 * did not. The assembly (tables.ts) reads a row's draft back one at a time, in entry order.
 *
 * Columns, not a record per row, on purpose: this is the builder's bulk store, sized for tens of
 * millions of rows; everything else in the build stays one object per thing.
 */

import { KINDS } from '../../src/lib/gazetteer/format';
import type { PlaceKind } from '../../src/lib/gazetteer/types';
import { tallyDivisions, type SourceDivisions } from './cities';
import { countSkip, type EntryDraft, type SkipCounts } from './draft';
import { geonamesKind, keepAlternate, keepOtherScript, parseGeonamesLine } from './geonames';
import { importanceOf } from './importance';
import { TextArena } from './text-arena';

/** The id of a row: `gn:<geonameid>`. */
const GN = /^gn:([1-9]\d{0,9})$/;

/** Codes seen, numbered in order of first sight. */
class CodeTable {
	readonly values: string[] = [];
	private readonly index = new Map<string, number>();

	constructor(private readonly limit: number) {}

	code(value: string): number {
		let i = this.index.get(value);
		if (i === undefined) {
			i = this.values.length;
			if (i >= this.limit) throw new RangeError(`more than ${this.limit} distinct codes`);
			this.index.set(value, i);
			this.values.push(value);
		}
		return i;
	}
}

/** A typed array grown by doubling. */
function grow<T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(a: T, n: number): T {
	if (n <= a.length) return a;
	const next = new (a.constructor as new (n: number) => T)(Math.max(n, a.length * 2, 1024));
	next.set(a);
	return next;
}

export class GeonamesStore {
	/** Rows stored, including those another row or a curated entry shadows (see `live`). */
	length = 0;
	readonly sources: string[] = [];
	private readonly featureCodes = new CodeTable(0xffff);
	private readonly countryCodes = new CodeTable(0xffff);
	private readonly admin1Codes = new CodeTable(0xffffffff);
	private readonly admin2Codes = new CodeTable(0xffffffff);
	private geonameIds = new Uint32Array(0);
	private kinds = new Uint8Array(0);
	private sourceOf = new Uint8Array(0);
	private featureCode = new Uint16Array(0);
	private country = new Uint16Array(0);
	private admin1 = new Uint32Array(0);
	private admin2 = new Uint32Array(0);
	private population = new Float64Array(0);
	private importances = new Float64Array(0);
	private lngs = new Float64Array(0);
	private lats = new Float64Array(0);
	/** Per row, the arena address of `name \t asciiAlias \t alternates \t searchNames`. */
	private record = new Float64Array(0);
	/** 1 where the row is the first of its id: the one the artifact keeps. */
	private liveRow = new Uint8Array(0);
	private readonly names = new TextArena();
	/** Bit per geonameid already taken (by a curated entry or an earlier row). */
	private taken = new Uint8Array(0);

	/**
	 * @param takenIds ids of entries that win over any row of theirs (the curated tables, which
	 * come first in the build): such rows are stored (their names still count as a settlement's)
	 * but not live.
	 */
	constructor(takenIds: Iterable<string> = []) {
		for (const id of takenIds) {
			const m = GN.exec(id);
			if (m) this.curated.add(Number(m[1]));
		}
		for (const n of this.curated) this.take(n);
	}

	/** Geonameids of curated entries. */
	private readonly curated = new Set<number>();

	/** Mark a geonameid taken; returns whether it was free. */
	private take(id: number): boolean {
		const byte = id >>> 3;
		if (byte >= this.taken.length) this.taken = grow(this.taken, byte + 1);
		const bit = 1 << (id & 7);
		if ((this.taken[byte] as number) & bit) return false;
		this.taken[byte] = (this.taken[byte] as number) | bit;
		return true;
	}

	/** Whether a live row has this id (a taken id is a live row's unless a curated entry's). */
	has(id: string): boolean {
		const m = GN.exec(id);
		if (!m) return false;
		const n = Number(m[1]);
		return (((this.taken[n >>> 3] ?? 0) >> (n & 7)) & 1) === 1 && !this.curated.has(n);
	}

	/**
	 * Read one source's lines (a dump's, streamed); returns its division statistics. Malformed
	 * rows are counted in `skipped` under the source's name, never fatal.
	 */
	async read(
		source: string,
		lines: Iterable<string> | AsyncIterable<string>,
		skipped: SkipCounts
	): Promise<SourceDivisions> {
		if (this.sources.length === 255) throw new RangeError('more than 255 GeoNames sources');
		const sourceIndex = this.sources.push(source) - 1;
		const divisions: SourceDivisions = { admin1: new Map(), admin2: new Map() };
		for await (const line of lines) {
			if (line === '' || line.startsWith('#')) continue;
			const row = parseGeonamesLine(line);
			if (!row) {
				countSkip(skipped, source);
				continue;
			}
			// Today's geonameids are below 2^24; an id beyond 32 bits is not one.
			if (row.geonameId >= 2 ** 32) {
				countSkip(skipped, source);
				continue;
			}
			const kind = geonamesKind(row);
			if (!kind) continue;
			tallyDivisions(divisions, row);
			const i = this.length;
			if (i === this.geonameIds.length) this.reserve(i + 1);
			this.geonameIds[i] = row.geonameId;
			this.kinds[i] = KINDS.indexOf(kind);
			this.sourceOf[i] = sourceIndex;
			this.featureCode[i] = this.featureCodes.code(row.featureCode);
			this.country[i] = this.countryCodes.code(row.countryCode);
			this.admin1[i] = this.admin1Codes.code(row.admin1Code);
			this.admin2[i] = this.admin2Codes.code(row.admin2Code);
			this.population[i] = row.population;
			this.importances[i] = importanceOf(kind, row.population, row.featureCode);
			this.lngs[i] = row.lng;
			this.lats[i] = row.lat;
			const alias = row.asciiName && row.asciiName !== row.name ? row.asciiName : '';
			// Alternates come from a comma-separated column: no commas or tabs inside them.
			const alternates = row.alternateNames.filter(keepAlternate).join(',');
			const other = row.alternateNames.filter(keepOtherScript).join(',');
			this.record[i] = this.names.append(`${row.name}\t${alias}\t${alternates}\t${other}`);
			this.liveRow[i] = this.take(row.geonameId) ? 1 : 0;
			this.length = i + 1;
		}
		return divisions;
	}

	private reserve(n: number): void {
		this.geonameIds = grow(this.geonameIds, n);
		const size = this.geonameIds.length;
		this.kinds = grow(this.kinds, size);
		this.sourceOf = grow(this.sourceOf, size);
		this.featureCode = grow(this.featureCode, size);
		this.country = grow(this.country, size);
		this.admin1 = grow(this.admin1, size);
		this.admin2 = grow(this.admin2, size);
		this.population = grow(this.population, size);
		this.importances = grow(this.importances, size);
		this.lngs = grow(this.lngs, size);
		this.lats = grow(this.lats, size);
		this.record = grow(this.record, size);
		this.liveRow = grow(this.liveRow, size);
	}

	/** Bytes of names held, for the build report. */
	get nameBytes(): number {
		return this.names.bytes;
	}

	isLive(i: number): boolean {
		return this.liveRow[i] === 1;
	}

	geonameId(i: number): number {
		return this.geonameIds[i] as number;
	}

	/** Position of the row's kind in KINDS. */
	kindIndex(i: number): number {
		return this.kinds[i] as number;
	}

	importance(i: number): number {
		return this.importances[i] as number;
	}

	countryCode(i: number): string {
		return this.countryCodes.values[this.country[i] as number] as string;
	}

	source(i: number): string {
		return this.sources[this.sourceOf[i] as number] as string;
	}

	/**
	 * The first-level division code of the row nearest to a point among the live rows of a
	 * country, or '' when the country has none: what a curated town, which the tables give no
	 * division, lies in (a point near a border may take the neighbour's; rare for a town).
	 */
	nearestAdmin1(country: string, lng: number, lat: number): string {
		const cc = this.countryCodes.values.indexOf(country);
		if (cc < 0) return '';
		const cos = Math.cos((lat * Math.PI) / 180);
		let best = Infinity;
		let at = -1;
		for (let i = 0; i < this.length; i++) {
			if (this.country[i] !== cc || this.liveRow[i] !== 1) continue;
			const dx = ((this.lngs[i] as number) - lng) * cos;
			const dy = (this.lats[i] as number) - lat;
			const d = dx * dx + dy * dy;
			if (d < best) {
				best = d;
				at = i;
			}
		}
		return at < 0 ? '' : (this.admin1Codes.values[this.admin1[at] as number] as string);
	}

	/** The row's name and ASCII name (when it differs), for rows of the given kinds. */
	forEachName(kinds: ReadonlySet<PlaceKind>, visit: (name: string, importance: number) => void) {
		const wanted = new Set([...kinds].map((k) => KINDS.indexOf(k)));
		for (let i = 0; i < this.length; i++) {
			if (!wanted.has(this.kinds[i] as number)) continue;
			const [name = '', alias = ''] = this.names.get(this.record[i] as number).split('\t', 2);
			visit(name, this.importances[i] as number);
			if (alias) visit(alias, this.importances[i] as number);
		}
	}

	/** The row as the draft it stands for. */
	draft(i: number): EntryDraft {
		const [name = '', alias = '', alternates = '', other = ''] = this.names
			.get(this.record[i] as number)
			.split('\t');
		const draft: EntryDraft = {
			id: `gn:${this.geonameIds[i]}`,
			name,
			aliases: alias ? [alias] : [],
			alternates: alternates ? alternates.split(',') : [],
			kind: KINDS[this.kinds[i] as number] as PlaceKind,
			featureCode: this.featureCodes.values[this.featureCode[i] as number] as string,
			countryCode: this.countryCode(i),
			admin1: this.admin1Codes.values[this.admin1[i] as number] as string,
			admin2: this.admin2Codes.values[this.admin2[i] as number] as string,
			population: this.population[i] as number,
			importance: this.importances[i] as number,
			lng: this.lngs[i] as number,
			lat: this.lats[i] as number,
			bbox: null,
			source: this.source(i)
		};
		if (other) draft.searchNames = other.split(',');
		return draft;
	}
}
