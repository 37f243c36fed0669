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

describe('applyCorrections with reader edits', () => {
	const pin = { lat: 41.7, lng: 44.8, radiusKm: null };

	it('adds a place the parser missed, named by its text, even inside a longer name', () => {
		const input = sampleResult();
		const before = structuredClone(input);
		const start = TEXT.indexOf('state'); // inside the quoted "the state"
		const { result, dropped } = applyCorrections({
			result: input,
			corrections: {},
			text: TEXT,
			edits: {
				added: [{ start, end: start + 5, target: { placeId: 'gn:4197000' } }],
				mentions: [],
				accepted: []
			},
			resolve
		});
		expect(dropped).toEqual([]);
		expect(input).toEqual(before);
		const added = result.mentions.find((m) => m.start === start)!;
		expect(added).toMatchObject({
			text: 'state',
			placeId: 'gn:4197000',
			confidence: 1,
			source: 'reader'
		});
		const place = result.places.find((p) => p.id === 'gn:4197000')!;
		expect(place.source).toBe('reader');
		expect(result.mentions.map((m) => m.start)).toEqual(
			[...result.mentions.map((m) => m.start)].sort((a, b) => a - b)
		);
	});

	it('lets an added span replace the parser mentions it overlaps', () => {
		const start = TEXT.indexOf('Georgia for Tbilisi');
		const { result } = applyCorrections({
			result: sampleResult(),
			corrections: {},
			text: TEXT,
			edits: { added: [{ start, end: start + 19, target: { pin } }], mentions: [], accepted: [] }
		});
		expect(result.mentions.filter((m) => m.start >= start && m.start < start + 19)).toHaveLength(1);
		const place = result.places.find((p) => p.id === 'pin:41.7_44.8')!;
		expect(place).toMatchObject({
			name: 'Georgia for Tbilisi',
			kind: 'landmark',
			point: [44.8, 41.7],
			source: 'reader'
		});
	});

	it('fixes one mention only, before the name-wide correction', () => {
		const input = sampleResult();
		const second = input.mentions.filter((m) => m.text === 'Georgia')[1]!;
		const { result } = applyCorrections({
			result: input,
			corrections: { georgia: { placeId: 'admin1:US.GA' } },
			text: TEXT,
			edits: {
				added: [],
				mentions: [{ start: second.start, fix: { notAPlace: true } }],
				accepted: []
			}
		});
		const georgia = result.mentions.filter((m) => m.text === 'Georgia');
		expect(georgia.map((m) => [m.start, m.placeId])).toEqual([
			[input.mentions[0]!.start, 'admin1:US.GA']
		]);
	});

	it('pins one mention, or every mention of a name, to a point of the reader', () => {
		const input = sampleResult();
		const first = input.mentions.find((m) => m.text === 'Tbilisi')!;
		const area = { lat: 41.7, lng: 44.8, radiusKm: 10 };
		const one = applyCorrections({
			result: input,
			corrections: {},
			edits: { added: [], mentions: [{ start: first.start, fix: { pin: area } }], accepted: [] }
		}).result;
		expect(one.places.find((p) => p.id === 'pin:41.7_44.8_10')).toMatchObject({
			kind: 'region',
			mentions: [{ start: first.start, source: 'reader' }]
		});
		expect(one.places.find((p) => p.id === 'gn:611717')!.mentions).toHaveLength(1);
		const all = applyCorrections({ result: input, corrections: { tbilisi: { pin } } }).result;
		expect(all.places.find((p) => p.id === 'pin:41.7_44.8')!.mentions).toHaveLength(2);
		expect(all.places.some((p) => p.id === 'gn:611717')).toBe(false);
	});

	it('marks accepted places as checked, leaving the parser as their source', () => {
		const { result } = applyCorrections({
			result: sampleResult(),
			corrections: {},
			edits: { added: [], mentions: [], accepted: ['gn:611717', 'gn:0'] }
		});
		expect(result.places.find((p) => p.id === 'gn:611717')).toMatchObject({ checked: true });
		expect(result.places.find((p) => p.id === 'gn:611717')!.source).toBeUndefined();
		expect(result.places.filter((p) => p.checked)).toHaveLength(1);
	});

	it('drops and lists edits that cannot apply, never failing', () => {
		const { result, dropped } = applyCorrections({
			result: sampleResult(),
			corrections: {},
			text: TEXT,
			edits: {
				added: [
					{ start: TEXT.length - 2, end: TEXT.length + 5, target: { pin } },
					{ start: 0, end: 6, target: { placeId: 'gn:404' } }
				],
				mentions: [{ start: 1, fix: { notAPlace: true } }],
				accepted: []
			}
		});
		expect(result.mentions).toHaveLength(5);
		expect(dropped).toEqual([
			`add: ${TEXT.length - 2}–${TEXT.length + 5} is not in the text`,
			'one: no mention starts at 1',
			'add: no such place "gn:404"'
		]);
	});
});

describe('applyCorrections and the parser’s reasons', () => {
	it('keeps why for the parser’s places, not for what a reader placed', () => {
		const input = sampleResult();
		for (const place of input.places) place.why = [`why ${place.name}`];
		const { result } = applyCorrections({
			result: input,
			corrections: {
				atlanta: { placeId: 'gn:611717' },
				georgia: { pin: { lat: 1, lng: 2, radiusKm: null } }
			},
			edits: { added: [], mentions: [], accepted: ['gn:611717'] }
		});
		expect(result.places.find((p) => p.id === 'gn:611717')!.why).toEqual(['why Tbilisi']);
		expect(result.places.find((p) => p.id === 'pin:1_2')!.why).toBeUndefined();
	});
});
