/**
 * "Wellington is a town in Somerset, England", "Bolton, Tolland County": a name placed in a
 * county loses its settlements outside every county so named (not the Wellington of
 * Shropshire). A first-level division says less: the qualifier weighs that.
 */

import { isSettlement, type Candidate } from '../../gazetteer/index';
import type { RuleInfo } from '../record';
import { SCORES } from '../weights';

export const inCountyRule: RuleInfo = {
	id: 'candidates/in-county',
	description: 'a name placed in a county loses the settlements outside it'
};

/** `cands` less the settlements outside every county of `counties`. */
export function inCounty(cands: Candidate[], counties: Candidate[]): Candidate[] {
	const boxes: number[][] = [];
	for (const w of counties) {
		const box = w.place.bbox;
		// A county known by its point only has a box of a tenth of a degree around it: no border.
		const drawn =
			box !== null &&
			(box[2] - box[0] > SCORES.placeholder || box[3] - box[1] > SCORES.placeholder);
		if (w.place.kind !== 'admin2' || box === null || !drawn) return cands;
		boxes.push(box);
	}
	if (boxes.length === 0) return cands;
	const m = SCORES.boxMargin;
	const kept: Candidate[] = [];
	// Points and boxes read by index: a destructured array is read through its iterator.
	for (const c of cands) {
		const p = c.place;
		// Settlements and other counties by their point; the county itself stands.
		const point =
			isSettlement(p.kind) ||
			p.kind === 'landmark' ||
			(p.kind === 'admin2' && !counties.some((k) => k.place.index === p.index));
		const x = p.point[0];
		const y = p.point[1];
		let inside = false;
		for (const b of boxes) {
			if (
				x >= (b[0] as number) - m &&
				x <= (b[2] as number) + m &&
				y >= (b[1] as number) - m &&
				y <= (b[3] as number) + m
			) {
				inside = true;
				break;
			}
		}
		if (!point || inside) kept.push(c);
	}
	return kept;
}
