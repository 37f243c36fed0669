/**
 * Append-only storage for many short strings as UTF-8 in large chunks: a full GeoNames dump's
 * names held as bytes (about 1 byte a character) rather than as millions of string objects
 * (a header each, 2 bytes a character once one is outside Latin-1, and slices that keep whole
 * read chunks alive). A string is addressed by the number `append` returns.
 */

const CHUNK = 1 << 25;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class TextArena {
	private readonly chunks: Uint8Array[] = [];
	private chunk = new Uint8Array(0);
	private used = 0;
	/** Bytes held, for the build report. */
	bytes = 0;

	/**
	 * Store `s`; the address returned is `chunk × 2^25 + offset` (exact in a double). Each
	 * string is its byte length (a little-endian base-128 varint) then its UTF-8.
	 */
	append(s: string): number {
		const room = s.length * 3 + 4;
		if (this.chunk.length - this.used < room) {
			if (room > CHUNK) throw new RangeError(`a string of ${s.length} characters`);
			this.chunk = new Uint8Array(CHUNK);
			this.chunks.push(this.chunk);
			this.used = 0;
		}
		const address = (this.chunks.length - 1) * CHUNK + this.used;
		// Written after a 4-byte gap, then moved up against its length if that is shorter.
		const { written } = encoder.encodeInto(s, this.chunk.subarray(this.used + 4));
		let at = this.used;
		let n = written;
		while (n >= 0x80) {
			this.chunk[at++] = (n & 0x7f) | 0x80;
			n >>>= 7;
		}
		this.chunk[at++] = n;
		this.chunk.copyWithin(at, this.used + 4, this.used + 4 + written);
		this.used = at + written;
		this.bytes += this.used - (address % CHUNK);
		return address;
	}

	get(address: number): string {
		const chunk = this.chunks[Math.floor(address / CHUNK)] as Uint8Array;
		let at = address % CHUNK;
		let length = 0;
		for (let shift = 0; ; shift += 7) {
			const b = chunk[at++] as number;
			length += (b & 0x7f) * 2 ** shift;
			if (b < 0x80) break;
		}
		return decoder.decode(chunk.subarray(at, at + length));
	}
}
