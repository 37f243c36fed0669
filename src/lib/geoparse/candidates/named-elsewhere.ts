/**
 * "Mexico" beside "Mexico City": a name loses the readings of a place that another name of the
 * document calls by its own name (not the city, whose other names include "Mexico"). A writer
 * who names a place in full calls something else by the shorter name; left in, the full name's
 * votes (its country, division and point) carry the shorter one to the same place. A name keeps
 * its readings when all of them are so named.
 */

import { isSettlement, type Candidate } from '../../gazetteer/index';
import type { MemoGazetteer } from '../memo';
import type { Group, RuleInfo } from '../record';

export const namedElsewhereRule: RuleInfo = {
	id: 'candidates/named-elsewhere',
	description: "a place another name of the story calls by its own name is not this one's reading"
};

const isTown = (c: Candidate) => isSettlement(c.place.kind);

/**
 * A reading of a country or a first-level division by its own name: the whole name, not the
 * name before a kind word ("Panama City" finds the country Panama too).
 */
const majorByName = (c: Candidate, key: string, gaz: MemoGazetteer) =>
	c.match === 'name' &&
	(c.place.kind === 'country' || c.place.kind === 'admin1') &&
	gaz.key(c.place.name) === key;

/**
 * Whether `c`, a reading of group `g` by another of its names, is named in full by another group.
 * Places by their index in the gazetteer (one per entry): their ids are decoded only when shown.
 */
function namedElsewhere(c: Candidate, g: Group, owner: Map<number, string>): boolean {
	const o = c.match === 'alternate' && isTown(c) ? owner.get(c.place.index) : undefined;
	return o !== undefined && o !== g.key;
}

/**
 * "Panama" beside "Panama City": the capital Panamá has the country's name for its own, and the
 * longer name calls it by another. The country's name, written short beside the longer one, is
 * the country: it loses the towns the longer name reads.
 */
function shortCountryName(majors: Group[], groups: Group[], gaz: MemoGazetteer): void {
	for (const m of majors) {
		const country = m.candidates.some(
			(c) => c.place.kind === 'country' && majorByName(c, m.key, gaz)
		);
		if (!country) continue;
		const longer = new Set<number>();
		for (const g of groups)
			if (g.key.startsWith(`${m.key} `))
				for (const c of g.candidates) if (isTown(c)) longer.add(c.place.index);
		if (longer.size === 0) continue;
		const kept = m.candidates.filter((c) => !(isTown(c) && longer.has(c.place.index)));
		if (kept.length === m.candidates.length || kept.length === 0) continue;
		m.candidates = kept;
		m.trace.push(namedElsewhereRule.id);
	}
}

export function dropPlacesNamedElsewhere(groups: Group[], gaz: MemoGazetteer): void {
	// The towns at stake first: few names are a country's or a division's (only their own name,
	// "Mexico", "New York": elsewhere a short name is local usage for the full one, "DeKalb" for
	// DeKalb County, "Avondale" for Avondale Estates), so the keys of the other names' readings
	// are computed only for those towns.
	const majors: Group[] = [];
	const atStake = new Set<number>();
	for (const g of groups) {
		if (!g.candidates.some((c) => majorByName(c, g.key, gaz))) continue;
		majors.push(g);
		for (const c of g.candidates)
			if (c.match === 'alternate' && isTown(c)) atStake.add(c.place.index);
	}
	shortCountryName(majors, groups, gaz);
	if (atStake.size === 0) return;
	const owner = new Map<number, string>();
	for (const g of groups) {
		for (const c of g.candidates) {
			if (c.match !== 'name') continue;
			const index = c.place.index;
			if (!atStake.has(index) || owner.has(index)) continue;
			if (gaz.key(c.place.name) === g.key) owner.set(index, g.key);
		}
	}
	for (const g of majors) {
		let drop = 0;
		for (const c of g.candidates) if (namedElsewhere(c, g, owner)) drop++;
		if (drop === 0 || drop === g.candidates.length) continue;
		// A new array: candidate lists are shared between the groups of one query.
		g.candidates = g.candidates.filter((c) => !namedElsewhere(c, g, owner));
		g.trace.push(namedElsewhereRule.id);
	}
}
