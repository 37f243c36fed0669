/**
 * "patrol boats built in Henderson, near Perth": a town placed near another place the text names
 * lies within a short drive of it. Of its readings, those within `NEAR_KM` of a reading of the
 * other name are kept (Henderson, Western Australia, not Henderson, Nevada); when none is, the
 * town is one the gazetteer lacks (a suburb) and is kept off the map (unresolved,
 * `candidates/near-none`) rather than drawn as a namesake thousands of kilometres away. "X, near
 * Y", "X near Y", "X, outside Y", "X just outside Y".
 */

import { haversineKm } from '../../gazetteer/near';
import { isSettlement, type Candidate } from '../../gazetteer/index';
import type { NameRecord, RuleInfo } from '../record';
import { appositionNear, appositionNearWord } from './apposition-near';
import { featureNamesakeOnly } from './feature-kind';
import type { Token } from '../tokenize';

export const nearNamed: RuleInfo = {
	id: 'candidates/near-named',
	description:
		'a town named "near" or "outside" another place lies close to it ("Henderson, near Perth")'
};

export const nearNone: RuleInfo = {
	id: 'candidates/near-none',
	description:
		'a town named "near" another place has no reading near it: a place the gazetteer lacks'
};

/** How far (km) "near" reaches. */
const NEAR_KM = 200;

const NEAR_WORDS = new Set(['near', 'outside']);

/**
 * The record right after "near"/"outside" that follows record `i` ("X, near Y", "X, a village
 * near Y"), or null.
 */
function placedNear(i: number, records: NameRecord[], tokens: Token[]): NameRecord | null {
	const span = (records[i] as NameRecord).span;
	let k = span.to;
	const apposed = appositionNearWord(tokens, k);
	if (apposed >= 0) k = apposed;
	let word = tokens[k];
	if (word?.lower === 'just' && !word.cap) word = tokens[++k];
	if (word === undefined || word.cap || !NEAR_WORDS.has(word.lower)) return null;
	if (word.gap !== 'space' && word.gap !== 'comma') return null;
	const next = records[i + 1];
	if (next === undefined || next.span.from !== k + 1 || next.span.form !== 'name') return null;
	return (tokens[k + 1] as Token).gap === 'space' ? next : null;
}

const town = (c: Candidate) => isSettlement(c.place.kind);

const closeTo = (c: Candidate, others: readonly Candidate[]) => {
	const [lng, lat] = c.place.point;
	for (const o of others) {
		const [olng, olat] = o.place.point;
		if (haversineKm(lat, lng, olat, olng) < NEAR_KM) return true;
	}
	return false;
};

/** Keep the readings of names placed near another name that lie near it (see above). */
export function nearNamedStage(records: NameRecord[], tokens: Token[]): void {
	for (let i = 0; i < records.length; i++) {
		const r = records[i] as NameRecord;
		if (r.span.form !== 'name' || r.span.fixed || r.candidates.length === 0) continue;
		// A feature read only as its namesakes is `resolve/feature-namesake`'s to keep or leave.
		if (r.trace.includes(featureNamesakeOnly.id)) continue;
		const other = placedNear(i, records, tokens);
		// Only a town's point says where "near" is: a country's or a state's is its middle.
		const towns = other === null ? [] : other.candidates.filter(town);
		if (towns.length === 0) continue;
		const kept = r.candidates.filter((c) => closeTo(c, towns));
		if (kept.length === r.candidates.length) continue;
		// Only towns go off the map: a division or a region "near" a town is read as it was.
		if (kept.length === 0 && !r.candidates.every(town)) continue;
		r.candidates = kept;
		if (appositionNearWord(tokens, r.span.to) >= 0) r.trace.push(appositionNear.id);
		r.trace.push(kept.length > 0 ? nearNamed.id : nearNone.id);
	}
}
