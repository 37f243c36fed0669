/**
 * The parser's internal types, in one place: what passes between the stages of `pipeline.ts`.
 *
 * One record per recognised name (`NameRecord`) carries its span, its candidates, its qualifier
 * and the ids of the rules that decided about it (`trace`) from recognition to output; the
 * mentions of one name share a `Group`, which carries the name's evidence and its own trace.
 * Public types (the parser's contract with the UI, the API and the CLI) are in `types.ts`.
 */

import type { Candidate, Place } from '../gazetteer/index';
import type { GeoparseResult } from './types';

/** A recognised span before filtering and resolution. */
export interface Span {
	/** Token range `[from, to)`. */
	from: number;
	to: number;
	start: number;
	end: number;
	/** Gazetteer key of the span. */
	key: string;
	/** What to look up: the span, or the name without a trigger the gazetteer lacks ("Camp X" → X). */
	query: string;
	form: 'name' | 'demonym';
	/** The country a demonym stands for. */
	demonymOf: Place | null;
	/** A place fixed by the form itself: a US state abbreviation after a town ("Paris, Ky."). */
	fixed: Place | null;
	/** Ids of the recognise rules that read the span (the reader first, then its refinements). */
	rules: string[];
}

/** Why a span is no place (the kind of the reject rule that said so). */
export type Rejection =
	| 'person'
	| 'organisation'
	| 'calendar'
	| 'direction'
	| 'abbreviation'
	| 'street'
	| 'part-of-name'
	| 'disease';

/** A capitalised chunk of the text, `[from, to)` in tokens (see `recognise/chunks.ts`). */
export interface Chunk {
	from: number;
	to: number;
}

/** Places inside which the qualified name must lie: any of these countries or divisions. */
export interface Qualifier {
	containers: { country: string; admin1: string | null }[];
	/** Index of the qualifying span ("Texas" in "Paris, Texas"), or -1 for an abbreviation. */
	span: number;
}

/** One recognised name or demonym, from recognition to output. */
export interface NameRecord {
	span: Span;
	/** Its readings in the gazetteer (none for a demonym), best prior first. */
	candidates: Candidate[];
	/** The places a qualifier or a definition puts it in ("Paris, Texas"), or null. */
	qualifier: Qualifier | null;
	/**
	 * Readings added to stand in for a namesake the gazetteer lacks ("Bolton, Tolland County":
	 * the county). They take no part in pairing towns with counties (`resolve/counties.ts`).
	 */
	standIns: Candidate[];
	/** The group of its name, once grouped (`group.ts`); null for a demonym. */
	group: Group | null;
	/** Ids of the rules that decided about this mention, in the order they did. */
	trace: string[];
}

/** What the recogniser saw of a name across its mentions. */
export interface NameEvidence {
	/** Gazetteer key ("camp taji"). */
	key: string;
	/** Number of words in the name. */
	words: number;
	/** Some mention is capitalised where capitals mean something (mid-sentence, not a headline). */
	capitalisedMidSentence: boolean;
	/** Every mention is all capitals and short ("UN", "FBI"). */
	acronym: boolean;
	/** Some mention is capitals with dots ("U.S."): an abbreviation, not the word it spells. */
	dotted: boolean;
	/** Some mention is in a qualifier pair ("Paris, Texas"). */
	qualified: boolean;
	/** Some mention is followed by a verb of speech ("Walsh said", "Conner, who"). */
	personVerb: boolean;
	/** Some mention follows a preposition of place or a direction ("in X", "east of X"). */
	locative: boolean;
	/** Some mention is the subject of a definition ("Mobile is a city in …"): a place, surely. */
	defined: boolean;
	/** Some mention follows a determiner and a year ("a 1995 Honda"): a product, not a place. */
	product: boolean;
	/** Some mention is certainly a person's ('said Georgia.', "Georgia's father"), even a state's. */
	person: boolean;
	/** A single word that is a common first name ("Lucy", "Amber"). */
	firstName: boolean;
	/** Some mention stands in a list with other names ("Sharon, Cornwall and Salisbury"). */
	listed: boolean;
	/** Other names of the document resolved in the same first-level division. */
	neighbours: number;
	/** Read as a small settlement abroad in a document about one country (`markStrangers`). */
	stranger: boolean;
	/** The highest importance among the name's candidates: how prominent a place name it is. */
	prominence: number;
	/** Every mention follows an indefinite article ("served as a Reserve"): a common noun. */
	afterArticle: boolean;
	/** Every mention is one word before a capitalised word that is no place ("Boko Haram"). */
	beforeName: boolean;
}

/** Every mention of one name in the document, resolved together. */
export interface NameGroup {
	key: string;
	candidates: Candidate[];
	/** Qualifiers seen after the name ("Paris, Texas"). */
	qualifiers: Qualifier[];
	/** Candidates of the names this one qualifies ("Paris" for "Texas"). */
	qualifies: Candidate[][];
	/** How many mentions the name has. */
	count: number;
	/** The names listed next to this one ("Ohio and Oregon", "Paris, Lyon"): items of a list. */
	listedWith: NameGroup[];
	/** Some mention is a dateline with no qualifier ("DUBLIN (Reuters) -"): a city that needs none. */
	standalone: boolean;
	/** Stand-in readings among `candidates` (see `NameRecord.standIns`). */
	standIns: readonly Candidate[];
	/** The chosen reading's score, term by term (filled by the last resolution: `resolve/`). */
	terms: ScoreTerms | null;
}

/** A name's mentions (one record each), candidates, evidence and trace. */
export interface Group extends NameGroup {
	records: NameRecord[];
	evidence: NameEvidence;
	/** Ids of the evidence and resolve rules that decided about the name, in order. */
	trace: string[];
}

/** A candidate with its document-level score. */
export interface Scored {
	candidate: Candidate;
	total: number;
	/** Softmax share among the group's candidates. */
	share: number;
}

/** The terms of a candidate's score (`resolve/score.ts`), kept for the chosen one to explain it. */
export interface ScoreTerms {
	prior: number;
	world: number;
	country: number;
	region: number;
	admin1: number;
	qualifier: number;
	qualifies: number;
	listLevel: number;
	standalone: number;
	county: number;
	near: number;
	/** How many other places' points lie near (the vote count behind `near`). */
	nearCount: number;
}

export interface DocumentContext {
	/** Country code → weight from demonyms ("Iraqi officials"). */
	demonyms: Map<string, number>;
	/** Whether a place is a country's capital (`MemoGazetteer.isCapital`). */
	isCapital: (place: Place) => boolean;
}

/** What every rule declares: an id (its folder and file) and one line on what it decides. */
export interface RuleInfo {
	id: string;
	description: string;
}

/** A new record for a span: its trace starts with the rules that read it. */
export function newRecord(span: Span): NameRecord {
	return { span, candidates: [], qualifier: null, standIns: [], group: null, trace: span.rules };
}

/** Everything the pipeline decided about a text: the output, and the records behind it. */
export interface GeoparseRun {
	result: GeoparseResult;
	/** Every name kept past the reject stage, in reading order (demonyms included). */
	records: NameRecord[];
	/** The names the reject stage rejected, each with the id of the rule that did. */
	rejected: NameRecord[];
	/** Every name group, kept or not (those below the placeness cut are not in the output). */
	groups: Group[];
	/** The groups in the output. */
	kept: Group[];
	/** Per kept group, its candidates scored, best first. */
	resolved: Scored[][];
}
