import { describe, expect, it } from 'vitest';
import { carriesCorrections } from '$lib/share/correction-params';
import { correctionCode, hasCorrections } from '$lib/state/correction-code';
import { ReaderCorrections } from '$lib/state/corrections.svelte';
import { sampleResult, TEXT } from '../share/sample';

describe('the correction code, fetched only when there is something to correct', () => {
	it('leaves the parse as it is until the code is here, fetching it, then applies', async () => {
		const base = sampleResult();
		expect(new ReaderCorrections().apply(base, TEXT).result).toBe(base);
		expect(correctionCode.value).toBeNull();
		const corrections = new ReaderCorrections({ georgia: { notAPlace: true } });
		expect(corrections.apply(base, TEXT).result).toBe(base);
		// Asked for corrections it could not apply: the code is on its way.
		await correctionCode.load();
		const { result } = corrections.apply(base, TEXT);
		expect(result.mentions.some((m) => m.text === 'Georgia')).toBe(false);
		expect(base.mentions.some((m) => m.text === 'Georgia')).toBe(true);
	});

	it('knows a state or a link that has corrections or edits', () => {
		const none = { corrections: {}, edits: { added: [], mentions: [], accepted: [] } };
		expect(hasCorrections(none)).toBe(false);
		expect(hasCorrections({ ...none, corrections: { georgia: { notAPlace: true } } })).toBe(true);
		expect(hasCorrections({ ...none, edits: { ...none.edits, accepted: ['gn:1'] } })).toBe(true);
		expect(carriesCorrections(new URLSearchParams('place=gn:1&m=4&map=5/1/2'))).toBe(false);
		for (const query of ['fix=georgia~none', 'add=1_4_gn:1', 'one=4_none', 'ok=gn:1']) {
			expect(carriesCorrections(new URLSearchParams(`m=4&${query}`))).toBe(true);
		}
	});
});
