import { PbfWriter } from 'pbf';

/**
 * Label glyphs as a style's `glyphs` URL serves them to MapLibre: signed distance fields of 24 px
 * glyphs, 256 codepoints to a protocol buffer (the `glyphs.proto` format of MapLibre's glyph
 * ranges). Made ahead of time from the font's outlines, so the browser neither loads the font
 * nor draws each letter on a canvas to measure its distance field before the labels can show.
 * Pure: outlines in, bytes out.
 */

/** Glyph size, border and SDF radius MapLibre expects of every glyph range (px). */
export const GLYPH_SIZE = 24;
export const GLYPH_BUFFER = 3;
const RADIUS = 8;
/** Share of the byte range outside the outline: the edge is at 192 of 255, where MapLibre cuts. */
const CUTOFF = 0.25;
/**
 * MapLibre places a glyph by its top relative to an origin above the em box (as FreeType-made
 * ranges do); it draws its own canvas glyphs at their top less 27.5 px to match those: whole px here.
 */
const TOP_ORIGIN = 28;

/** One drawing command of an outline, in font units with y up (the shape opentype.js returns). */
export type PathCommand =
	| { type: 'M'; x: number; y: number }
	| { type: 'L'; x: number; y: number }
	| { type: 'Q'; x1: number; y1: number; x: number; y: number }
	| { type: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
	| { type: 'Z' };

/** A glyph of a font, as read from its file. */
export interface FontGlyph {
	/** The codepoint. */
	id: number;
	/** Outline commands, in font units. */
	commands: PathCommand[];
	/** Advance width, in font units. */
	advance: number;
}

/** A glyph ready for a range: metrics in px at `GLYPH_SIZE`, bitmap with a `GLYPH_BUFFER` border. */
export interface SdfGlyph {
	id: number;
	/** (width + 2 × buffer) × (height + 2 × buffer) bytes, rows from the top; empty for a space. */
	bitmap: Uint8Array;
	width: number;
	height: number;
	left: number;
	top: number;
	advance: number;
}

/** Curves become this many straight pieces (24 px letters: finer than a pixel). */
const CURVE_STEPS = 8;

/** The outline as closed polygons of [x, y, x, y, …] in px, y up. */
export function flatten(commands: PathCommand[], scale: number): number[][] {
	const rings: number[][] = [];
	let ring: number[] = [];
	let x = 0;
	let y = 0;
	const close = () => {
		if (ring.length >= 6) rings.push(ring);
		ring = [];
	};
	for (const c of commands) {
		if (c.type === 'Z') {
			close();
			continue;
		}
		if (c.type === 'M') close();
		if (c.type === 'M' || c.type === 'L') {
			ring.push(c.x * scale, c.y * scale);
		} else {
			for (let i = 1; i <= CURVE_STEPS; i++) {
				const [px, py] = curvePoint(c, x, y, i / CURVE_STEPS);
				ring.push(px * scale, py * scale);
			}
		}
		x = c.x;
		y = c.y;
	}
	close();
	return rings;
}

/** The point at `t` of a Bézier curve that starts at (x, y). */
function curvePoint(
	c: Extract<PathCommand, { type: 'Q' | 'C' }>,
	x: number,
	y: number,
	t: number
): [number, number] {
	const u = 1 - t;
	if (c.type === 'Q') {
		return [u * u * x + 2 * u * t * c.x1 + t * t * c.x, u * u * y + 2 * u * t * c.y1 + t * t * c.y];
	}
	const [a, b, d, e] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
	return [a * x + b * c.x1 + d * c.x2 + e * c.x, a * y + b * c.y1 + d * c.y2 + e * c.y];
}

/** Squared distance from (px, py) to the segment (ax, ay)–(bx, by). */
function segmentDistance2(px: number, py: number, ax: number, ay: number, bx: number, by: number) {
	const dx = bx - ax;
	const dy = by - ay;
	const length2 = dx * dx + dy * dy;
	const t = length2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2)) : 0;
	const ex = ax + t * dx - px;
	const ey = ay + t * dy - py;
	return ex * ex + ey * ey;
}

/**
 * Distance from (px, py) to the outline, negative inside by the non-zero rule TrueType fills
 * with (the winding number counts the edges crossing the horizontal line through the point).
 */
function signedDistance(px: number, py: number, rings: number[][]): number {
	let nearest = Infinity;
	let winding = 0;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
			const [ax, ay, bx, by] = [ring[j]!, ring[j + 1]!, ring[i]!, ring[i + 1]!];
			nearest = Math.min(nearest, segmentDistance2(px, py, ax, ay, bx, by));
			if (ay <= py !== by <= py) {
				const side = (bx - ax) * (py - ay) - (px - ax) * (by - ay);
				if (by > ay && side > 0) winding++;
				else if (by <= ay && side < 0) winding--;
			}
		}
	}
	return winding === 0 ? Math.sqrt(nearest) : -Math.sqrt(nearest);
}

/** [xmin, ymin, xmax, ymax] of the rings. */
function bounds(rings: number[][]): [number, number, number, number] {
	const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const ring of rings) {
		for (let i = 0; i < ring.length; i += 2) {
			box[0] = Math.min(box[0], ring[i]!);
			box[1] = Math.min(box[1], ring[i + 1]!);
			box[2] = Math.max(box[2], ring[i]!);
			box[3] = Math.max(box[3], ring[i + 1]!);
		}
	}
	return box;
}

/**
 * The signed distance field of one glyph: the exact distance from each pixel centre to the
 * outline, mapped to a byte as MapLibre reads it (192 on the edge, 8 px of range either side).
 */
export function glyphSdf(glyph: FontGlyph, unitsPerEm: number): SdfGlyph {
	const scale = GLYPH_SIZE / unitsPerEm;
	const advance = Math.round(glyph.advance * scale);
	const rings = flatten(glyph.commands, scale);
	const [x0, y0, x1, y1] = bounds(rings);
	if (!(x1 > x0 && y1 > y0)) {
		const bitmap = new Uint8Array();
		return { id: glyph.id, bitmap, width: 0, height: 0, left: 0, top: 0, advance };
	}
	const left = Math.floor(x0);
	const top = Math.ceil(y1);
	const width = Math.ceil(x1) - left;
	const height = top - Math.floor(y0);
	const columns = width + 2 * GLYPH_BUFFER;
	const rows = height + 2 * GLYPH_BUFFER;
	const bitmap = new Uint8Array(columns * rows);
	for (let row = 0; row < rows; row++) {
		for (let column = 0; column < columns; column++) {
			const px = left - GLYPH_BUFFER + column + 0.5;
			const py = top + GLYPH_BUFFER - row - 0.5;
			const value = 255 * (1 - CUTOFF) - (255 / RADIUS) * signedDistance(px, py, rings);
			bitmap[row * columns + column] = Math.max(0, Math.min(255, Math.round(value)));
		}
	}
	return { id: glyph.id, bitmap, width, height, left, top: top - TOP_ORIGIN, advance };
}

/**
 * One glyph range as MapLibre fetches it (`{fontstack}/{start}-{end}.pbf`): a `glyphs` message
 * holding one `fontstack` with its glyphs (field numbers from the glyphs.proto of the format).
 */
export function encodeGlyphRange(
	name: string,
	start: number,
	glyphs: SdfGlyph[]
): Uint8Array<ArrayBuffer> {
	const pbf = new PbfWriter();
	pbf.writeMessage(1, writeFontstack, { name, range: `${start}-${start + 255}`, glyphs });
	// A copy of just the written bytes, in an ArrayBuffer of its own (a Response body takes it).
	return new Uint8Array(pbf.finish());
}

function writeFontstack(
	stack: { name: string; range: string; glyphs: SdfGlyph[] },
	out: PbfWriter
) {
	out.writeStringField(1, stack.name);
	out.writeStringField(2, stack.range);
	for (const glyph of stack.glyphs) out.writeMessage(3, writeGlyph, glyph);
}

function writeGlyph(glyph: SdfGlyph, out: PbfWriter) {
	out.writeVarintField(1, glyph.id);
	if (glyph.bitmap.length) out.writeBytesField(2, glyph.bitmap);
	out.writeVarintField(3, glyph.width);
	out.writeVarintField(4, glyph.height);
	out.writeSVarintField(5, glyph.left);
	out.writeSVarintField(6, glyph.top);
	out.writeVarintField(7, glyph.advance);
}
