/**
 * Divisions whose name carries its kind word ("Broward County", "Turkana County", "Bagmati
 * Province") are written without it in news ("in Broward", "Turkana, Mandera and Wajir"). The
 * bare name becomes an alternate name (the lowest tier, so a place that bears it outright still
 * ranks first), unless alone it would mostly mean something else: an ordinary word ("Will
 * County", "Ocean County"), a direction ("Central Region") or a first name ("Travis County").
 */

import { KIND_WORDS, nameKey } from '../../src/lib/gazetteer/normalize';
import { commonWordRank, DIRECTIONS, FIRST_NAME } from '../../src/lib/geoparse/lexicon/index';
import type { EntryDraft } from './draft';

const DIVISIONS = new Set(['admin1', 'admin2']);

/**
 * Kind words that lead a division's name before "of" ("Province of Nueva Ecija", "Municipality
 * of Tabor") where the rest is the name in use. Not "State of", "District of", "City of": "State
 * of Mexico", "District of Columbia" are not what "Mexico", "Columbia" mean alone.
 */
const LEADING_KINDS = new Set(['province', 'municipality']);

/** The name without its kind word, or null when it has none or should not stand alone. */
export function bareDivisionName(name: string): string | null {
	const words = name.trim().split(/\s+/);
	if (words.length < 2) return null;
	const last = (words[words.length - 1] as string).toLowerCase();
	const lead = (words[0] as string).toLowerCase();
	const leading = words.length >= 3 && LEADING_KINDS.has(lead) && words[1] === 'of';
	if (KIND_WORDS[last] === undefined && !leading) return null;
	const bare = leading ? words.slice(2).join(' ') : words.slice(0, -1).join(' ');
	const key = nameKey(bare);
	if (key.length < 4) return null;
	// One word that is ordinary, a direction or a first name does not name the division alone.
	if (!key.includes(' ')) {
		if (commonWordRank(key) < Infinity || DIRECTIONS.has(key)) return null;
		if (FIRST_NAME.has(bare)) return null;
	}
	// "West Pokot" stays; "North West" (a direction and nothing else) does not.
	if (key.split(' ').every((w) => DIRECTIONS.has(w))) return null;
	return bare;
}

/** Add each division's bare name to its alternates (in place; drafts of other kinds untouched). */
export function addBareDivisionNames(drafts: EntryDraft[]): void {
	for (const d of drafts) {
		if (!DIVISIONS.has(d.kind)) continue;
		const bare = bareDivisionName(d.name);
		if (bare === null) continue;
		const key = nameKey(bare);
		if ([d.name, ...d.aliases, ...d.alternates].some((n) => nameKey(n) === key)) continue;
		d.alternates.push(bare);
	}
}
