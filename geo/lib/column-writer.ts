/**
 * A string column written one value at a time into a growing UTF-8 buffer: the same bytes as
 * `StringColumn.from` on the whole list, without holding the list (a full dump's ids and names
 * are millions of strings).
 */

import { StringColumn } from '../../src/lib/gazetteer/strings';

const encoder = new TextEncoder();

export class ColumnWriter {
	private bytes = new Uint8Array(1 << 16);
	private offsets = new Uint32Array(1024);
	private count = 0;
	private used = 0;

	push(value: string): void {
		if (this.count + 1 >= this.offsets.length) {
			const next = new Uint32Array(this.offsets.length * 2);
			next.set(this.offsets);
			this.offsets = next;
		}
		if (this.bytes.length - this.used < value.length * 3) {
			const next = new Uint8Array(Math.max(this.bytes.length * 2, this.used + value.length * 3));
			next.set(this.bytes.subarray(0, this.used));
			this.bytes = next;
		}
		this.used += encoder.encodeInto(value, this.bytes.subarray(this.used)).written;
		if (this.used > 0xffffffff) throw new RangeError('a string column beyond 4 GB');
		this.offsets[++this.count] = this.used;
	}

	/** The column; the writer is spent. */
	finish(): StringColumn {
		return new StringColumn(this.bytes.slice(0, this.used), this.offsets.slice(0, this.count + 1));
	}
}
