import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCoordinates } from '$lib/share/coordinates';

const close = (value: number | undefined, expected: number) =>
	expect(value).toBeCloseTo(expected, 5);

describe('parseCoordinates', () => {
	it('reads decimal degrees, latitude first, with a comma, semicolon or space', () => {
		for (const input of ['33.3123, 44.3612', '33.3123 44.3612', ' 33.3123;44.3612 ']) {
			const parsed = parseCoordinates(input)!;
			close(parsed.lat, 33.3123);
			close(parsed.lng, 44.3612);
		}
		expect(parseCoordinates('-33.86,151.21')).toEqual({ lat: -33.86, lng: 151.21 });
	});

	it('reads degrees, minutes and seconds with symbols, letters or plain spaces', () => {
		const taji = { lat: 33 + 18 / 60 + 44 / 3600, lng: 44 + 21 / 60 + 40 / 3600 };
		for (const input of [
			'33°18′44″N 44°21′40″E',
			`33°18'44"N, 44°21'40"E`,
			'N 33 18 44, E 44 21 40',
			'33 18 44 N 44 21 40 E',
			'33 18 44 44 21 40',
			'33d18m44s N 44d21m40s E'
		]) {
			const parsed = parseCoordinates(input);
			expect(parsed, input).not.toBeNull();
			close(parsed!.lat, taji.lat);
			close(parsed!.lng, taji.lng);
		}
	});

	it('lets hemisphere letters decide the order and the sign', () => {
		const parsed = parseCoordinates('44°21′40″W, 33°18′S')!;
		close(parsed.lat, -(33 + 18 / 60));
		close(parsed.lng, -(44 + 21 / 60 + 40 / 3600));
		expect(parseCoordinates('12.5 S 130.8 E')).toEqual({ lat: -12.5, lng: 130.8 });
	});

	it('refuses what is not a position', () => {
		for (const input of [
			'',
			'Baghdad',
			'33.5',
			'91 44',
			'33 181',
			'33 N 44 N',
			'33 E 44 W',
			'33 61 00 N 44 E',
			'33.5 30 N 44 E',
			'-33 S 44 E',
			'1, 2, 3'
		]) {
			expect(parseCoordinates(input), input).toBeNull();
		}
	});

	it('reads back any position printed in decimal or in DMS', () => {
		const lat = fc.double({ min: -90, max: 90, noNaN: true });
		const lng = fc.double({ min: -180, max: 180, noNaN: true });
		fc.assert(
			fc.property(lat, lng, (y, x) => {
				const decimal = parseCoordinates(`${y.toFixed(6)}, ${x.toFixed(6)}`)!;
				close(decimal.lat, Number(y.toFixed(6)));
				close(decimal.lng, Number(x.toFixed(6)));
				const dms = (v: number, pos: string, neg: string) => {
					const total = Math.round(Math.abs(v) * 3600 * 1000); // thousandths of a second
					const d = Math.floor(total / 3_600_000);
					const m = Math.floor((total % 3_600_000) / 60_000);
					const s = (total % 60_000) / 1000;
					return `${d}°${m}′${s.toFixed(3)}″${v < 0 ? neg : pos}`;
				};
				const back = parseCoordinates(`${dms(y, 'N', 'S')} ${dms(x, 'E', 'W')}`)!;
				expect(Math.abs(back.lat - y)).toBeLessThan(1e-5);
				expect(Math.abs(back.lng - x)).toBeLessThan(1e-5);
			})
		);
	});
});
