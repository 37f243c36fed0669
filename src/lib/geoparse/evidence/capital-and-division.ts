/**
 * "Drones struck Kyiv … Horenka, a village in the Kyiv region": the capital and the division
 * around it share a name, and one sense per name would read every "Kyiv" as the region. A name
 * read alone as its country's capital and, elsewhere, with a division word after it is two
 * senses: the mentions with the division word are grouped apart (`group.ts`).
 */

import type { NameRecord, RuleInfo } from '../record';
import { kindTail } from '../recognise/kind-words';

export const capitalAndDivision: RuleInfo = {
	id: 'evidence/capital-and-division',
	description: '"the Kyiv region" is the division, "Kyiv" alone the capital: two senses of one name'
};

/**
 * The keys of names read both with a division word after them ("the Kyiv region") and alone
 * ("drones struck Kyiv") whose reading alone leads with a country's capital (GeoNames `PPLC`)
 * of the division's country: the capital and the division around it are two senses, grouped
 * apart. Null when no name has a division word after it (most texts: one pass, no set).
 */
export function capitalsWithDivision(records: NameRecord[]): Set<string> | null {
	let divisions: Map<string, string> | null = null;
	for (const r of records) {
		const top = r.candidates[0];
		if (top !== undefined && r.span.rules.includes(kindTail.id) && top.place.kind === 'admin1')
			(divisions ??= new Map()).set(r.span.key, top.place.countryCode);
	}
	if (divisions === null) return null;
	const out = new Set<string>();
	for (const r of records) {
		const country = divisions.get(r.span.key);
		const top = r.candidates[0];
		if (country === undefined || top === undefined || r.span.rules.includes(kindTail.id)) continue;
		if (top.place.featureCode === 'PPLC' && top.place.countryCode === country) out.add(r.span.key);
	}
	return out;
}
