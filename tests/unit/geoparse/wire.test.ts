/**
 * Wire-service news on made-up texts (not taken from any evaluation corpus): dated datelines,
 * headlines in capitals, sports results, markets.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/lib/gazetteer';
import { geoparse } from '../../../src/lib/geoparse';
import type { GeoparseResult } from '../../../src/lib/geoparse/types';
import { realGazetteer } from './gazetteer';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await realGazetteer();
}, 180_000);

const parse = (text: string) => geoparse({ text, gazetteer: gaz });
const placeOf = (r: GeoparseResult, text: string) => {
	const m = r.mentions.find((x) => x.text === text);
	return r.places.find((p) => p.id === m?.placeId);
};

describe('wire news', () => {
	it('a dateline with a date and no qualifier is the city that needs none', () => {
		const story =
			'\n\nTraders said barges left for Houston, Texas, and for Camden, New Jersey, on ' +
			'Tuesday. Prices in Newark, New Jersey, were flat.';
		expect(placeOf(parse(`ROTTERDAM 1996-08-22${story}`), 'ROTTERDAM')?.country).toBe('NL');
		expect(placeOf(parse(`ROTTERDAM, Aug 22${story}`), 'ROTTERDAM')?.country).toBe('NL');
		// Without a date the line may be a local paper's own town: the story's context decides.
		expect(placeOf(parse(`ROTTERDAM${story}`), 'ROTTERDAM')?.country).toBe('US');
	});
});
