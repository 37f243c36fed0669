/**
 * Coordinates as people type them, for pinning a place by hand. Accepts decimal degrees and
 * degrees-minutes-seconds, with signs or hemisphere letters, latitude first unless the letters
 * say otherwise:
 *
 * @example
 * parseCoordinates('33.3123, 44.3612')            // { lat: 33.3123, lng: 44.3612 }
 * parseCoordinates('-33.86 151.21')               // Sydney
 * parseCoordinates('33°18′44″N 44°21′40″E')        // { lat: 33.3122…, lng: 44.3611… }
 * parseCoordinates("44 21 40 E, 33 18 44 N")      // letters decide which is which
 * parseCoordinates('33.5 N 200 E')                // null: no such longitude
 */

export interface ParsedCoordinates {
	lat: number;
	lng: number;
}

/** One angle: degrees [minutes [seconds]] [hemisphere], or a hemisphere first. */
const ANGLE =
	/^([NSEW])?\s*([+-]?\d{1,3}(?:\.\d+)?)\s*(?:[°º˚d:]\s*)?(?:(\d{1,2}(?:\.\d+)?)\s*(?:['′’m:]\s*)?)?(?:(\d{1,2}(?:\.\d+)?)\s*(?:["″”s]|''|′′)?\s*)?([NSEW])?$/i;

/** Latitude and longitude from `input`, or null when it is not a position on Earth. */
export function parseCoordinates(input: string): ParsedCoordinates | null {
	const text = input.trim().replace(/\s+/g, ' ');
	if (!text) return null;
	for (const [a, b] of splits(text)) {
		const first = parseAngle(a);
		const second = parseAngle(b);
		if (!first || !second) continue;
		const pair = assign(first, second);
		if (pair) return pair;
	}
	return null;
}

interface Angle {
	value: number;
	/** The hemisphere letter, upper case, if one was given. */
	axis: 'N' | 'S' | 'E' | 'W' | null;
}

/**
 * Ways to cut the text in two angles: at its one comma or semicolon; else at each space, the
 * middle ones first ("33 18 44 44 21 40" is two angles of three numbers each).
 */
function* splits(text: string): Generator<[string, string]> {
	const cut = text.split(/\s*[,;]\s*/);
	if (cut.length === 2) yield [cut[0]!, cut[1]!];
	if (cut.length !== 1) return;
	const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
	const middle = (spaces.length - 1) / 2;
	spaces.sort(
		(x, y) => Math.abs(spaces.indexOf(x) - middle) - Math.abs(spaces.indexOf(y) - middle)
	);
	for (const at of spaces) yield [text.slice(0, at), text.slice(at + 1)];
}

function parseAngle(part: string): Angle | null {
	const match = ANGLE.exec(part.trim());
	if (!match) return null;
	const [, before, deg = '', min, sec, after] = match;
	if (before && after) return null;
	const number = (s: string | undefined) => (s === undefined ? 0 : Number(s));
	const degrees = number(deg);
	const minutes = number(min);
	const seconds = number(sec);
	if (minutes >= 60 || seconds >= 60) return null;
	// Minutes and seconds only after whole degrees: "33.5 30" is not an angle.
	if ((min !== undefined || sec !== undefined) && !/^[+-]?\d+$/.test(deg)) return null;
	if (sec !== undefined && !/^\d+$/.test(min ?? '')) return null;
	const magnitude = Math.abs(degrees) + minutes / 60 + seconds / 3600;
	const letter = (before ?? after)?.toUpperCase() as Angle['axis'] | undefined;
	const negative = deg.startsWith('-') || letter === 'S' || letter === 'W';
	if (letter && /^[+-]/.test(deg)) return null;
	return { value: negative ? -magnitude : magnitude, axis: letter ?? null };
}

function assign(a: Angle, b: Angle): ParsedCoordinates | null {
	const isLat = (x: Angle) => x.axis === 'N' || x.axis === 'S';
	const isLng = (x: Angle) => x.axis === 'E' || x.axis === 'W';
	let lat: Angle;
	let lng: Angle;
	if (isLng(a) || isLat(b)) [lat, lng] = [b, a];
	else [lat, lng] = [a, b];
	if (isLng(lat) || isLat(lng)) return null;
	if (Math.abs(lat.value) > 90 || Math.abs(lng.value) > 180) return null;
	return { lat: lat.value, lng: lng.value };
}
