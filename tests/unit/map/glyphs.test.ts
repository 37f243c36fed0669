import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import {
	encodeGlyphRange,
	flatten,
	glyphSdf,
	GLYPH_BUFFER,
	type PathCommand
} from '../../../src/lib/map/glyphs';
import {
	glyphRange,
	glyphRangeStarts,
	labelFontstacks
} from '../../../src/lib/server/label-glyphs';
import { FONT_SEMIBOLD } from '../../../src/lib/basemap/style';
import { basemapNames } from '../../../geo/scripts/basemap';

/** A square from (0, 0) to (size, size) in font units, drawn counter-clockwise. */
const square = (size: number): PathCommand[] => [
	{ type: 'M', x: 0, y: 0 },
	{ type: 'L', x: size, y: 0 },
	{ type: 'L', x: size, y: size },
	{ type: 'L', x: 0, y: size },
	{ type: 'Z' }
];

/** The glyphs of one range, decoded the way MapLibre reads them (glyphs.proto). */
function decode(bytes: Uint8Array) {
	const glyphs: Array<Record<string, number | Uint8Array>> = [];
	let name = '';
	new PbfReader(bytes).readFields((tag, _, pbf) => {
		if (tag !== 1) return;
		pbf.readMessage((stackTag, __, stack) => {
			if (stackTag === 1) name = stack.readString();
			if (stackTag !== 3) return;
			glyphs.push(
				stack.readMessage((t, glyph: Record<string, number | Uint8Array>, g) => {
					const fields = ['', 'id', 'bitmap', 'width', 'height', 'left', 'top', 'advance'];
					if (t === 2) glyph.bitmap = g.readBytes();
					else if (t === 5 || t === 6) glyph[fields[t]!] = g.readSVarint();
					else glyph[fields[t]!] = g.readVarint();
				}, {})
			);
		}, null);
	}, null);
	return { name, glyphs };
}

describe('glyphSdf', () => {
	// 1000 units to the em at 24 px: a 500-unit square is 12 px.
	const glyph = glyphSdf({ id: 65, commands: square(500), advance: 600 }, 1000);
	const columns = glyph.width + 2 * GLYPH_BUFFER;
	const at = (column: number, row: number) => glyph.bitmap[row * columns + column]!;

	it('measures the glyph in pixels at 24 px', () => {
		expect(glyph).toMatchObject({ width: 12, height: 12, left: 0, advance: 14 });
		expect(glyph.bitmap.length).toBe(18 * 18);
	});

	it('is above the edge value (192) inside, below it outside, falling with distance', () => {
		const middle = GLYPH_BUFFER + 6;
		expect(at(middle, middle)).toBe(255);
		expect(at(GLYPH_BUFFER, middle)).toBeGreaterThan(192);
		expect(at(GLYPH_BUFFER - 1, middle)).toBeLessThan(192);
		expect(at(0, middle)).toBeLessThan(at(GLYPH_BUFFER - 1, middle));
	});

	it('fills by the non-zero rule whichever way a contour turns', () => {
		const clockwise = square(500)
			.reverse()
			.filter((c) => c.type !== 'Z');
		clockwise.unshift({ type: 'M', x: 0, y: 0 });
		const turned = glyphSdf({ id: 65, commands: clockwise as PathCommand[], advance: 600 }, 1000);
		expect(turned.bitmap).toEqual(glyph.bitmap);
	});

	it('has no bitmap for a glyph without ink (a space)', () => {
		const space = glyphSdf({ id: 32, commands: [], advance: 260 }, 1000);
		expect(space).toMatchObject({ width: 0, height: 0, advance: 6 });
		expect(space.bitmap.length).toBe(0);
	});
});

describe('flatten', () => {
	it('turns curves into straight pieces that end where the curve ends', () => {
		const [ring] = flatten(
			[{ type: 'M', x: 0, y: 0 }, { type: 'Q', x1: 50, y1: 100, x: 100, y: 0 }, { type: 'Z' }],
			1
		);
		expect(ring!.slice(-2)).toEqual([100, 0]);
		expect(Math.max(...ring!.filter((_, i) => i % 2 === 1))).toBeCloseTo(50);
	});
});

describe('encodeGlyphRange', () => {
	it('writes what MapLibre reads: the stack name and each glyph with its metrics', () => {
		const glyph = glyphSdf({ id: 65, commands: square(500), advance: 600 }, 1000);
		const { name, glyphs } = decode(encodeGlyphRange('Test Sans', 0, [glyph]));
		expect(name).toBe('Test Sans');
		expect(glyphs).toEqual([
			{
				id: 65,
				bitmap: glyph.bitmap,
				width: 12,
				height: 12,
				left: 0,
				top: glyph.top,
				advance: 14
			}
		]);
	});
});

describe('the label glyph ranges', () => {
	it('cover every letter of every basemap label', () => {
		const { places, water } = basemapNames();
		const used = new Set<number>();
		for (const { properties } of [...places, ...water]) {
			const upper = properties.kind === 'country' || properties.kind === 'region';
			const name = upper ? properties.name.toUpperCase() : properties.name;
			for (const char of name) used.add(char.codePointAt(0)!);
		}
		for (const fontstack of labelFontstacks) {
			const starts = new Set(glyphRangeStarts(fontstack));
			const missing = [...used].filter((c) => !starts.has(c - (c % 256)));
			expect(missing.map((c) => String.fromCodePoint(c))).toEqual([]);
		}
	});

	it('draw Latin letters with plausible metrics', () => {
		const { glyphs } = decode(glyphRange(FONT_SEMIBOLD, 0)!);
		const capitalA = glyphs.find((g) => g.id === 65)!;
		expect(capitalA.height).toBeGreaterThan(15);
		expect(capitalA.height).toBeLessThan(20);
		expect(glyphs.find((g) => g.id === 32)).toMatchObject({ width: 0, height: 0 });
		expect(glyphRange(FONT_SEMIBOLD, 4096)).toBeNull();
		expect(glyphRange('Comic Sans', 0)).toBeNull();
	});
});
