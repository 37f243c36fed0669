// The part of opentype.js (which ships no types) that the label glyphs use.
declare module 'opentype.js' {
	import type { PathCommand } from '$lib/map/glyphs';

	interface Glyph {
		unicodes: number[];
		advanceWidth?: number;
		path: { commands: PathCommand[] };
	}
	interface Font {
		unitsPerEm: number;
		glyphs: { length: number; get(index: number): Glyph };
	}
	const opentype: { parse(buffer: ArrayBuffer): Font };
	export default opentype;
}
