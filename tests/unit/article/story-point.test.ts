import { describe, expect, it } from 'vitest';
import { storyPoint } from '../../../src/lib/article/story-point';
import type { LngLat } from '../../../src/lib/gazetteer/types';

const at = (id: string, point: LngLat) => ({ place: { id, point } });

describe('storyPoint', () => {
	it('is the place nearest to all the others, whatever the outlier', () => {
		const places = [
			at('baghdad', [44.4, 33.3]),
			at('karbala', [44.0, 32.6]),
			at('taji', [44.23, 33.51]),
			at('springfield', [-89.6, 39.8])
		];
		expect(storyPoint(places)).toEqual([44.4, 33.3]);
	});

	it('leaves out the place being corrected', () => {
		const places = [at('a', [10, 10]), at('b', [-100, 40]), at('c', [-101, 41])];
		expect(storyPoint(places, 'b')).toEqual([10, 10]);
	});

	it('is undefined when no other place is known', () => {
		expect(storyPoint([at('a', [1, 2])], 'a')).toBeUndefined();
		expect(storyPoint([])).toBeUndefined();
	});
});
