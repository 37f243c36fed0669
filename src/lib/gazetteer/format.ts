/**
 * The one versioned artifact schema, shared by the writer (geo/lib/artifact.ts) and the reader
 * (lookup.ts). Bump FORMAT_VERSION on any incompatible change; readers refuse other versions.
 *
 * Layout (little-endian), usually gzip-compressed on disk:
 *   magic "GAZT" | u32 version | u32 header byte length | header JSON (UTF-8) | padding to 8
 *   then each section, 8-byte aligned, at the offset the header gives.
 * String columns are one UTF-8 section joined with "\n"; numeric columns are raw typed arrays.
 * A columnar binary layout loads in tens of milliseconds with no per-entry objects, which a
 * JSON array of 250k objects cannot do within the load budget.
 */

import type { ArtifactMeta, PlaceKind } from './types';

export const FORMAT_NAME = 'article-map-gazetteer';
export const FORMAT_VERSION = 1;
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
	'water'
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
	ids: string[];
	names: string[];
	/** Per entry, aliases joined with ALIAS_SEPARATOR. */
	aliases: string[];
	featureCodes: string[];
	/** Per entry, GeoNames admin1 code within its country ('' when none). */
	admin1: string[];
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
	keys: string[];
	/** Postings of keys[k] are keyPostings[keyStarts[k] .. keyStarts[k + 1]). */
	keyStarts: Uint32Array;
	keyPostings: Uint32Array;
	/** The same, for loose keys (spelling-variant fallback). */
	looseKeys: string[];
	looseStarts: Uint32Array;
	loosePostings: Uint32Array;
	/** The same, for demonym keys; postings are plain entry indexes of countries. */
	demonymKeys: string[];
	demonymStarts: Uint32Array;
	demonymPostings: Uint32Array;
}

type StringColumn = {
	[K in keyof ArtifactTables]: ArtifactTables[K] extends string[] ? K : never;
}[keyof ArtifactTables];
type NumericColumn = {
	[K in keyof ArtifactTables]: ArtifactTables[K] extends string[] | ArtifactMeta ? never : K;
}[keyof ArtifactTables];

const STRING_COLUMNS: StringColumn[] = [
	'ids',
	'names',
	'aliases',
	'featureCodes',
	'admin1',
	'keys',
	'looseKeys',
	'demonymKeys'
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
	demonymPostings: 'u32'
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
}

/** Raised for any artifact that cannot be read; the loader adds how to fix it. */
export class ArtifactError extends Error {
	override name = 'ArtifactError';
}

const align8 = (n: number) => (n + 7) & ~7;

/** Serialise tables to the binary layout (uncompressed). Deterministic for equal tables. */
export function encodeArtifact(t: ArtifactTables): Uint8Array {
	const encoder = new TextEncoder();
	const parts: { name: string; type: string; bytes: Uint8Array; count: number }[] = [];
	for (const name of STRING_COLUMNS) {
		const values = t[name];
		for (const v of values) {
			if (v.includes('\n')) throw new ArtifactError(`${name}: value contains a newline: ${v}`);
		}
		parts.push({
			name,
			type: 'utf8',
			bytes: encoder.encode(values.join('\n')),
			count: values.length
		});
	}
	for (const [name, type] of Object.entries(NUMERIC_COLUMNS)) {
		const arr = t[name as NumericColumn];
		const bytes = new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength);
		parts.push({ name, type, bytes, count: arr.length });
	}
	// Offsets depend on the header length, which depends on the offsets: lay out sections
	// relative to a fixed-width header slot, reserving room generously.
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
		sections
	};
	const headerBytes = encoder.encode(JSON.stringify(header));
	const base = align8(12 + headerBytes.byteLength);
	const out = new Uint8Array(base + rel);
	out.set(encoder.encode(MAGIC), 0);
	const view = new DataView(out.buffer);
	view.setUint32(4, FORMAT_VERSION, true);
	view.setUint32(8, headerBytes.byteLength, true);
	out.set(headerBytes, 12);
	for (const p of parts) out.set(p.bytes, base + (sections[p.name]?.[0] ?? 0));
	return out;
}

/** Parse the binary layout (uncompressed). Throws ArtifactError on anything unexpected. */
export function decodeArtifact(input: Uint8Array): ArtifactTables {
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
	const section = (name: string): Uint8Array => {
		const s = header.sections[name];
		if (!s) throw new ArtifactError(`artifact has no section ${name}`);
		const [offset, length] = s;
		if (base + offset + length > bytes.byteLength) {
			throw new ArtifactError(`artifact section ${name} is truncated`);
		}
		return bytes.subarray(base + offset, base + offset + length);
	};
	const strings = (name: StringColumn): string[] => {
		const s = section(name);
		// An empty section is either no strings or one empty string; the count tells which.
		return header.sections[name]?.[3] === 0 ? [] : decoder.decode(s).split('\n');
	};
	const numeric = <K extends NumericColumn>(name: K): ArtifactTables[K] => {
		const s = section(name);
		const Ctor = ARRAYS[NUMERIC_COLUMNS[name]];
		if (s.byteLength % Ctor.BYTES_PER_ELEMENT !== 0) {
			throw new ArtifactError(`artifact section ${name} has a partial element`);
		}
		return new Ctor(
			s.buffer as ArrayBuffer,
			s.byteOffset,
			s.byteLength / Ctor.BYTES_PER_ELEMENT
		) as ArtifactTables[K];
	};
	const t = {
		meta: header.meta,
		countryCodes: header.countryCodes,
		sourceNames: header.sourceNames
	} as ArtifactTables;
	for (const name of STRING_COLUMNS) (t[name] as string[]) = strings(name);
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
	if (t.bboxes.length !== t.bboxEntries.length * 4)
		throw new ArtifactError('artifact bboxes are inconsistent');
	const postings: [string[], Uint32Array, Uint32Array][] = [
		[t.keys, t.keyStarts, t.keyPostings],
		[t.looseKeys, t.looseStarts, t.loosePostings],
		[t.demonymKeys, t.demonymStarts, t.demonymPostings]
	];
	for (const [keys, starts, posts] of postings) {
		if (starts.length !== keys.length + 1 || starts[keys.length] !== posts.length) {
			throw new ArtifactError('artifact key index is inconsistent');
		}
	}
}
