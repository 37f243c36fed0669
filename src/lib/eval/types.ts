/** Types of the evaluation: corpus documents, toponyms and the scorer's figures. */

/** A toponym as corpora and predictions write it (lat/lon null = not located, ignored). */
export interface EvalToponym {
	start: number;
	end: number;
	name: string;
	lat: number | null;
	lon: number | null;
	/** Gold annotation type where a corpus has one ('Literal', 'Associative'…). */
	type?: string;
}

export interface EvalDocument {
	id: string;
	text?: string;
	toponyms?: EvalToponym[];
}

/** The figures of the reference scorer (`shared/tools/score-geoparse.mjs`), same names. */
export interface Scores {
	P: number;
	R: number;
	F1: number;
	matched: number;
	acc161: number;
	mean_km: number;
	median_km: number;
	AUC: number;
	geoP: number;
	geoR: number;
	geoF1: number;
	geoF1c: number;
}

/** Country lookups the geoF1c rule needs (injected: the core loads no data). */
export interface CountryRule {
	/** Whether a gold surface name is a country name. */
	isCountryName(name: string): boolean;
	/** Country polygon id containing the point, or null. */
	countryAt(lat: number, lon: number): string | number | null;
}
