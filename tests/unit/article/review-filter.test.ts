import { describe, expect, it } from 'vitest';
import { emptyFilter, filterChoices, filterPlaces, isEmptyFilter } from '$lib/article/filter';
import { buildReaderModel } from '$lib/article/model';
import { reviewOrder, reviewSteps } from '$lib/article/review';
import { collectionToResult } from '$lib/share/collection';
import { toFeatureCollection } from '$lib/geoparse/index';
import { applyCorrections } from '$lib/share/corrections';
import { sampleResult, TEXT } from '../share/sample';

function model(confidences: Record<string, number> = {}, accepted: string[] = []) {
	const base = sampleResult();
	for (const place of base.places) {
		place.confidence = confidences[place.id] ?? place.confidence;
		for (const m of place.mentions) m.confidence = place.confidence;
	}
	const { result } = applyCorrections({
		result: base,
		corrections: {},
		text: TEXT,
		edits: { added: [], mentions: [], accepted }
	});
	return buildReaderModel(result);
}

describe('review steps', () => {
	it('put each name not on the map first, once per name, then the places', () => {
		const m = model({ 'gn:611717': 0.4 });
		const places = reviewOrder(m.places);
		const at = (from: number) => ({ start: from, end: from + 2, text: 'Ok', rule: 't' });
		const steps = reviewSteps(places, [at(70), { ...at(80), text: 'OK' }, at(90)]);
		expect(steps.slice(0, 1)).toEqual([{ kind: 'offMap', start: 70 }]);
		expect(steps.slice(1)).toEqual(places.map((i) => ({ kind: 'place', id: i.entry.place.id })));
		expect(reviewSteps(places, [])).toHaveLength(places.length);
	});

	it('reach the private page through the API’s GeoJSON, malformed entries left out', () => {
		const start = TEXT.indexOf('ok');
		const good = { start, end: start + 2, text: 'ok', rule: 'test' };
		const collection = {
			...toFeatureCollection(sampleResult()),
			unresolved: [good, { start: 'x' }, null, { ...good, end: start }]
		};
		expect(collectionToResult(collection).unresolved).toEqual([good]);
		expect(collectionToResult(toFeatureCollection(sampleResult()))).not.toHaveProperty(
			'unresolved'
		);
	});
});

describe('review order', () => {
	it('puts unsure places and far outliers first, and leaves out checked ones', () => {
		// Georgia (country) and Tbilisi are 0.7; Atlanta lies 9,900 km from them.
		const m = model({ 'gn:611717': 0.4 });
		const order = reviewOrder(m.places);
		expect(order.map((i) => i.entry.place.name)).toEqual(['Atlanta', 'Tbilisi', 'Georgia']);
		expect(order[0]!.reasons[0]).toMatch(/^[\d,]+ km from the story’s other places$/);
		expect(order[1]!.reasons).toEqual(['low confidence (40%)']);
		expect(m.byId.get('gn:611717')!.low).toBe(true);

		const checked = model({ 'gn:611717': 0.4 }, ['gn:611717']);
		expect(checked.byId.get('gn:611717')).toMatchObject({ low: false, checked: true });
		expect(reviewOrder(checked.places).map((i) => i.entry.place.name)).toEqual([
			'Atlanta',
			'Georgia'
		]);
	});
});

describe('place filter', () => {
	const m = model({ 'gn:4180439': 0.3 }, ['gn:611717']);
	const names = (filter: Partial<ReturnType<typeof emptyFilter>>) =>
		filterPlaces(m.places, { ...emptyFilter(), ...filter }, (i) => m.mentions[i]!.text).map(
			(e) => e.place.name
		);

	it('keeps every place when empty', () => {
		expect(isEmptyFilter(emptyFilter())).toBe(true);
		expect(isEmptyFilter({ ...emptyFilter(), query: '  ' })).toBe(true);
		expect(names({})).toEqual(['Georgia', 'Tbilisi', 'Atlanta']);
	});

	it('finds by name regardless of case and accents, and by kind, country, confidence, checked', () => {
		expect(names({ query: 'TBÍL' })).toEqual(['Tbilisi']);
		expect(names({ kind: 'city' })).toEqual(['Tbilisi', 'Atlanta']);
		expect(names({ country: 'US' })).toEqual(['Atlanta']);
		expect(names({ confidence: 'low' })).toEqual(['Atlanta']);
		expect(names({ confidence: 'high' })).toEqual(['Georgia', 'Tbilisi']);
		expect(names({ checked: 'checked' })).toEqual(['Tbilisi']);
		expect(names({ checked: 'unchecked', kind: 'city' })).toEqual(['Atlanta']);
		expect(names({ role: 'associative' })).toEqual([]);
		expect(isEmptyFilter({ ...emptyFilter(), kind: 'city' })).toBe(false);
	});

	it('offers the kinds and countries present', () => {
		expect(filterChoices(m.places)).toEqual({
			kinds: ['city', 'country'],
			countries: ['GE', 'US']
		});
	});
});
