import type { GeoparseResult, Mention, ResolvedPlace } from '../../../src/lib/geoparse/types';

/** A small hand-written article and result, shaped as the geoparser returns them. */
export const text =
	'Rockets hit Camp Taji, north of Baghdad.\n\nThe US blamed Iranian-backed groups; the US struck back in Iraq.\n';

function mention(surface: string, from: number, placeId: string, role: Mention['role']): Mention {
	const start = text.indexOf(surface, from);
	if (start < 0) throw new Error(`${surface} not in fixture text`);
	return {
		start,
		end: start + surface.length,
		text: surface,
		role,
		form: surface.endsWith('-backed') ? 'demonym' : 'name',
		placeId,
		confidence: 0.9,
		alternatives: []
	};
}

const mentions: Mention[] = [
	mention('Camp Taji', 0, 'taji', 'literal'),
	mention('Baghdad', 0, 'baghdad', 'literal'),
	mention('US', 0, 'us', 'associative'),
	mention('Iranian', 0, 'ir', 'associative'),
	mention('US', 60, 'us', 'associative'),
	mention('Iraq', 0, 'iq', 'literal')
];

function place(
	id: string,
	name: string,
	kind: ResolvedPlace['kind'],
	country: string | null,
	point: [number, number]
): ResolvedPlace {
	const own = mentions.filter((m) => m.placeId === id);
	return {
		id,
		name,
		kind,
		country,
		admin1: null,
		point,
		bbox: kind === 'country' ? [point[0] - 5, point[1] - 5, point[0] + 5, point[1] + 5] : null,
		confidence: 0.9,
		mentions: own
	};
}

export const result: GeoparseResult = {
	places: [
		place('taji', 'Camp Taji', 'landmark', 'IQ', [44.28, 33.53]),
		place('baghdad', 'Baghdad', 'city', 'IQ', [44.4, 33.34]),
		place('us', 'United States', 'country', 'US', [-98, 39]),
		place('ir', 'Iran', 'country', 'IR', [53, 32]),
		place('iq', 'Iraq', 'country', 'IQ', [43, 33])
	],
	mentions
};
