import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import opentype from 'opentype.js';
import { encodeGlyphRange, glyphSdf, type FontGlyph, type PathCommand } from '$lib/map/glyphs';
import { FONT_REGULAR, FONT_SEMIBOLD } from '$lib/basemap/style';

/**
 * The label fonts' glyph ranges, made at build time from Noto Sans (SIL Open Font License) as
 * `@fontsource/noto-sans` ships it: each weight in two subset files (Latin, Latin Extended), read
 * in their WOFF form, which opentype.js parses without a decompressor.
 */
const FILES = 'node_modules/@fontsource/noto-sans/files';
const FONT_FILES: Record<string, string[]> = {
	[FONT_REGULAR]: ['noto-sans-latin-400-normal.woff', 'noto-sans-latin-ext-400-normal.woff'],
	[FONT_SEMIBOLD]: ['noto-sans-latin-600-normal.woff', 'noto-sans-latin-ext-600-normal.woff']
};

interface LoadedFont {
	unitsPerEm: number;
	/** Codepoint → glyph, the first file that has it winning. */
	glyphs: Map<number, { path: { commands: PathCommand[] }; advanceWidth?: number }>;
}

const fonts = new Map<string, LoadedFont>();

function load(fontstack: string): LoadedFont | null {
	const files = FONT_FILES[fontstack];
	if (!files) return null;
	let font = fonts.get(fontstack);
	if (font) return font;
	font = { unitsPerEm: 1000, glyphs: new Map() };
	for (const file of files) {
		const bytes = readFileSync(resolve(FILES, file));
		const parsed = opentype.parse(
			bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
		);
		font.unitsPerEm = parsed.unitsPerEm;
		for (let i = 0; i < parsed.glyphs.length; i++) {
			const glyph = parsed.glyphs.get(i);
			for (const codePoint of glyph.unicodes ?? []) {
				if (!font.glyphs.has(codePoint)) font.glyphs.set(codePoint, glyph);
			}
		}
	}
	fonts.set(fontstack, font);
	return font;
}

/** The font stacks labels are drawn with. */
export const labelFontstacks = Object.keys(FONT_FILES);

/** Starts of the 256-codepoint ranges a font stack has glyphs in (0, 256, 7680…). */
export function glyphRangeStarts(fontstack: string): number[] {
	const font = load(fontstack);
	if (!font) return [];
	return [...new Set([...font.glyphs.keys()].map((c) => c - (c % 256)))].sort((a, b) => a - b);
}

/** One range as MapLibre fetches it, or null for an unknown font stack or range. */
export function glyphRange(fontstack: string, start: number): Uint8Array<ArrayBuffer> | null {
	const font = load(fontstack);
	if (!font || start % 256 !== 0) return null;
	const glyphs: FontGlyph[] = [];
	for (let id = start; id < start + 256; id++) {
		const glyph = font.glyphs.get(id);
		if (glyph) glyphs.push({ id, commands: glyph.path.commands, advance: glyph.advanceWidth ?? 0 });
	}
	if (!glyphs.length) return null;
	return encodeGlyphRange(
		fontstack,
		start,
		glyphs.map((g) => glyphSdf(g, font.unitsPerEm))
	);
}
