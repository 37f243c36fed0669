/**
 * A column of strings kept as one UTF-8 blob plus offsets, decoded one value at a time.
 * Splitting 500k strings at load costs hundreds of milliseconds; reading the few a query
 * touches costs nothing. Sorted columns are compared as bytes (UTF-8 byte order is code point
 * order), so a query is encoded once and binary-searched without decoding any key.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class StringColumn {
	constructor(
		readonly bytes: Uint8Array,
		/** `offsets[i]..offsets[i + 1]` is value i; length is count + 1. */
		readonly offsets: Uint32Array
	) {}

	static from(values: readonly string[]): StringColumn {
		// Two passes (byte lengths, then encoding in place) rather than an array per value: a
		// full GeoNames dump has tens of millions of keys.
		const offsets = new Uint32Array(values.length + 1);
		let total = 0;
		for (let i = 0; i < values.length; i++) {
			offsets[i] = total;
			total += utf8Length(values[i] as string);
		}
		offsets[values.length] = total;
		const bytes = new Uint8Array(total);
		for (let i = 0; i < values.length; i++) {
			const start = offsets[i] as number;
			encoder.encodeInto(values[i] as string, bytes.subarray(start, offsets[i + 1] as number));
		}
		return new StringColumn(bytes, offsets);
	}

	get length(): number {
		return this.offsets.length - 1;
	}

	/** The raw UTF-8 bytes of value i. */
	raw(i: number): Uint8Array {
		return this.bytes.subarray(this.offsets[i] as number, this.offsets[i + 1] as number);
	}

	get(i: number): string {
		const start = this.offsets[i] as number;
		const end = this.offsets[i + 1] as number;
		const bytes = this.bytes;
		// Most values are short ASCII: build the string directly, skipping the decoder call.
		if (end - start < 64) {
			let s = '';
			let k = start;
			for (; k < end; k++) {
				const c = bytes[k] as number;
				if (c > 0x7f) break;
				s += String.fromCharCode(c);
			}
			if (k === end) return s;
		}
		// One decoder call for long and non-ASCII values alike: a second call site, first reached
		// after optimisation (the first long value), would throw the optimised code away.
		return decoder.decode(bytes.subarray(start, end));
	}

	/** Compare value i with `q` as bytes (negative: value sorts first). */
	compare(i: number, q: Uint8Array): number {
		const start = this.offsets[i] as number;
		const len = (this.offsets[i + 1] as number) - start;
		const n = Math.min(len, q.length);
		for (let k = 0; k < n; k++) {
			const d = (this.bytes[start + k] as number) - (q[k] as number);
			if (d !== 0) return d;
		}
		return len - q.length;
	}

	/** Whether value i starts with `q`. */
	startsWith(i: number, q: Uint8Array): boolean {
		const start = this.offsets[i] as number;
		if ((this.offsets[i + 1] as number) - start < q.length) return false;
		for (let k = 0; k < q.length; k++) if (this.bytes[start + k] !== q[k]) return false;
		return true;
	}

	/** First position whose value is >= q (length when none); the column must be sorted. */
	lowerBound(q: Uint8Array): number {
		let lo = 0;
		let hi = this.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (this.compare(mid, q) < 0) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** Position of q, or -1; the column must be sorted. */
	find(q: Uint8Array): number {
		const i = this.lowerBound(q);
		return i < this.length && this.compare(i, q) === 0 ? i : -1;
	}

	/**
	 * `find` for a string, encoded into a scratch buffer rather than a new array: keys are looked
	 * up by the thousand per text.
	 */
	findText(q: string): number {
		const n = toScratch(q);
		const i = this.lowerBoundScratch(n);
		return i < this.length && this.compareScratch(i, n) === 0 ? i : -1;
	}

	/** Whether value i is `q`, compared as bytes: nothing is decoded or allocated. */
	equalsText(i: number, q: string): boolean {
		return this.compareScratch(i, toScratch(q)) === 0;
	}

	/** Whether some value starts with `q` (the column must be sorted). */
	hasPrefixText(q: string): boolean {
		const n = toScratch(q);
		const i = this.lowerBoundScratch(n);
		return i < this.length && this.startsWithScratch(i, n);
	}

	/**
	 * Whether `q` is a value (bit 1) and whether some value starts with `q` and a space (bit 2),
	 * in one search when, as for name keys, no value continues `q` with a character below the
	 * space: `q + ' …'` then sorts right after `q` itself.
	 */
	probeText(q: string): number {
		const n = toScratch(q);
		let i = this.lowerBoundScratch(n);
		const exact = i < this.length && this.compareScratch(i, n) === 0;
		if (exact) i++;
		scratch[n] = 0x20;
		if (i < this.length && this.compareScratch(i, n + 1) < 0) i = this.lowerBoundScratch(n + 1);
		const longer = i < this.length && this.startsWithScratch(i, n + 1);
		return (exact ? 1 : 0) | (longer ? 2 : 0);
	}

	private compareScratch(i: number, n: number): number {
		const start = this.offsets[i] as number;
		const len = (this.offsets[i + 1] as number) - start;
		const m = Math.min(len, n);
		for (let k = 0; k < m; k++) {
			const d = (this.bytes[start + k] as number) - (scratch[k] as number);
			if (d !== 0) return d;
		}
		return len - n;
	}

	private startsWithScratch(i: number, n: number): boolean {
		const start = this.offsets[i] as number;
		if ((this.offsets[i + 1] as number) - start < n) return false;
		for (let k = 0; k < n; k++) if (this.bytes[start + k] !== scratch[k]) return false;
		return true;
	}

	private lowerBoundScratch(n: number): number {
		let lo = 0;
		let hi = this.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (this.compareScratch(mid, n) < 0) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
}

/** The UTF-8 of the current query (one at a time: nothing runs between encoding and search). */
let scratch = new Uint8Array(256);

/** Encode `q` into `scratch`, with room for one more byte; returns the byte length. */
function toScratch(q: string): number {
	const needed = q.length * 3 + 1;
	// Grown for a long query, and let go again at the next short one.
	if (needed > scratch.length || (scratch.length > 4096 && needed <= 256))
		scratch = new Uint8Array(Math.max(256, needed));
	for (let k = 0; k < q.length; k++) {
		const c = q.charCodeAt(k);
		// ASCII, whose character codes are its bytes, is written directly.
		if (c > 0x7f) return encoder.encodeInto(q, scratch).written;
		scratch[k] = c;
	}
	return q.length;
}

export const utf8 = (s: string): Uint8Array => encoder.encode(s);

/** Byte length of a string's UTF-8 (lone surrogates count as U+FFFD, as the encoder writes them). */
function utf8Length(s: string): number {
	let n = 0;
	for (let k = 0; k < s.length; k++) {
		const c = s.charCodeAt(k);
		if (c < 0x80) n += 1;
		else if (c < 0x800) n += 2;
		else if (c >= 0xd800 && c <= 0xdbff && k + 1 < s.length) {
			const d = s.charCodeAt(k + 1);
			if (d >= 0xdc00 && d <= 0xdfff) {
				n += 4;
				k++;
			} else n += 3;
		} else n += 3;
	}
	return n;
}

/**
 * Compare two strings in UTF-8 byte order (code point order) without encoding them. JavaScript's
 * `<` compares UTF-16 units, which differs only where one side has a surrogate (a code point
 * above U+FFFF) and the other a unit at or above U+E000.
 */
export function compareStrings(a: string, b: string): number {
	const n = Math.min(a.length, b.length);
	for (let k = 0; k < n; k++) {
		const x = a.charCodeAt(k);
		const y = b.charCodeAt(k);
		if (x === y) continue;
		const xs = x >= 0xd800 && x <= 0xdfff;
		const ys = y >= 0xd800 && y <= 0xdfff;
		if (xs !== ys && (xs ? y : x) >= 0xe000) return xs ? 1 : -1;
		return x - y;
	}
	return a.length - b.length;
}
