/**
 * What `eval`, `eval:all` and `eval:gate` share: reading a corpus, geoparsing it, scoring it
 * with the reference scorer's figures and its calibration table.
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { calibrationTable, judgePredictions, type CalibrationBin } from '../lib/eval/calibration';
import { createCountryRule, type WorldCountryNames } from '../lib/eval/countries';
import { score } from '../lib/eval/score';
import type { CountryRule, EvalDocument, Scores } from '../lib/eval/types';
import type { Gazetteer } from '../lib/gazetteer/types';
import { geoparse, toToponyms } from '../lib/geoparse/index';

const require = createRequire(import.meta.url);

export function readCorpus(path: string): Map<string, EvalDocument> {
	const docs = new Map<string, EvalDocument>();
	for (const line of readFileSync(path, 'utf8').split('\n')) {
		if (!line.trim()) continue;
		const d = JSON.parse(line) as EvalDocument;
		docs.set(d.id, d);
	}
	return docs;
}

/** The geoF1c country rule over Natural Earth 1:50m countries (world-atlas). */
export function countryRule(): CountryRule {
	const atlas = require('world-atlas/countries-50m.json') as Topology;
	const fc = feature(atlas, atlas.objects.countries as GeometryCollection<{ name?: string }>);
	const shapes = 'features' in fc ? (fc.features as Feature<Geometry, { name?: string }>[]) : [];
	return createCountryRule(require('world-countries') as WorldCountryNames[], shapes);
}

/** The geoparser's toponyms for every document of a corpus. */
export function predict(
	gold: Map<string, EvalDocument>,
	gazetteer: Gazetteer
): Map<string, EvalDocument> {
	const pred = new Map<string, EvalDocument>();
	for (const [id, doc] of gold) {
		pred.set(id, { id, toponyms: toToponyms(geoparse({ text: doc.text ?? '', gazetteer })) });
	}
	return pred;
}

export interface CorpusResult {
	scores: Scores;
	calibration: CalibrationBin[];
}

export function evaluate(
	gold: Map<string, EvalDocument>,
	pred: Map<string, EvalDocument>,
	countries: CountryRule,
	literalOnly = false
): CorpusResult {
	return {
		scores: score(gold, pred, { literalOnly, countries }),
		calibration: calibrationTable(judgePredictions(gold, pred, countries))
	};
}
