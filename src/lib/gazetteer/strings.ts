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
		const encoded = values.map((v) => encoder.encode(v));
		const offsets = new Uint32Array(values.length + 1);
		let total = 0;
		encoded.forEach((e, i) => {
			offsets[i] = total;
			total += e.byteLength;
		});
		offsets[values.length] = total;
		const bytes = new Uint8Array(total);
		encoded.forEach((e, i) => bytes.set(e, offsets[i] as number));
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
		const b = this.raw(i);
		// Most values are short ASCII: build the string directly, skipping the decoder call.
		if (b.length < 256) {
			let ascii = true;
			for (let k = 0; k < b.length; k++) {
				if ((b[k] as number) > 0x7f) {
					ascii = false;
					break;
				}
			}
			if (ascii) return String.fromCharCode.apply(null, b as unknown as number[]);
		}
		return decoder.decode(b);
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
}

export const utf8 = (s: string): Uint8Array => encoder.encode(s);

/** Byte-order comparison of two strings, the order sorted columns use. */
export function compareUtf8(a: Uint8Array, b: Uint8Array): number {
	const n = Math.min(a.length, b.length);
	for (let k = 0; k < n; k++) {
		const d = (a[k] as number) - (b[k] as number);
		if (d !== 0) return d;
	}
	return a.length - b.length;
}
