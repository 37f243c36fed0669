/**
 * The project's scorer gives the reference scorer's figures. A small synthetic gold/prediction
 * pair (written for this test: spans off by a few characters, case-folded names, unlocated
 * toponyms, a country placed far from the gold point inside the right country, false positives
 * and a document missing from the gold) is scored, and the figures compared with those the
 * reference scorer printed for it. When ../shared/tools is present with its dependencies, the
 * live reference scorer is run too.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { createCountryRule, type WorldCountryNames } from '../../../src/lib/eval/countries';
import { score } from '../../../src/lib/eval/score';
import type { EvalDocument } from '../../../src/lib/eval/types';

const require = createRequire(import.meta.url);
const GOLD = 'tests/fixtures/eval/gold.jsonl';
const PRED = 'tests/fixtures/eval/pred.jsonl';
const REFERENCE = resolve('../shared/tools/score-geoparse.mjs');

/** Printed by `node ../shared/tools/score-geoparse.mjs GOLD PRED [--literal-only]`. */
const EXPECTED = {
	all: {
		P: 0.818,
		R: 0.818,
		F1: 0.818,
		matched: 9,
		acc161: 0.556,
		mean_km: 1341,
		median_km: 0,
		AUC: 0.312,
		geoP: 0.455,
		geoR: 0.455,
		geoF1: 0.455,
		geoF1c: 0.727
	},
	literal: {
		P: 0.636,
		R: 0.778,
		F1: 0.7,
		matched: 7,
		acc161: 0.714,
		mean_km: 1170,
		median_km: 0,
		AUC: 0.176,
		geoP: 0.455,
		geoR: 0.556,
		geoF1: 0.5,
		geoF1c: 0.6
	}
};

const load = (path: string) =>
	new Map(
		readFileSync(path, 'utf8')
			.split('\n')
			.filter(Boolean)
			.map((l) => JSON.parse(l) as EvalDocument)
			.map((d) => [d.id, d])
	);

function countries() {
	const atlas = require('world-atlas/countries-50m.json') as Topology;
	const fc = feature(atlas, atlas.objects.countries as GeometryCollection<{ name?: string }>);
	const shapes = 'features' in fc ? (fc.features as Feature<Geometry, { name?: string }>[]) : [];
	return createCountryRule(require('world-countries') as WorldCountryNames[], shapes);
}

const rule = countries();

describe('score', () => {
	it('matches the reference figures (all toponyms)', () => {
		expect(score(load(GOLD), load(PRED), { countries: rule })).toEqual(EXPECTED.all);
	});

	it('matches the reference figures (--literal-only)', () => {
		expect(score(load(GOLD), load(PRED), { countries: rule, literalOnly: true })).toEqual(
			EXPECTED.literal
		);
	});

	it('the country rule is exercised: geoF1c differs from geoF1 here', () => {
		const s = score(load(GOLD), load(PRED), { countries: rule });
		expect(s.geoF1c).toBeGreaterThan(s.geoF1);
		expect(score(load(GOLD), load(PRED)).geoF1c).toBe(s.geoF1);
	});

	it('perfect predictions score 1; empty ones 0', () => {
		const gold = load(GOLD);
		expect(score(gold, gold, { countries: rule })).toMatchObject({ P: 1, R: 1, geoF1c: 1 });
		expect(score(gold, new Map(), { countries: rule })).toMatchObject({ P: 0, R: 0, F1: 0 });
	});

	const live = existsSync(REFERENCE) && existsSync(resolve('../shared/tools/node_modules'));
	it.runIf(live)('equals the live reference scorer', () => {
		for (const [flag, ours] of [
			[[], score(load(GOLD), load(PRED), { countries: rule })],
			[['--literal-only'], score(load(GOLD), load(PRED), { countries: rule, literalOnly: true })]
		] as const) {
			const out = execFileSync('node', [REFERENCE, GOLD, PRED, ...flag], { encoding: 'utf8' });
			expect(ours).toEqual(JSON.parse(out));
		}
	});
});
