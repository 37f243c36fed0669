/**
 * "Delta cancelled 900 flights", "Delta flight 1123", "seats on Delta": a name used as an
 * airline's is no mention of the place (Delta, Colorado). Airlines share names with places
 * (Delta, Frontier, Spirit, Alaska); the words around tell the company: a flight number after
 * the name, the airline's words (flights, fleet, pilots) in the clause it opens as the
 * subject, or "on X" after those words. Not a country, nor a city of a million or more
 * (`NAMED_CITY`): "Atlanta cancelled flights" is its airport; nor a name that is only a peak's
 * or a volcano's (`PEAK_CODES`): "Eyjafjallajokull, whose eruption grounded flights" is the
 * volcano, whose ash grounds the flights.
 */

import type { LookupOptions } from '../../gazetteer/index';
import type { NameRecord, RuleInfo } from '../record';
import type { Token } from '../tokenize';
import type { RejectInput, RejectRule } from './input';

/** Words of an airline's business, in lower case. */
const AIRLINE_WORDS = new Set('flights flight fleet jets jetliners pilots airline'.split(' '));

/** Words after the subject the airline's words are looked for in. */
const CLAUSE = 10;

/** Importance of a city of about a million: "Atlanta cancelled flights" is its airport. */
const NAMED_CITY = 6;

const DIGIT = /^\d/;

/** Feature codes of peaks and volcanoes: no airline is named only after one. */
const PEAK_CODES = new Set(['MT', 'VLC']);

/** The readings asked about: the few most prominent. */
const TOP_READINGS: LookupOptions = { limit: 5, loose: false };

/** "Delta flight 1123", "Delta Flight 191". */
function flightNumber(x: RejectInput): boolean {
	const after = x.after;
	const next = x.tokens[x.span.to + 1];
	return (
		after !== undefined &&
		after.gap === 'space' &&
		after.lower === 'flight' &&
		next !== undefined &&
		next.gap === 'space' &&
		DIGIT.test(next.text)
	);
}

/** The name opens its sentence and the airline's words follow in its clause. */
function airlineSubject(x: RejectInput): boolean {
	if (!x.first.sentStart) return false;
	const after = x.after;
	// "Atlanta, where Delta has its hub": the clause is about the place.
	const then = x.tokens[x.span.to + 1];
	if (after?.gap === 'comma' && after.lower === 'where') return false;
	if (after?.lower === ',' && then?.lower === 'where') return false;
	// The airline's words follow a verb or a clause ("Delta cancelled flights", "Delta, which has
	// its hub"), not the name itself ("Juneau flights resumed": flights to the place).
	if (after === undefined || after.cap || AIRLINE_WORDS.has(after.lower)) return false;
	const end = Math.min(x.tokens.length, x.span.to + CLAUSE);
	for (let k = x.span.to + 1; k < end; k++) {
		const t = x.tokens[k] as Token;
		if (k > x.span.to && t.sentStart) return false;
		if (!t.cap && AIRLINE_WORDS.has(t.lower)) return true;
	}
	return false;
}

/** "seats on Delta", "flights with Delta". */
function onAirline(x: RejectInput): boolean {
	const prev = x.prev;
	if (prev === undefined || x.first.gap !== 'space') return false;
	if (prev.lower !== 'on' && prev.lower !== 'with') return false;
	for (let k = x.span.from - 2; k >= Math.max(0, x.span.from - 4); k--) {
		const t = x.tokens[k] as Token;
		if (AIRLINE_WORDS.has(t.lower) || t.lower === 'seats' || t.lower === 'passengers') return true;
		if (t.gap !== 'space') return false;
	}
	return false;
}

/** Whether some reading is a country or a city of a million (see above). */
function namedPlace(x: RejectInput): boolean {
	for (const c of x.gaz.lookup(x.span.query, TOP_READINGS)) {
		if (c.place.kind === 'country' || c.place.importance >= NAMED_CITY) return true;
	}
	return false;
}

/** Whether every reading is a peak or a volcano (see above). */
function onlyPeaks(x: RejectInput): boolean {
	const readings = x.gaz.lookup(x.span.query, TOP_READINGS);
	return readings.length > 0 && readings.every((c) => PEAK_CODES.has(c.place.featureCode));
}

export const airlineContext: RejectRule = {
	id: 'reject/airline-context',
	description: 'a name used as an airline\'s ("Delta cancelled 900 flights", "Delta flight 1123")',
	reason: 'organisation',
	test: (x) =>
		(flightNumber(x) || airlineSubject(x) || onAirline(x)) && !namedPlace(x) && !onlyPeaks(x)
};

export const airlineElsewhere: RuleInfo = {
	id: 'reject/airline-elsewhere',
	description:
		'a name the text uses as an airline\'s elsewhere is the airline here too ("where Delta has its hub")'
};

/**
 * One sense per name: once a mention is read as an airline's (`airlineContext`), the other
 * mentions of that name move from `kept` to `rejected` too. Returns both lists.
 */
export function airlineEverywhere({
	kept,
	rejected
}: {
	kept: NameRecord[];
	rejected: NameRecord[];
}): {
	kept: NameRecord[];
	rejected: NameRecord[];
} {
	let airlines: Set<string> | null = null;
	for (const r of rejected) {
		if (r.trace.at(-1) === airlineContext.id) (airlines ??= new Set()).add(r.span.key);
	}
	if (airlines === null) return { kept, rejected };
	const stay: NameRecord[] = [];
	for (const r of kept) {
		if (r.span.form === 'name' && airlines.has(r.span.key)) {
			r.trace.push(airlineElsewhere.id);
			rejected.push(r);
		} else stay.push(r);
	}
	rejected.sort((a, b) => a.span.start - b.span.start);
	return { kept: stay, rejected };
}
