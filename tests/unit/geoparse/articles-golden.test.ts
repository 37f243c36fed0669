/**
 * Golden GeoJSON for every test article (tests/fixtures/articles/*.txt and the demo), parsed
 * with the real artifact: the whole output, confidences included, must equal
 * `<id>.expected.geojson`. A change in output shows up here as a diff to review; when it is
 * intended, `REGEN=1 npx vitest run tests/unit/geoparse/articles-golden.test.ts` rewrites them.
 */

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { testArticles } from '../../../src/cli/test-articles';
import type { Gazetteer } from '../../../src/lib/gazetteer';
import { geoparse, toFeatureCollection } from '../../../src/lib/geoparse';
import { realGazetteer } from './gazetteer';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await realGazetteer();
}, 180_000);

const ARTICLES = testArticles();

describe('golden GeoJSON of the test articles', () => {
	it('there are at least ten articles besides the demo', () => {
		expect(ARTICLES.length).toBeGreaterThanOrEqual(11);
	});

	it.each(ARTICLES.map((a) => [a.id, a] as const))('%s', (_id, article) => {
		const fc = toFeatureCollection(geoparse({ text: article.text, gazetteer: gaz }));
		const json = JSON.stringify(fc, null, '\t') + '\n';
		if (process.env.REGEN === '1') writeFileSync(article.golden, json);
		expect(existsSync(article.golden), `${article.golden} missing: run with REGEN=1`).toBe(true);
		expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(article.golden, 'utf8')));
	});
});
