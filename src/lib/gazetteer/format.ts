/**
 * The one versioned artifact schema, shared by the writer (geo/lib/artifact.ts) and the reader
 * (lookup.ts). Bump FORMAT_VERSION on any incompatible change; readers refuse other versions.
 *
 * Layout (little-endian), usually gzip-compressed on disk:
 *   magic "GAZT" | u32 version | u32 header byte length | header JSON (UTF-8) | padding to 8
 *   then each section, 8-byte aligned, at the offset the header gives.
 * String columns are a UTF-8 blob plus a u32 offsets section; numeric columns are raw typed
 * arrays. Reading needs no parsing at all: every column is a view over the file's bytes, so
 * loading costs what reading the file costs, whereas JSON for 250k entries would take seconds.
 */

import { StringColumn } from './strings';
import type { ArtifactMeta, PlaceKind } from './types';

const FORMAT_NAME = 'article-map-gazetteer';
const FORMAT_VERSION = 2;
const MAGIC = 'GAZT';

/** Kind codes: the position in this list is the byte stored in the `kind` column. */
export const KINDS: readonly PlaceKind[] = [
	'continent',
	'country',
	'admin1',
	'admin2',
	'city',
	'town',
	'landmark',
	'region',
	'water',
	// Appended: the byte of every earlier kind is unchanged.
	'neighbourhood'
];

/** Coordinates are stored as integers of 1e-6 degree (about 0.1 m). */
export const COORD_SCALE = 1e6;
/** Importance is stored as integers of 1/1000. */
export const IMPORTANCE_SCALE = 1000;

/**
 * A posting is `entryIndex * TIER_COUNT + tier`, so a key's postings say how the name matched
 * without a second array.
 */
export const TIER_COUNT = 4;
export const TIER = { name: 0, alias: 1, alternate: 2 } as const;

/** Separator of aliases within one entry's alias string. */
export const ALIAS_SEPARATOR = '|';

/** In-memory form of the artifact: what the builder produces and the reader consumes. */
export interface ArtifactTables {
	meta: ArtifactMeta;
	/** ISO alpha-2 codes; `country` column values index this list (0 = '' for no country). */
	countryCodes: string[];
	/** Source names; `source` column values index this list. */
	sourceNames: string[];
	ids: StringColumn;
	names: StringColumn;
	/** Per entry, aliases joined with ALIAS_SEPARATOR. */
	aliases: StringColumn;
	featureCodes: StringColumn;
	/** Per entry, GeoNames admin1 code within its country ('' when none). */
	admin1: StringColumn;
	/**
	 * Per entry, GeoNames admin2 code within its admin1 ('' when none): with the admin1 it names
	 * the entry `admin2:CC.A1.A2`, so the county or district a town is in can be shown.
	 */
	admin2: StringColumn;
	kind: Uint8Array;
	country: Uint16Array;
	source: Uint8Array;
	population: Float64Array;
	/** Importance × IMPORTANCE_SCALE. */
	importance: Int32Array;
	/** Longitude × COORD_SCALE. */
	lng: Int32Array;
	/** Latitude × COORD_SCALE. */
	lat: Int32Array;
	/** Entry indexes that have a bbox, ascending. */
	bboxEntries: Uint32Array;
	/** Four values (w, s, e, n) × COORD_SCALE per entry in bboxEntries. */
	bboxes: Int32Array;
	/** Sorted (JS string order) unique name keys. */
	keys: StringColumn;
	/** Postings of keys[k] are keyPostings[keyStarts[k] .. keyStarts[k + 1]). */
	keyStarts: Uint32Array;
	keyPostings: Uint32Array;
	/** The same, for loose keys (spelling-variant fallback). */
	looseKeys: StringColumn;
	looseStarts: Uint32Array;
	loosePostings: Uint32Array;
	/** The same, for demonym keys; postings are plain entry indexes of countries. */
	demonymKeys: StringColumn;
	demonymStarts: Uint32Array;
	demonymPostings: Uint32Array;
	/**
	 * Names for search only (other languages' names, names held back from free text): keys
	 * the geoparser never reads, which
	 * `search` (the correction search) and `lookup(…, { searchNames: true })` also consult.
	 * Postings are plain entry indexes.
	 */
	searchKeys: StringColumn;
	searchStarts: Uint32Array;
	searchPostings: Uint32Array;
	/** Entry indexes ordered by id (byte order), for lookup by id without a Map. */
	idOrder: Uint32Array;
}

type StringColumnName = {
	[K in keyof ArtifactTables]: ArtifactTables[K] extends StringColumn ? K : never;
}[keyof ArtifactTables];
type NumericColumn = {
	[K in keyof ArtifactTables]: ArtifactTables[K] extends StringColumn | ArtifactMeta | string[]
		? never
		: K;
}[keyof ArtifactTables];

const STRING_COLUMNS: StringColumnName[] = [
	'ids',
	'names',
	'aliases',
	'featureCodes',
	'admin1',
	'admin2',
	'keys',
	'looseKeys',
	'demonymKeys',
	'searchKeys'
];
const NUMERIC_COLUMNS: Record<NumericColumn, 'u8' | 'u16' | 'u32' | 'i32' | 'f64'> = {
	kind: 'u8',
	country: 'u16',
	source: 'u8',
	population: 'f64',
	importance: 'i32',
	lng: 'i32',
	lat: 'i32',
	bboxEntries: 'u32',
	bboxes: 'i32',
	keyStarts: 'u32',
	keyPostings: 'u32',
	looseStarts: 'u32',
	loosePostings: 'u32',
	demonymStarts: 'u32',
	demonymPostings: 'u32',
	searchStarts: 'u32',
	searchPostings: 'u32',
	idOrder: 'u32'
};
const ARRAYS = {
	u8: Uint8Array,
	u16: Uint16Array,
	u32: Uint32Array,
	i32: Int32Array,
	f64: Float64Array
} as const;

interface Header {
	format: string;
	version: number;
	meta: ArtifactMeta;
	countryCodes: string[];
	sourceNames: string[];
	/** Section name → [byte offset after the header, byte length, type, element count]. */
	sections: Record<string, [number, number, string, number]>;
	/**
	 * {@link sectionsChecksum} of every byte after the header: damage inside a section (which
	 * the structure checks cannot see) is refused at load instead of answering nonsense, or
	 * spinning a core, at some later lookup. Absent in artifacts of older builds.
	 */
	checksum?: string;
}

/**
 * A 64-bit checksum of `bytes` (length a multiple of 8), two lanes of multiply-xor over 32-bit
 * words: not cryptographic, but any damaged byte changes it, at a few ms per 10 MB.
 */
function sectionsChecksum(bytes: Uint8Array): string {
	const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2);
	let a = 0x811c9dc5;
	let b = 0x9e3779b9 ^ words.length;
	for (let i = 0; i + 1 < words.length; i += 2) {
		a = Math.imul(a ^ words[i]!, 0x01000193);
		b = Math.imul(b ^ words[i + 1]!, 0x5bd1e995);
		b ^= a >>> 15;
	}
	const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
	return hex(a) + hex(b);
}

/** Raised for any artifact that cannot be read; the loader adds how to fix it. */
class ArtifactError extends Error {
	override name = 'ArtifactError';
}

const align8 = (n: number) => (n + 7) & ~7;

/** Serialise tables to the binary layout (uncompressed). Deterministic for equal tables. */
export function encodeArtifact(t: ArtifactTables): Uint8Array {
	const encoder = new TextEncoder();
	const parts: { name: string; type: string; bytes: Uint8Array; count: number }[] = [];
	for (const name of STRING_COLUMNS) {
		const col = t[name];
		const offsets = new Uint8Array(
			col.offsets.buffer,
			col.offsets.byteOffset,
			col.offsets.byteLength
		);
		parts.push({ name, type: 'utf8', bytes: col.bytes, count: col.length });
		parts.push({ name: `${name}Offsets`, type: 'u32', bytes: offsets, count: col.offsets.length });
	}
	for (const [name, type] of Object.entries(NUMERIC_COLUMNS)) {
		const arr = t[name as NumericColumn];
		const bytes = new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength);
		parts.push({ name, type, bytes, count: arr.length });
	}
	// Section offsets are relative to the end of the (8-byte aligned) header, so the header
	// can record them before its own length is known.
	const sections: Header['sections'] = {};
	let rel = 0;
	for (const p of parts) {
		sections[p.name] = [rel, p.bytes.byteLength, p.type, p.count];
		rel = align8(rel + p.bytes.byteLength);
	}
	const header: Header = {
		format: FORMAT_NAME,
		version: FORMAT_VERSION,
		meta: t.meta,
		countryCodes: t.countryCodes,
		sourceNames: t.sourceNames,
		sections,
		// A stand-in of the checksum's length: the header's length fixes where the sections go.
		checksum: '0'.repeat(16)
	};
	const headerLength = encoder.encode(JSON.stringify(header)).byteLength;
	const base = align8(12 + headerLength);
	// One buffer for the whole file, sections written in place (a full dump's is gigabytes).
	const out = new Uint8Array(base + rel);
	for (const p of parts) out.set(p.bytes, base + (sections[p.name]?.[0] ?? 0));
	header.checksum = sectionsChecksum(out.subarray(base));
	const headerBytes = encoder.encode(JSON.stringify(header));
	out.set(encoder.encode(MAGIC), 0);
	const view = new DataView(out.buffer);
	view.setUint32(4, FORMAT_VERSION, true);
	view.setUint32(8, headerBytes.byteLength, true);
	out.set(headerBytes, 12);
	return out;
}

/** Parse the binary layout (uncompressed). Throws ArtifactError on anything unexpected. */
export function decodeArtifact(
	input: Uint8Array,
	options: { requireChecksum?: boolean } = {}
): ArtifactTables {
	if (input.byteLength < 12) throw new ArtifactError('artifact is truncated');
	const decoder = new TextDecoder();
	if (decoder.decode(input.subarray(0, 4)) !== MAGIC) {
		throw new ArtifactError('not a gazetteer artifact (bad magic bytes)');
	}
	// Typed-array views need aligned offsets; copy once if the caller's buffer is not aligned.
	const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const version = view.getUint32(4, true);
	if (version !== FORMAT_VERSION) {
		throw new ArtifactError(
			`artifact format version ${version}, this code reads ${FORMAT_VERSION}`
		);
	}
	const headerLength = view.getUint32(8, true);
	if (12 + headerLength > bytes.byteLength) throw new ArtifactError('artifact header is truncated');
	let header: Header;
	try {
		header = JSON.parse(decoder.decode(bytes.subarray(12, 12 + headerLength))) as Header;
	} catch {
		throw new ArtifactError('artifact header is not valid JSON');
	}
	if (header.format !== FORMAT_NAME) throw new ArtifactError(`unknown format ${header.format}`);
	const base = align8(12 + headerLength);
	if (options.requireChecksum && header.checksum === undefined) {
		throw new ArtifactError('artifact has no checksum (built by an older version)');
	}
	if (header.checksum !== undefined && (bytes.byteLength - base) % 8 === 0) {
		if (sectionsChecksum(bytes.subarray(base)) !== header.checksum) {
			throw new ArtifactError('artifact is damaged (its checksum does not match its contents)');
		}
	} else if (header.checksum !== undefined) {
		throw new ArtifactError('artifact is truncated or damaged (length)');
	}
	const section = (name: string): Uint8Array => {
		const s = header.sections[name];
		if (!s) throw new ArtifactError(`artifact has no section ${name}`);
		const [offset, length] = s;
		if (base + offset + length > bytes.byteLength) {
			throw new ArtifactError(`artifact section ${name} is truncated`);
		}
		return bytes.subarray(base + offset, base + offset + length);
	};
	const strings = (name: StringColumnName): StringColumn => {
		const offsets = numericSection(`${name}Offsets`, Uint32Array);
		const blob = section(name);
		if (offsets.length < 1 || offsets[offsets.length - 1] !== blob.byteLength) {
			throw new ArtifactError(`artifact string column ${name} is inconsistent`);
		}
		return new StringColumn(blob, offsets);
	};
	function numericSection<C extends (typeof ARRAYS)[keyof typeof ARRAYS]>(name: string, Ctor: C) {
		const s = section(name);
		if (s.byteLength % Ctor.BYTES_PER_ELEMENT !== 0) {
			throw new ArtifactError(`artifact section ${name} has a partial element`);
		}
		return new Ctor(
			s.buffer as ArrayBuffer,
			s.byteOffset,
			s.byteLength / Ctor.BYTES_PER_ELEMENT
		) as InstanceType<C>;
	}
	const numeric = <K extends NumericColumn>(name: K): ArtifactTables[K] => {
		return numericSection(name, ARRAYS[NUMERIC_COLUMNS[name]]) as ArtifactTables[K];
	};
	const t = {
		meta: header.meta,
		countryCodes: header.countryCodes,
		sourceNames: header.sourceNames
	} as ArtifactTables;
	for (const name of STRING_COLUMNS) t[name] = strings(name);
	for (const name of Object.keys(NUMERIC_COLUMNS) as NumericColumn[]) {
		(t[name] as ArtifactTables[typeof name]) = numeric(name);
	}
	validate(t);
	return t;
}

/** Cheap structural checks so a damaged artifact fails at load, not at the first lookup. */
function validate(t: ArtifactTables): void {
	const n = t.ids.length;
	const perEntry = [
		t.names,
		t.aliases,
		t.featureCodes,
		t.admin1,
		t.admin2,
		t.kind,
		t.country,
		t.source,
		t.population,
		t.importance,
		t.lng,
		t.lat
	];
	if (perEntry.some((c) => c.length !== n))
		throw new ArtifactError('artifact columns disagree in length');
	if (t.idOrder.length !== n) throw new ArtifactError('artifact id order is inconsistent');
	if (t.bboxes.length !== t.bboxEntries.length * 4)
		throw new ArtifactError('artifact bboxes are inconsistent');
	const postings: [StringColumn, Uint32Array, Uint32Array][] = [
		[t.keys, t.keyStarts, t.keyPostings],
		[t.looseKeys, t.looseStarts, t.loosePostings],
		[t.demonymKeys, t.demonymStarts, t.demonymPostings],
		[t.searchKeys, t.searchStarts, t.searchPostings]
	];
	for (const [keys, starts, posts] of postings) {
		if (starts.length !== keys.length + 1 || starts[keys.length] !== posts.length) {
			throw new ArtifactError('artifact key index is inconsistent');
		}
	}
}
