/** The abbreviations of US states and Canadian provinces news writes, and their postal codes. */

import { wordTable } from '../../gazetteer/index';

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/**
 * US and Canadian two-letter postal codes (lower case). Alone in prose they are mostly other
 * things ("OK", "PA officials", "VA's", "10 AM CT", "KY 90" a road); after a town and a comma
 * ("Macon, GA") the recogniser reads them as the state. DC is left out: "in DC" is the city.
 */
export const POSTAL_CODES = set(`al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi
mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy
ab bc mb nb nl ns nt nu on pe qc sk yt`);

/**
 * Canadian province abbreviations as news writes them after a town ("Barrie, Ont.",
 * "Gatineau, Que."), mapped to the GeoNames admin1 code. Dotted forms only: "ON", "BC" alone are
 * too often other things.
 */
export const CA_PROVINCE_ABBREVIATIONS: Readonly<Record<string, string>> = wordTable({
	alta: '01',
	bc: '02',
	man: '03',
	nb: '04',
	nfld: '05',
	nl: '05',
	ns: '07',
	ont: '08',
	pei: '09',
	que: '10',
	sask: '11'
});

/**
 * US state abbreviations as news writes them after a town ("Alexandria, La.", "Macon, Ga."):
 * AP style and postal codes, mapped to the GeoNames admin1 code (the postal code).
 */
export const US_STATE_ABBREVIATIONS: Readonly<Record<string, string>> = wordTable({
	ala: 'AL',
	ariz: 'AZ',
	ark: 'AR',
	calif: 'CA',
	cal: 'CA',
	colo: 'CO',
	conn: 'CT',
	del: 'DE',
	fla: 'FL',
	ga: 'GA',
	ill: 'IL',
	ind: 'IN',
	kan: 'KS',
	kans: 'KS',
	ky: 'KY',
	la: 'LA',
	md: 'MD',
	mass: 'MA',
	mich: 'MI',
	minn: 'MN',
	miss: 'MS',
	mo: 'MO',
	mont: 'MT',
	neb: 'NE',
	nebr: 'NE',
	nev: 'NV',
	nh: 'NH',
	nj: 'NJ',
	nm: 'NM',
	ny: 'NY',
	nc: 'NC',
	nd: 'ND',
	okla: 'OK',
	ore: 'OR',
	oreg: 'OR',
	pa: 'PA',
	penn: 'PA',
	ri: 'RI',
	sc: 'SC',
	sd: 'SD',
	tenn: 'TN',
	tex: 'TX',
	vt: 'VT',
	va: 'VA',
	wash: 'WA',
	wva: 'WV',
	wis: 'WI',
	wisc: 'WI',
	wyo: 'WY',
	dc: 'DC'
});
