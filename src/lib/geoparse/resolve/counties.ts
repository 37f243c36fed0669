/**
 * Towns and counties of the document that nest: the pairs of a town and a county of different
 * names where the county's box holds the town ("Paris and Henry County"), found once per
 * resolution by one-degree cells (`countyFit` in `score.ts` weighs them each round).
 */

import type { NameGroup } from '../record';
import { SETTLEMENT, standInOf, type Table } from './shape';

/** Whether a point lies in a box (boxes crossing the antimeridian hold nothing here). */
export function inBox(box: readonly number[], lng: number, lat: number): boolean {
	return (
		lng >= (box[0] as number) &&
		lat >= (box[1] as number) &&
		lng <= (box[2] as number) &&
		lat <= (box[3] as number)
	);
}

/** A one-degree cell's number (longitude and latitude floored). */
const cellKey = (x: number, y: number) => (y + 90) * 400 + (x + 200);

/** The pairs of a town and a county of different names where the county's box holds the town. */
export function countiesOf(groups: NameGroup[], t: Table): void {
	const counties: number[] = [];
	const boxes: (readonly number[])[] = [];
	const settlements: number[] = [];
	let f = 0;
	for (const g of groups) {
		for (const c of g.candidates) {
			const box = c.place.bbox;
			if (c.place.kind === 'admin2' && box !== null && !standInOf(g, c)) {
				counties.push(f);
				boxes.push(box);
			}
			if (t.level[f] === SETTLEMENT) settlements.push(f);
			f++;
		}
	}
	// Most texts name no county: then there is nothing to pair (`nestStart` is all zeros).
	if (counties.length === 0) return;
	const size = t.nestStart.length - 1;
	const lists: number[][] = [];
	for (let k = 0; k < size; k++) lists.push([]);
	// Settlements by one-degree cell, so a county meets only the towns near its box: a text
	// naming thousands of counties and towns would otherwise pair every one with every other.
	const cells = new Map<number, number[]>();
	for (const p of settlements) {
		const key = cellKey(Math.floor(t.lng[p] as number), Math.floor(t.lat[p] as number));
		const cell = cells.get(key);
		if (cell) cell.push(p);
		else cells.set(key, [p]);
	}
	const inside: number[] = [];
	for (let k = 0; k < counties.length; k++) {
		const o = counties[k] as number;
		const box = boxes[k] as readonly number[];
		const [w, s, e, n] = box as [number, number, number, number];
		// A box across the antimeridian holds nothing here (see `inBox`).
		if (w > e) continue;
		inside.length = 0;
		for (let x = Math.floor(w); x <= Math.floor(e); x++) {
			for (let y = Math.floor(s); y <= Math.floor(n); y++) {
				for (const p of cells.get(cellKey(x, y)) ?? []) {
					if (t.groupOf[p] === t.groupOf[o]) continue;
					if (inBox(box, t.lng[p] as number, t.lat[p] as number)) inside.push(p);
				}
			}
		}
		// In candidate order, as a scan of every settlement would find them: the sums in
		// `countyFit` then run in one order, and every run gives the same bits.
		inside.sort((a, b) => a - b);
		for (const p of inside) {
			(lists[p] as number[]).push(o);
			(lists[o] as number[]).push(p);
		}
	}
	const flat: number[] = [];
	for (let k = 0; k < size; k++) {
		t.nestStart[k] = flat.length;
		for (const o of lists[k] as number[]) flat.push(o);
	}
	t.nestStart[size] = flat.length;
	t.nested = Int32Array.from(flat);
}
