/**
 * "Dublin City Council", "Springfield City Schools", "Dublin City hall": "X City" before more
 * of an institution's name, or before an institution's noun in lower case, is the town X when
 * X alone names a more prominent town than "X City" does (not "Kansas City Council", "Carson
 * City Council": there "X City" is the town).
 */

import type { LookupOptions } from '../../gazetteer/index';
import { isGenericNoun, PLACE_HEAD_NOUNS } from '../lexicon/index';
import type { MemoGazetteer } from '../memo';
import type { RuleInfo } from '../record';
import type { Token } from '../tokenize';
import { ENDING_BITS, type Pick } from './pick';

export const townBeforeCityWordRule: RuleInfo = {
	id: 'recognise/town-before-city-word',
	description: '"X City" before an institution\'s name is the town X ("Dublin City Council")'
};

const TOP_QUERY: LookupOptions = { limit: 1, loose: false };
const TOWN_QUERY: LookupOptions = {
	limit: 1,
	kinds: ['city', 'town', 'neighbourhood'],
	loose: false
};

function townBeforeCityWord(name: string, withWord: string, gaz: MemoGazetteer): boolean {
	const town = gaz.lookup(name, TOWN_QUERY)[0];
	const whole = gaz.lookup(withWord, TOP_QUERY)[0];
	// The town must be called X ("Oklahoma" is also a GeoNames name of Oklahoma City).
	if (town === undefined || gaz.key(town.place.name) !== gaz.key(name)) return false;
	// The kind word read as a hint finds the town itself: "City" names nothing more.
	if (whole === undefined || whole.place.id === town.place.id) return true;
	return town.place.importance > whole.place.importance;
}

export function readTownBeforeCityWord(
	text: string,
	tokens: Token[],
	i: number,
	pick: Pick,
	gaz: MemoGazetteer
): void {
	const first = tokens[i] as Token;
	const beforeBest = pick.best - 1;
	const cityWord = pick.best > i ? (tokens[pick.best] as Token) : undefined;
	const afterCity = tokens[pick.best + 1];
	if (
		cityWord &&
		(cityWord.lower === 'city' || cityWord.lower === 'town') &&
		afterCity !== undefined &&
		(afterCity.cap || isGenericNoun(afterCity.lower) || PLACE_HEAD_NOUNS.has(afterCity.lower)) &&
		afterCity.gap === 'space'
	) {
		const name = text.slice(first.start, (tokens[beforeBest] as Token).end);
		if (townBeforeCityWord(name, pick.query, gaz)) {
			pick.best = beforeBest;
			pick.key = gaz.key(name);
			pick.query = name;
			pick.fired |= ENDING_BITS.townBeforeCityWord;
		}
	}
}
