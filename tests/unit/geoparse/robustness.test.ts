/**
 * Any string in, never a throw: offsets stay valid JavaScript string offsets, `text.slice(start,
 * end) === mention.text`, and the same input gives the same output.
 */

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/lib/gazetteer';
import { geoparse, toFeatureCollection, toToponyms } from '../../../src/lib/geoparse';
import type { GeoparseResult } from '../../../src/lib/geoparse/types';
import { realGazetteer } from './gazetteer';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await realGazetteer();
}, 180_000);

function checkValid(text: string, r: GeoparseResult): void {
	for (const m of r.mentions) {
		expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
		expect(0 <= m.start && m.start < m.end && m.end <= text.length).toBe(true);
		expect(text.slice(m.start, m.end)).toBe(m.text);
		// Never split a surrogate pair.
		expect(/^[\uDC00-\uDFFF]/.test(m.text) || /[\uD800-\uDBFF]$/.test(m.text)).toBe(false);
		expect(m.confidence >= 0 && m.confidence <= 1).toBe(true);
		expect(r.places.some((p) => p.id === m.placeId)).toBe(true);
	}
	for (const t of toToponyms(r)) expect(text.slice(t.start, t.end)).toBe(t.name);
	expect(() => JSON.stringify(toFeatureCollection(r))).not.toThrow();
}

/** Text made of place names, people, punctuation and awkward characters, to reach every stage. */
const pieces = fc.constantFrom(
	'Baghdad',
	'Camp Taji',
	'Paris, Texas',
	'Mark Esper',
	' ',
	', ',
	'. ',
	'\n',
	'\r\n',
	'\u0000',
	'\u200f',
	'\u202e',
	'😀',
	'𝒜',
	'بغداد',
	'Iranian-backed',
	'the US said',
	'St.',
	'’s',
	'Karbala Province',
	'New York',
	'-',
	'“',
	'a'
);
const mixed = fc
	.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 40 })
	.map((a) => a.join(''));

describe('robustness', () => {
	it.each([
		['empty', ''],
		['spaces', '   \n\t  '],
		['Arabic', 'قصفت طائرات أمريكية معسكر التاجي شمال بغداد في العراق'],
		['right-to-left marks', '\u200fBaghdad\u200f and \u202bTehran\u202c'],
		['emoji', '😀 Baghdad 😀😀 Camp Taji 🇮🇶 Iraq'],
		['astral letters', '𝐁𝐚𝐠𝐡𝐝𝐚𝐝 𝒜 Baghdad'],
		['CRLF', 'Rockets hit Camp Taji.\r\nThe US said Iraq\r\nand Syria.'],
		['NUL', 'Baghdad\u0000Iraq\u0000\u0000 Camp\u0000Taji'],
		['lone surrogates', '\uD800Baghdad\uDC00 Iraq\uD83D'],
		['combining marks', 'Jurf al-S\u0323akhr and Mosul\u0301'],
		['only punctuation', '.,;:!?()[]{}“”‘’—–-'.repeat(50)]
	])('%s', (_, text) => {
		const r = geoparse({ text, gazetteer: gaz });
		checkValid(text, r);
	});

	it('a party letter ending the text does not throw: "I", "vote D"', () => {
		for (const text of ['I', 'vote D', 'Smith, R'])
			checkValid(text, geoparse({ text, gazetteer: gaz }));
	});

	it('non-string text does not throw', () => {
		const r = geoparse({ text: undefined as unknown as string, gazetteer: gaz });
		expect(r.mentions).toEqual([]);
	});

	it('1 MB of one line', () => {
		const unit = 'Rockets hit Camp Taji north of Baghdad, and the US said Iran was behind it; ';
		const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
		// Its time is measured by `npm run bench:geoparse` (tests assert no times on shared cores).
		const r = geoparse({ text, gazetteer: gaz });
		checkValid(text, r);
		expect(r.mentions.length).toBeGreaterThan(1000);
	});

	it('never throws, offsets valid (random strings)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
				checkValid(text, geoparse({ text, gazetteer: gaz }));
			}),
			{ numRuns: 300 }
		);
	});

	it('never throws, offsets valid (names among awkward characters)', () => {
		fc.assert(
			fc.property(mixed, (text) => {
				checkValid(text, geoparse({ text, gazetteer: gaz }));
			}),
			{ numRuns: 300 }
		);
	});

	it('deterministic', () => {
		fc.assert(
			fc.property(mixed, (text) => {
				const a = geoparse({ text, gazetteer: gaz });
				const b = geoparse({ text, gazetteer: gaz });
				expect(JSON.stringify(b)).toBe(JSON.stringify(a));
			}),
			{ numRuns: 100 }
		);
	});
});
