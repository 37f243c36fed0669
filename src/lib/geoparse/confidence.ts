/**
 * Confidence: the probability that a name is a place here (place-likelihood, a logistic over a
 * few features) times the probability that the chosen entry is the right one (its softmax share
 * among the candidates). Weights in `weights.ts`; calibration table in the geoparser's notes.
 */

import { alternateDoubt, isSettlement, type Candidate } from '../gazetteer/index';
import { commonWordRank } from './lexicon/index';
import type { NameEvidence, Scored } from './record';
import { CALIBRATION, PLACENESS } from './weights';

/** Importance (≈ log10 population) from which a town's short form is as sure as its name. */
const SHORT_FORM_IMPORTANCE = 5.5;

/** Whether `key` is the first words of `c`'s own name, `c` a large town (see `placeLikelihood`). */
function shortFormOf(c: Candidate, key: string): boolean {
	if (!isSettlement(c.place.kind)) return false;
	if (c.place.importance < SHORT_FORM_IMPORTANCE) return false;
	// No template string: the key and the space after it are tested apart.
	const lower = c.place.name.toLowerCase();
	return lower.startsWith(key) && lower.charCodeAt(key.length) === 32;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Probability that the name, resolved to `chosen`, names a place at all. */
export function placeLikelihood(e: NameEvidence, chosen: Scored): number {
	const c: Candidate = chosen.candidate;
	const p = PLACENESS;
	let z = p.bias + p.importance * (Math.max(e.prominence, c.place.importance) - 4);
	if (e.words > 1) z += p.multiword;
	// "U.S.", "U.K.": a country's initials, not the word they spell ("D.E." are a person's).
	const abbreviation = e.dotted && c.place.kind === 'country';
	if (e.words === 1 && !abbreviation) {
		const rank = commonWordRank(e.key);
		if (rank < Infinity) z -= p.common + (rank < 3000 ? p.veryCommon : 0);
		if (rank < Infinity && !e.capitalisedMidSentence) z -= p.onlySentenceStart;
	}
	if (e.acronym && c.place.kind !== 'country' && c.place.kind !== 'admin1') z -= p.acronym;
	// "Frankfurt" for Frankfurt am Main: the first words of a large town's own name are its short
	// form, as sure as the name itself; other alternates may be old or foreign names. Not a
	// small town's: "Kingston" is more often another place than Kingston upon Thames.
	// Only an alternate asks: the name is lower-cased for those alone.
	if (c.match === 'alternate' && !shortFormOf(c, e.key))
		z -= p.alternate * alternateDoubt(c.place.importance, c.place.kind, e.key.length);
	if (c.match === 'loose') z -= p.loose;
	if (e.qualified) z += p.qualified;
	if (e.listed) z += p.listed;
	z += p.locative * (e.locative ? 1 : 0);
	z += p.defined * (e.defined ? 1 : 0);
	z += p.neighbours * Math.min(2, e.neighbours);
	z -= p.stranger * (e.stranger ? 1 : 0);
	// Subtracted on every call, as nothing when the flag is off: most texts have no name after
	// an article, and a term first met after optimisation would throw the optimised code away.
	z -= p.afterArticle * (e.afterArticle ? 1 : 0);
	const major =
		c.place.kind === 'country' || c.place.kind === 'admin1' || c.place.importance >= 6.5;
	// "Gainesville says no": a name also written where a place is expected is a place that speaks.
	if (e.personVerb && !major && !e.locative) z -= p.personVerb;
	if (e.firstName && !major) z -= p.firstName;
	if (e.beforeName && !major) z -= p.beforeName;
	if (e.product && !major) z -= p.product;
	z -= p.person * (e.person ? 1 : 0);
	return sigmoid(z);
}

const logit = (p: number) => {
	const q = Math.min(1 - 1e-3, Math.max(1e-3, p));
	return Math.log(q / (1 - q));
};

/**
 * Final confidence of a mention: a logistic over the log-odds that the name is a place and that
 * it is this place, the kind of place, whether the name has several words and how often the
 * document uses it; fitted so the figure is the probability of being right (CALIBRATION).
 */
export function mentionConfidence(
	placeness: number,
	chosen: Scored,
	evidence: NameEvidence,
	mentions: number
): number {
	const c = CALIBRATION;
	const kind = chosen.candidate.place.kind;
	const z =
		c.bias +
		c.placeness * logit(placeness) +
		c.share * logit(chosen.share) +
		(c.kind[kind] ?? 0) +
		(evidence.words > 1 ? c.multiword : 0) +
		c.logMentions * Math.log(Math.max(1, mentions));
	return Math.round(sigmoid(z) * 1000) / 1000;
}
