/**
 * The pipeline's orchestration (stages and rules declared in `pipeline.ts`): tokenize →
 * recognise → reject → candidates → group and evidence → resolve → output. Pure: text and
 * gazetteer in, places and mentions out. Never throws on any string.
 *
 * Each stage is its own function, called once per text: the engine compiles the hot ones one by
 * one, and a rare branch met late in one stage recompiles that stage, not the whole pipeline.
 * Arrays that pass between stages are built by push, not map: an optimised map makes holey
 * arrays, and every loop that had only seen packed ones would be compiled again.
 */

import { lookupStage } from './candidates/lookup';
import { datelineCityStage } from './candidates/dateline-city';
import { nearNamedStage } from './candidates/near-named';
import { kindBeforeListStage } from './recognise/kind-before-list';
import { eventVenueStage } from './candidates/event-venue';
import { seatOfGovernmentStage } from './candidates/seat-of-government';
import { cityFromAbroadStage } from './candidates/city-from-abroad';
import { datelineCountryStage } from './candidates/dateline-country';
import { definiteArticleStage } from './candidates/definite-article';
import { townsSuchAsStage } from './candidates/towns-such-as';
import { featureKindStage } from './candidates/feature-kind';
import { featureShortNameStage } from './candidates/feature-short-name';
import { namedAfterFeatureStage } from './candidates/named-after-feature';
import { kindCueStage } from './candidates/kind-cue';
import { dropPlacesNamedElsewhere } from './candidates/named-elsewhere';
import { qualifyStage } from './candidates/qualify';
import { looseAbroadStage } from './candidates/loose-abroad';
import { withDefinedSubjects } from './recognise/defined-subject';
import { kindAfterListStage } from './recognise/kind-after-list';
import { groupSpans } from './group';
import { memoFor } from './memo';
import { collectMentions } from './mentions';
import type { GeoparseRun } from './record';
import { recognize } from './recognise/scan';
import { airlineEverywhere } from './reject/airline-context';
import { rejectStage } from './reject/stage';
import { demonymWeights, resolvePlaces } from './resolve/places';
import { tokenize, type Token } from './tokenize';
import { unresolvedMentions } from './unresolved';
import type { GeoparseOptions, GeoparseResult } from './types';

export type { GeoparseRun } from './record';

/** Run the pipeline and keep its records (for `--explain` and the places' `why`). */
export function geoparseRun(options: GeoparseOptions): GeoparseRun {
	const gaz = memoFor(options.gazetteer);
	const text = typeof options.text === 'string' ? options.text : '';
	const tokens: Token[] = tokenize(text);
	const { kept, rejected } = airlineEverywhere(
		rejectStage(tokens, recognize(text, tokens, gaz), gaz)
	);
	const records = withDefinedSubjects(text, tokens, kept, gaz);
	kindAfterListStage(records, tokens, gaz);
	kindBeforeListStage(records, tokens);
	lookupStage(records, gaz);
	qualifyStage(text, records, tokens, gaz);
	looseAbroadStage(records);
	featureKindStage(records, tokens, gaz);
	namedAfterFeatureStage(records, gaz);
	featureShortNameStage(records, text);
	datelineCityStage(records, tokens);
	nearNamedStage(records, tokens);
	datelineCountryStage(records, tokens);
	kindCueStage(
		records,
		rejected.filter((r) => r.span.form === 'demonym'),
		tokens,
		gaz
	);
	eventVenueStage(records, tokens, gaz);
	seatOfGovernmentStage(records, tokens, gaz);
	cityFromAbroadStage(records);
	definiteArticleStage(records, tokens, gaz);
	townsSuchAsStage(records, tokens);
	const groups = groupSpans(text, records, tokens);
	dropPlacesNamedElsewhere(groups, gaz);
	const why = options.why === true;
	const context = { demonyms: demonymWeights(records), isCapital: gaz.isCapital };
	const resolution = resolvePlaces(groups, context, why);
	const result = collectMentions({
		text,
		tokens,
		records,
		...resolution,
		maxAlternatives: Math.max(0, options.alternatives ?? 5),
		why
	});
	const unresolved = unresolvedMentions(text, tokens, records, rejected);
	if (unresolved.length > 0) result.unresolved = unresolved;
	return {
		result,
		records,
		rejected,
		groups,
		kept: resolution.groups,
		resolved: resolution.resolved
	};
}

/** Geoparse a text: every place it names, with every mention. See `types.ts`. */
export function geoparse(options: GeoparseOptions): GeoparseResult {
	return geoparseRun(options).result;
}
