/** A small hand-made geoparse result for share and export tests (not parser output). */
import type { GeoparseResult, Mention, PlaceCandidate, ResolvedPlace } from '$lib/geoparse/types';

export const TEXT =
	'Troops left Georgia for Tbilisi. Georgia, "the state", said: Atlanta & Tbilisi <ok>.';

const at = (word: string, from = 0) => {
	const start = TEXT.indexOf(word, from);
	return { start, end: start + word.length, text: word };
};

const georgiaUS: PlaceCandidate = {
	id: 'admin1:US.GA',
	name: 'Georgia',
	kind: 'admin1',
	country: 'US',
	admin1: null,
	point: [-83.5, 32.75],
	confidence: 0.3
};

function mention(
	word: { start: number; end: number; text: string },
	placeId: string,
	alternatives: PlaceCandidate[] = []
): Mention {
	return { ...word, role: 'literal', form: 'name', placeId, confidence: 0.7, alternatives };
}

export function sampleResult(): GeoparseResult {
	const g1 = mention(at('Georgia'), 'country:GE', [georgiaUS]);
	const t1 = mention(at('Tbilisi'), 'gn:611717');
	const g2 = mention(at('Georgia', g1.end), 'country:GE', [georgiaUS]);
	const a1 = mention(at('Atlanta'), 'gn:4180439');
	const t2 = mention(at('Tbilisi', t1.end), 'gn:611717');
	const place = (
		id: string,
		name: string,
		kind: ResolvedPlace['kind'],
		country: string,
		point: [number, number],
		mentions: Mention[]
	): ResolvedPlace => ({
		id,
		name,
		kind,
		country,
		admin1: null,
		point,
		bbox: kind === 'country' ? [40, 41, 46.7, 43.6] : null,
		confidence: 0.7,
		mentions
	});
	return {
		places: [
			place('country:GE', 'Georgia', 'country', 'GE', [43.5, 42.2], [g1, g2]),
			place('gn:611717', 'Tbilisi', 'city', 'GE', [44.79307, 41.69411], [t1, t2]),
			place('gn:4180439', 'Atlanta', 'city', 'US', [-84.38798, 33.749], [a1])
		],
		mentions: [g1, t1, g2, a1, t2]
	};
}
