/**
 * "Zolote, a town of 14,000 people, was hit" in a story from Luhansk: a name the text defines as
 * a place (`recognise/defined-subject`) that the gazetteer lacks, read only by a loose spelling
 * as a town in a country the story never names (Zulte, Belgium), is the place the gazetteer
 * lacks: its loose readings are dropped, and it is listed as not on the map
 * (`output/unknown-settlement`). A loose reading in a country the story names stays ("Kerbala"
 * in an Iraqi story).
 */

import type { NameRecord, RuleInfo } from '../record';
import { definedSubject } from '../recognise/defined-subject';
import { looseOnlyWhenNone } from './lookup';

export const looseAbroad: RuleInfo = {
	id: 'candidates/loose-abroad',
	description:
		'a defined name read only by a loose spelling in a country the story never names is a place the gazetteer lacks'
};

/** The countries of the story's other names, read by their own or an official name. */
function storyCountries(records: NameRecord[]): Set<string> {
	const out = new Set<string>();
	for (const r of records) {
		const cc = r.span.demonymOf?.countryCode;
		if (cc) out.add(cc);
		const top = r.candidates[0];
		if (
			r.span.form === 'name' &&
			top !== undefined &&
			(top.match === 'name' || top.match === 'alias')
		)
			out.add(top.place.countryCode);
	}
	return out;
}

/** Drop the loose readings abroad of defined names (see above). */
export function looseAbroadStage(records: NameRecord[]): void {
	let countries: Set<string> | null = null;
	for (const r of records) {
		if (r.candidates.length === 0 || !r.trace.includes(looseOnlyWhenNone.id)) continue;
		if (!r.span.rules.includes(definedSubject.id)) continue;
		countries ??= storyCountries(records);
		if (countries.size === 0) return;
		const known = countries;
		if (r.candidates.some((c) => known.has(c.place.countryCode))) continue;
		r.candidates = [];
		r.trace.push(looseAbroad.id);
	}
}
