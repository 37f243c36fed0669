/**
 * Explicit qualifiers: "Paris, Texas", "Alexandria, La.", "Taji, Iraq". A name followed by a comma
 * and a division or a country is constrained to places inside it.
 */

import type { Candidate, Gazetteer } from '../../gazetteer/index';
import { US_STATE_ABBREVIATIONS } from '../lexicon/index';
import type { Token } from '../tokenize';
import type { NameRecord, Qualifier, RuleInfo } from '../record';

/** `admin1:US.XX` by AP-style abbreviation, made once rather than per query. */
const STATE_IDS = new Map<string, string>(
	Object.entries(US_STATE_ABBREVIATIONS).map(([a, code]): [string, string] => [
		a,
		`admin1:US.${code}`
	])
);

export const qualifierAfterRule: RuleInfo = {
	id: 'candidates/qualifier-after',
	description: 'a division or a country after the name and a comma qualifies it ("Paris, Texas")'
};

export const asContainer = (c: Candidate) =>
	c.place.kind === 'admin1' || c.place.kind === 'country'
		? {
				country: c.place.countryCode,
				admin1: c.place.kind === 'admin1' ? c.place.admin1Code : null
			}
		: null;

/**
 * The qualifier after span `i`, if the next thing in the text is ", <division or country>".
 * Every reading of the qualifier is kept
 * ("Georgia" the state or the country); the resolver picks the pair that fits.
 */
export function qualifierAfter(
	i: number,
	records: NameRecord[],
	tokens: Token[],
	gaz: Pick<Gazetteer, 'byId'>
): Qualifier | null {
	const span = (records[i] as NameRecord).span;
	const next = tokens[span.to];
	if (!next || next.gap !== 'comma' || !next.cap) return null;
	const following = records[i + 1]?.span;
	if (following && following.from === span.to && following.form === 'name') {
		const containers: Qualifier['containers'] = [];
		for (const c of (records[i + 1] as NameRecord).candidates) {
			const k = c.match !== 'loose' ? asContainer(c) : null;
			if (k) containers.push(k);
		}
		if (containers.length > 0)
			return countryAfterCountry((records[i] as NameRecord).candidates, containers)
				? null
				: { containers, span: i + 1 };
	}
	// "Alexandria, La.": AP-style state abbreviations, which the gazetteer does not index alone.
	// Every read and the lookup are made for every such word, abbreviation or not: one first made
	// after this code is optimised would throw the optimised code away.
	const state = US_STATE_ABBREVIATIONS[next.lower];
	const dotted = next.text.endsWith('.');
	const capitals = next.allCaps;
	const id = dotted || capitals ? STATE_IDS.get(next.lower) : undefined;
	// No id is never one: the memo answers '' at once.
	const place = gaz.byId(id ?? '');
	if (state === undefined || id === undefined || place === null) return null;
	return { containers: [{ country: 'US', admin1: state }], span: -1 };
}

/**
 * Whether a name read first as a country is followed by nothing smaller than a country: a country
 * does not lie inside another, so the second name is the next item of a list or starts a phrase
 * ("Russia, Turkey and Iran", "in Russia, U.S. officials said"). Taken as a qualifier, it would
 * send the country to a small namesake town. A division still qualifies ("Mexico, Missouri").
 */
function countryAfterCountry(own: Candidate[] | undefined, containers: Qualifier['containers']) {
	// The name and every container are read for every qualifier, not only after a country or
	// only before a division: reads first made after the caller is optimised (this is inlined
	// there) would throw the optimised code away.
	const country = own?.[0]?.place.kind === 'country';
	let division = false;
	for (let n = 0; n < containers.length; n++) {
		if ((containers[n] as Qualifier['containers'][number]).admin1 !== null) division = true;
	}
	return country && !division;
}

/** Whether a candidate lies inside one of the qualifier's containers. */
export function satisfies(c: Candidate, q: Qualifier): boolean {
	for (const k of q.containers) if (contains(k, c)) return true;
	return false;
}

/** Whether a candidate lies inside a container. */
export function contains(k: { country: string; admin1: string | null }, c: Candidate): boolean {
	if (c.place.countryCode !== k.country) return false;
	return k.admin1 === null || c.place.admin1Code === k.admin1;
}

/**
 * Whether container candidate `outer` (a country or division) holds candidate `inner`: what
 * `contains(asContainer(outer), inner)` says, without a container made for each pair (the
 * resolver asks it of every pair of a qualifier's and a qualified name's readings each round).
 */
export function holds(outer: Candidate, inner: Candidate): boolean {
	const o = outer.place;
	if (o.kind !== 'admin1' && o.kind !== 'country') return false;
	const i = inner.place;
	if (o.index === i.index || i.countryCode !== o.countryCode) return false;
	return o.kind === 'country' || i.admin1Code === o.admin1Code;
}
