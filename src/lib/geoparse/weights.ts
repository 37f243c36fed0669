import type { PlaceKind } from '../gazetteer/index';

/**
 * The few numeric weights of the parser, in one place. Tuned on one development corpus and
 * checked on the other (see the geoparser's notes); no weight names a place.
 */
export const WEIGHTS = {
	/** Weight of the gazetteer's prior score (importance, match quality, kind hint). */
	prior: 1,
	/** Bonus for a candidate in a country the rest of the document names. */
	country: 2.5,
	/**
	 * The part of the flat country bonus a candidate gets whatever its country's share of the
	 * document: lower makes a lone vote among many countries' count for less. 0.8, 0.7, 0.6 gave
	 * TR-News .7853, .7861, .7861 and LGL .7635, .7635, .7628.
	 */
	countryFloor: 0.7,
	/** Bonus scaled by the share of the document's places in the candidate's country. */
	countryShare: 2,
	/** Bonus for a candidate in a first-level division the rest of the document names. */
	admin1: 2,
	/**
	 * Bonus scaled by the share of the document's places in the candidate's division: the flat
	 * bonus is the same for one vote as for ten, and a local story's towns lie in one state.
	 */
	admin1Share: 1,
	/** Bonus (or penalty when unmet) for an explicit qualifier: "Paris, Texas". */
	qualifier: 6,
	/** Bonus for a reading at the level of the names listed with it ("Ohio and Oregon": states). */
	listLevel: 1.5,
	/** Bonus for the most important city a dateline with no qualifier can name ("DUBLIN -"). */
	standalone: 5,
	/**
	 * In a story under a wire dateline, bonus per unit of importance above `worldImportance`
	 * (≈ a city of 3 million): the prominent place a bare name means to readers anywhere.
	 */
	world: 1,
	worldImportance: 6.5,
	/**
	 * Bonus for a town inside a county the document names, and for that county (`countyFit`):
	 * the nesting read from the document counts as much as a container qualifying a name does
	 * (half of `qualifier`). 1, 2 and 4 gave LGL .754, .759, .761 and TR-News .775 throughout.
	 */
	county: 3,
	/** Bonus for a point within `nearKm` of another chosen place. */
	near: 1,
	nearKm: 150,
	/** At most this many other places are consulted for nearness. */
	nearPoints: 40,
	/** Softmax temperature turning score gaps into shares. */
	temperature: 1,
	/** Context rounds. */
	rounds: 3,
	/**
	 * A demonym's vote for its country ("Iraqi officials"), added up to 1: two demonyms count as
	 * much as a name in the country. Higher lets adjectives outvote the names.
	 */
	demonym: 0.5,
	/**
	 * The share of its country vote a capital casts: "officials in Washington" in a Kenyan
	 * story names a government, not a trip, and should not make "Geneva" the one in Illinois.
	 */
	capitalVote: 0.5,
	/**
	 * Prior raised for the reading a story's words cue ("Georgia's prime minister": the
	 * country; "Georgia lawmakers": the state), `candidates/kind-cue.ts`: about the gap between
	 * a country's prior and a state's with its country's votes, so a cue decides a close call
	 * and the story's other places still outvote a stray word.
	 */
	kindCue: 4
};

/**
 * The constants of the candidate stage (`candidates/`), each with what it trades off.
 */
export const SCORES = {
	/**
	 * Readings fetched per name: enough for every namesake of the commonest names (thirty US
	 * counties are called Washington County). More costs time in every vote for little gain.
	 */
	candidates: 30,
	/**
	 * Readings fetched for a name a definition places ("Franklin is a town in Delaware County"):
	 * the namesake it means may rank past the first thirty; only definitions pay for the depth.
	 */
	definedCandidates: 200,
	/**
	 * Importance of a large city (≈ a million people): from it, a city by its own name beats a
	 * larger town's alternate by that name. Lower, local usage ("D-Raleigh") would be overruled.
	 */
	largeTown: 6,
	/** Prior score of a place fixed by its form (a state abbreviation): a large country's. */
	fixed: 9,
	/**
	 * Prior score of a division standing in for a namesake the gazetteer lacks ("Bolton, Conn."):
	 * below any namesake's inside it, so it is chosen only when the gazetteer knows none there.
	 */
	standIn: 0,
	/**
	 * Degrees a settlement may lie outside a defined county's box and still be in it: boxes are
	 * rough; wider keeps more wrong namesakes next to the county.
	 */
	boxMargin: 0.05,
	/** The side of the box the gazetteer gives a division it has no shape for, and a little more. */
	placeholder: 0.11
};

/** The constants of the evidence rules (`evidence/`), each with what it trades off. */
export const EVIDENCE = {
	/**
	 * Other resolved names a story needs before one country can be said to dominate it (strangers):
	 * fewer, and a short story's one foreign town is thrown out with its one home town.
	 */
	strangerMinOthers: 3,
	/** Share of the other names in one country for it to dominate: lower casts out more. */
	strangerShare: 0.75,
	/** Importance below which a settlement abroad is small (≈ 100,000 people): a stranger. */
	strangerImportance: 5
};

/** Weights of the place-likelihood logistic (`confidence.ts`). */
export const PLACENESS = {
	bias: 1.5,
	/** Per unit of gazetteer importance above 4 (≈ 10,000 people). */
	importance: 0.6,
	multiword: 1.5,
	/** A single word that is also an ordinary English word ("Secretary", "Mobile"). */
	common: 1.5,
	veryCommon: 1.5,
	/** …seen capitalised only where every word is. */
	onlySentenceStart: 2,
	acronym: 2,
	alternate: 3,
	loose: 2.5,
	qualified: 1,
	listed: 1,
	/** Some mention stands where a place is expected ("in X", "two miles east of X"). */
	locative: 1.5,
	/**
	 * Some mention is the subject of a definition ("Reading is a city in Berks County"): enough
	 * to outweigh an ordinary word seen capitalised only at a sentence's start.
	 */
	defined: 6,
	/** Per other name in the same division (at most two). */
	neighbours: 0.5,
	/** A small settlement abroad in a document about one country. */
	stranger: 3,
	afterArticle: 3,
	personVerb: 4,
	firstName: 1.5,
	/** Every mention starts a longer capitalised name that is no place ("Boko Haram"). */
	beforeName: 4,
	/** Some mention is certainly a person's ('said Georgia.', "Georgia's father"). */
	person: 6,
	/** Some mention has a model year before it ("a 1995 Honda"). */
	product: 4,
	/** Names below this likelihood are not output. */
	threshold: 0.7
};

/**
 * Confidence calibration (`confidence.ts`): a logistic regression of "the mention is right"
 * (matched and within 161 km, or a country in the right country) on its features, fitted on LGL
 * and checked on TR-News; the calibration table is in the geoparser's notes.
 */
export const CALIBRATION: {
	bias: number;
	placeness: number;
	share: number;
	kind: Partial<Record<PlaceKind, number>>;
	multiword: number;
	logMentions: number;
} = {
	bias: -3.944,
	placeness: 0.861,
	share: 0.153,
	// Landmarks take the town weight, not their fitted -2.06: the corpora rarely annotate buildings
	// and bases as toponyms, so the fit measured the annotation scheme, not whether the place we
	// chose is right (the Pentagon and Camp Taji came out at 6-10 %).
	kind: {
		country: 2.214,
		admin1: 1.542,
		admin2: 2.811,
		city: 1.706,
		town: 1.39,
		// Fitted when neighbourhoods were towns: the town weight.
		neighbourhood: 1.39,
		landmark: 1.39
	},
	multiword: -1.353,
	logMentions: 0.21
};
