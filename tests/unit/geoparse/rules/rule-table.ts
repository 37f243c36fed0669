/**
 * The shape every rule test shares: a rule's id, sentences where it fires at a name and
 * sentences where it does not, parsed on the mini gazetteer (milliseconds, no artifact). A rule
 * fires at a name when its id is on the trace of the mention there: the record's (recognise,
 * reject and candidate rules) or its group's (evidence and resolve rules).
 *
 * @example
 * ruleTables({
 * 	'reject/title-before': {
 * 		fires: [['Mayor Houston said no.', 'Houston']],
 * 		keeps: [['Officials in Houston said no.', 'Houston']]
 * 	}
 * });
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../../src/lib/gazetteer';
import { geoparseRun } from '../../../../src/lib/geoparse';
import { miniGazetteer } from '../../helpers/mini-gazetteer';

/** A sentence and the name in it, at its first occurrence or at occurrence `nth` (from 0). */
type Example = [text: string, name: string, nth?: number];

/** Where a rule fires, and where it must not. */
export interface RuleExamples {
	fires: Example[];
	keeps: Example[];
}

let gaz: Gazetteer | null = null;

/** The mini gazetteer, once the `beforeAll` of `ruleTables` has built it. */
export function gazetteer(): Gazetteer {
	if (gaz === null) throw new Error('ruleTables() builds the mini gazetteer in beforeAll');
	return gaz;
}

/** Offset of occurrence `nth` of `name` in `text`. */
function offsetOf(text: string, name: string, nth = 0): number {
	let at = text.indexOf(name);
	for (let k = 0; k < nth && at >= 0; k++) at = text.indexOf(name, at + 1);
	if (at < 0) throw new Error(`"${name}" (${nth}) is not in "${text}"`);
	return at;
}

/** The ids on the traces of the mention (kept or rejected) that covers `name` in `text`. */
function rulesAt(text: string, name: string, nth = 0): string[] {
	const run = geoparseRun({ text, gazetteer: gazetteer() });
	const at = offsetOf(text, name, nth);
	const ids: string[] = [];
	for (const r of [...run.records, ...run.rejected]) {
		if (r.span.start > at || r.span.end <= at) continue;
		ids.push(...r.trace, ...(r.group?.trace ?? []));
	}
	return ids;
}

/** One `describe` per rule: it fires at each of `fires`, and not at any of `keeps`. */
export function ruleTables(tables: Record<string, RuleExamples>): void {
	beforeAll(async () => {
		gaz = await miniGazetteer();
	});
	for (const [id, { fires, keeps }] of Object.entries(tables)) {
		describe(id, () => {
			it.each(fires)('fires in %j at %j', (text, name, nth) => {
				expect(rulesAt(text, name, nth)).toContain(id);
			});
			it.each(keeps)('not in %j at %j', (text, name, nth) => {
				expect(rulesAt(text, name, nth)).not.toContain(id);
			});
		});
	}
}
