/** The packed form of a geoparse result: what it keeps, and how small it is. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/lib/gazetteer';
import { geoparse } from '../../../src/lib/geoparse';
import type { GeoparseResult } from '../../../src/lib/geoparse/types';
import { packResult, unpackResult } from '../../../src/lib/wire/packed-result';
import { realGazetteer } from '../geoparse/gazetteer';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await realGazetteer();
}, 180_000);

const round = (n: number) => Math.round(n * 1e4) / 1e4;
/** `result` as the packed form keeps it: confidences to 4 decimals. */
function rounded(result: GeoparseResult): GeoparseResult {
	const mention = (m: GeoparseResult['mentions'][number]) => ({
		...m,
		confidence: round(m.confidence),
		alternatives: m.alternatives.map((a) => ({ ...a, confidence: round(a.confidence) }))
	});
	return {
		places: result.places.map((p) => ({
			...p,
			confidence: round(p.confidence),
			mentions: p.mentions.map(mention)
		})),
		mentions: result.mentions.map(mention)
	};
}

describe('packed geoparse results', () => {
	it('unpack to the same places and mentions (Camp Taji)', () => {
		const text = readFileSync(
			join(import.meta.dirname, '../../../src/lib/demo/camp-taji.txt'),
			'utf8'
		);
		const result = geoparse({ text, gazetteer });
		const packed = JSON.parse(JSON.stringify(packResult(result)));
		expect(unpackResult(packed, text)).toEqual(rounded(result));
	});

	it('keep the names not on the map', () => {
		const text = 'Boats sank on Manchar Lake near Sehwan, officials in Sindh, Pakistan, said.';
		const result = geoparse({ text, gazetteer });
		expect(result.unresolved?.map((u) => u.text)).toEqual(['Manchar Lake']);
		const packed = JSON.parse(JSON.stringify(packResult(result)));
		expect(unpackResult(packed, text).unresolved).toEqual(result.unresolved);
	});

	it('unpack an empty result and keep a place list without mentions', () => {
		const packed = packResult({ places: [], mentions: [] });
		expect(unpackResult(packed, 'No places here.')).toEqual({ places: [], mentions: [] });
	});

	it('make a 200 KB text dense with names small: under 1 MB for 28,000 mentions', () => {
		const names = ['Baghdad', 'Basra', 'Mosul', 'Kirkuk', 'Iraq', 'Paris', 'London', 'Texas'];
		let text = '';
		for (let i = 0; text.length < 199_000; i++) {
			text += names[i % names.length] + (i % 7 === 6 ? '.\n' : ', ');
		}
		const result = geoparse({ text, gazetteer });
		expect(result.mentions.length).toBeGreaterThan(20_000);
		const packed = JSON.stringify(packResult(result));
		expect(packed.length).toBeLessThan(1_000_000);
		expect(JSON.stringify(result).length).toBeGreaterThan(10 * packed.length);
		const back = unpackResult(JSON.parse(packed), text);
		expect(back.mentions.length).toBe(result.mentions.length);
		expect(back.mentions.every((m, i) => m.start === result.mentions[i]!.start)).toBe(true);
		expect(back.mentions.every((m) => text.slice(m.start, m.end) === m.text)).toBe(true);
	});

	it('unpack the same packed object once (a server renders one parse many times)', () => {
		const text = 'Rockets hit Camp Taji, north of Baghdad.';
		const packed = packResult(geoparse({ text, gazetteer }));
		expect(unpackResult(packed, text)).toBe(unpackResult(packed, text));
	});
});
