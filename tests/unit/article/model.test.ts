import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLACE_COLOURS, buildReaderModel, isArea, listOrder } from '../../../src/lib/article/model';
import { countryName, formatCoordinates, placeLabel } from '../../../src/lib/article/format';
import { result } from './fixture';
import type { ResolvedPlace } from '../../../src/lib/geoparse/types';

describe('buildReaderModel', () => {
	const model = buildReaderModel(result);

	it('numbers places in order of first mention and links each to its mentions', () => {
		expect(model.places.map((p) => [p.number, p.place.id])).toEqual([
			[1, 'taji'],
			[2, 'baghdad'],
			[3, 'us'],
			[4, 'ir'],
			[5, 'iq']
		]);
		expect(model.byId.get('us')!.mentionIndexes).toEqual([2, 4]);
		for (const entry of model.places) {
			for (const i of entry.mentionIndexes)
				expect(result.mentions[i]!.placeId).toBe(entry.place.id);
		}
	});

	it('marks literal places and areas', () => {
		expect(model.byId.get('us')!.literal).toBe(false);
		expect(model.byId.get('iq')!.literal).toBe(true);
		expect(model.byId.get('iq')!.area).toBe(true);
		expect(model.byId.get('taji')!.area).toBe(false);
		expect(isArea('admin1')).toBe(true);
		expect(isArea('city')).toBe(false);
	});

	it('cycles colours through the palette', () => {
		const many = buildReaderModel({
			places: Array.from({ length: PLACE_COLOURS.length + 2 }, (_, i) => ({
				...result.places[0]!,
				id: `p${i}`
			})),
			mentions: []
		});
		expect(many.places.map((p) => p.colour).slice(-2)).toEqual([0, 1]);
	});
});

describe('buildReaderModel and counties', () => {
	const benton = (id: string, admin1: string, admin2: string): ResolvedPlace => ({
		id,
		name: 'Benton',
		kind: 'town',
		country: 'US',
		admin1,
		admin2,
		point: [-92.6, 34.6],
		bbox: null,
		confidence: 0.9,
		mentions: []
	});

	it('keeps a county only on namesakes of one state, so labels say just enough', () => {
		const model = buildReaderModel({
			places: [
				benton('a', 'Arkansas', 'Saline County'),
				benton('b', 'Arkansas', 'Polk County'),
				benton('c', 'Illinois', 'Franklin County')
			],
			mentions: []
		});
		expect(model.places.map((entry) => placeLabel(entry.place))).toEqual([
			'Benton, Saline County, Arkansas, United States',
			'Benton, Polk County, Arkansas, United States',
			'Benton, Illinois, United States'
		]);
	});
});

describe('listOrder', () => {
	it('puts literal places first, then the most mentioned', () => {
		const ordered = listOrder(buildReaderModel(result).places).map((p) => p.place.id);
		expect(ordered).toEqual(['taji', 'baghdad', 'iq', 'us', 'ir']);
	});
});

describe('palette', () => {
	it('app.css defines the same place colours as PLACE_COLOURS', () => {
		const css = readFileSync('src/app.css', 'utf8');
		const defined = [...css.matchAll(/\.place-(\d+)\s*\{\s*--place:\s*(#[0-9a-f]{6})/gi)].map(
			([, n, colour]) => [Number(n), colour!.toLowerCase()]
		);
		expect(defined).toEqual(PLACE_COLOURS.map((c, i) => [i, c]));
	});
});

describe('format', () => {
	it('names places with their country', () => {
		expect(countryName('IQ')).toBe('Iraq');
		expect(placeLabel({ name: 'Camp Taji', kind: 'landmark', country: 'IQ' })).toBe(
			'Camp Taji, Iraq'
		);
		expect(placeLabel({ name: 'Iraq', kind: 'country', country: 'IQ' })).toBe('Iraq');
		expect(placeLabel({ name: 'Middle East', kind: 'region', country: null })).toBe('Middle East');
	});

	it('writes coordinates with hemispheres', () => {
		expect(formatCoordinates([-77.0365, 38.8977])).toBe('38.8977° N, 77.0365° W');
	});
});
