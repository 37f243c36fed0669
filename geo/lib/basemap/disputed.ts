/**
 * Disputed borders for the basemap, from our table `geo/data/disputed-borders.tsv`: which edges
 * between first-level divisions are drawn dashed. No npm package we use says which borders are
 * disputed, so each stretch is named by a point inside the territory on one side and the
 * countries on the other. Pure: rows and division properties in, a pair test out.
 */

import type { Feature, Geometry } from 'geojson';
import { CURATED_ID, rows } from '../curated';
import { containsPoint } from '../geometry';

/** One row of the table: a territory's division (or whole country) and who disputes it. */
export interface DisputedRow {
	id: string;
	name: string;
	lng: number;
	lat: number;
	/** `division`: the division holding the point; `country`: all of its country's divisions. */
	scope: 'division' | 'country';
	/** Natural Earth `adm0_a3` codes of the other side. */
	against: string[];
}

/** The table's rows; throws on a malformed one, naming it. */
export function parseDisputedTable(text: string): DisputedRow[] {
	return rows(text).map((cols, i) => {
		const [id = '', name = '', lng = '', lat = '', scope = '', against = ''] = cols;
		const row: DisputedRow = {
			id,
			name,
			lng: Number(lng),
			lat: Number(lat),
			scope: scope as DisputedRow['scope'],
			against: against.split(',').filter(Boolean)
		};
		const bad =
			!CURATED_ID.test(id) ||
			!name ||
			!Number.isFinite(row.lng) ||
			!Number.isFinite(row.lat) ||
			(scope !== 'division' && scope !== 'country') ||
			row.against.length === 0 ||
			row.against.some((c) => !/^[A-Z0-9]{3}$/.test(c));
		if (bad) throw new Error(`disputed-borders.tsv: malformed row ${i + 1}: ${cols.join(' | ')}`);
		return row;
	});
}

/** What a division's properties must say for the pair test: its country and territories. */
export interface DisputeProps {
	/** The division's country (Natural Earth `adm0_a3`). */
	adm0: string;
	/** Ids of the disputed territories the division is part of. */
	territories?: string[];
}

export interface Disputes {
	/** Each division's territories (by index), empty where none. */
	territoriesOf: string[][];
	/** True where the edge between two divisions is a disputed border. */
	isDisputed: (a: DisputeProps, b: DisputeProps) => boolean;
	/** Rows whose point falls in no division (a typo in the table). */
	unmatched: DisputedRow[];
}

/**
 * Places each row's point in the divisions, and gives the test for an edge: disputed where one
 * side is in a territory the other is not, and the other's country is one the row names.
 */
export function resolveDisputes(
	table: readonly DisputedRow[],
	divisions: readonly Feature<Geometry | null, { adm0: string }>[]
): Disputes {
	const territoriesOf: string[][] = divisions.map(() => []);
	const against = new Map<string, Set<string>>();
	const unmatched: DisputedRow[] = [];
	for (const row of table) {
		const hit = divisions.findIndex((d) => containsPoint(d.geometry, [row.lng, row.lat]));
		if (hit < 0) {
			unmatched.push(row);
			continue;
		}
		const country = divisions[hit]!.properties.adm0;
		divisions.forEach((d, i) => {
			const member = row.scope === 'country' ? d.properties.adm0 === country : i === hit;
			if (member && !territoriesOf[i]!.includes(row.id)) territoriesOf[i]!.push(row.id);
		});
		const set = against.get(row.id) ?? new Set<string>();
		for (const c of row.against) set.add(c);
		against.set(row.id, set);
	}
	const oneWay = (a: DisputeProps, b: DisputeProps) =>
		(a.territories ?? []).some(
			(t) => !(b.territories ?? []).includes(t) && (against.get(t)?.has(b.adm0) ?? false)
		);
	return { territoriesOf, isDisputed: (a, b) => oneWay(a, b) || oneWay(b, a), unmatched };
}
