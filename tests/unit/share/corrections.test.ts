import { describe, expect, it } from 'vitest';
import { applyCorrections, type CorrectionTarget } from '$lib/share/corrections';
import { sampleResult, TEXT } from './sample';

const known: Record<string, CorrectionTarget> = {
	'gn:4197000': {
		id: 'gn:4197000',
		name: 'Georgia',
		kind: 'admin1',
		country: 'US',
		admin1: null,
		point: [-83.1, 32.9],
		bbox: [-85.6, 30.4, -80.8, 35]
	}
};
const resolve = (id: string) => known[id] ?? null;

describe('applyCorrections', () => {
	it('re-pins every mention of a name to an alternative, keeping the former choice to undo', () => {
		const input = sampleResult();
		const before = structuredClone(input);
		const { result, unresolved } = applyCorrections({
			result: input,
			corrections: { georgia: { placeId: 'admin1:US.GA' } }
		});
		expect(unresolved).toEqual([]);
		expect(input).toEqual(before); // not mutated
		const georgia = result.mentions.filter((m) => m.text === 'Georgia');
		expect(georgia.map((m) => m.placeId)).toEqual(['admin1:US.GA', 'admin1:US.GA']);
		expect(georgia[0]!.confidence).toBe(1);
		expect(georgia[0]!.alternatives[0]!.id).toBe('country:GE');
		expect(result.places.map((p) => p.id)).toEqual(['admin1:US.GA', 'gn:611717', 'gn:4180439']);
		expect(result.places[0]!.mentions).toHaveLength(2);
		for (const m of result.mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
	});

	it('uses the resolver for places the result does not know', () => {
		const { result } = applyCorrections({
			result: sampleResult(),
			corrections: { georgia: { placeId: 'gn:4197000' } },
			resolve
		});
		expect(result.places[0]).toMatchObject({
			id: 'gn:4197000',
			kind: 'admin1',
			bbox: [-85.6, 30.4, -80.8, 35]
		});
	});

	it('merges into a place already in the result', () => {
		const { result } = applyCorrections({
			result: sampleResult(),
			corrections: { atlanta: { placeId: 'gn:611717' } }
		});
		expect(result.places.map((p) => p.id)).toEqual(['country:GE', 'gn:611717']);
		expect(result.places[1]!.mentions.map((m) => m.text)).toEqual([
			'Tbilisi',
			'Atlanta',
			'Tbilisi'
		]);
	});

	it('removes a name marked not a place, and its place when no mention is left', () => {
		const { result } = applyCorrections({
			result: sampleResult(),
			corrections: { tbilisi: { notAPlace: true } }
		});
		expect(result.mentions.map((m) => m.text)).toEqual(['Georgia', 'Georgia', 'Atlanta']);
		expect(result.places.map((p) => p.id)).toEqual(['country:GE', 'gn:4180439']);
	});

	it('leaves names with an unknown target alone and reports them; ignores inherited keys', () => {
		const corrections = JSON.parse(
			'{"georgia": {"placeId": "gn:1"}, "__proto__": {"notAPlace": true}}'
		);
		const { result, unresolved } = applyCorrections({
			result: sampleResult(),
			corrections,
			resolve
		});
		expect(unresolved).toEqual(['georgia']);
		expect(result).toEqual(sampleResult());
	});

	it('returns the input itself when there is nothing to apply', () => {
		const input = sampleResult();
		expect(applyCorrections({ result: input, corrections: {} }).result).toBe(input);
	});
});
