/**
 * What the rule tests read of one mention: where it resolved and the rules on its trace, on the
 * mini gazetteer.
 */

import type { Gazetteer } from '../../../../src/lib/gazetteer';
import { geoparseRun } from '../../../../src/lib/geoparse';

export interface MentionReading {
	/** The place's id, or null when the mention is not on the map. */
	id: string | null;
	/** `country/kind` of the place, or null. */
	place: string | null;
	/** The rules on the mention's record and its group. */
	trace: string[];
	/** The rule that made the mention unresolved, or null. */
	unresolved: string | null;
}

/** The `nth` (0-based) mention of `name` in `text`. */
export function readMention(gaz: Gazetteer, text: string, name: string, nth = 0): MentionReading {
	const run = geoparseRun({ text, gazetteer: gaz });
	let start = text.indexOf(name);
	for (let k = 0; k < nth; k++) start = text.indexOf(name, start + 1);
	const mention = run.result.mentions.find((m) => m.start === start);
	const place = run.result.places.find((p) => p.id === mention?.placeId);
	const record = [...run.records, ...run.rejected].find((r) => r.span.start === start);
	return {
		id: place?.id ?? null,
		place: place ? `${place.country}/${place.kind}` : null,
		trace: [...(record?.trace ?? []), ...(record?.group?.trace ?? [])],
		unresolved: run.result.unresolved?.find((u) => u.start === start)?.rule ?? null
	};
}
