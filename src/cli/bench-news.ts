/**
 * Generated news text for `bench:geoparse`: varied articles that no parser run has seen, built
 * from the project's own material only. Places are drawn at random from the gazetteer (US towns,
 * counties and states for local stories; countries, regions and cities for world stories), people
 * from the lexicon's first names and faker's surnames, and the sentences from the templates
 * below, written for this bench. Seeded: the same seed and artifact give the same text.
 */

import { faker } from '@faker-js/faker';
import type { Gazetteer, Place } from '../lib/gazetteer/index';
import { FIRST_NAME, US_STATE_ABBREVIATIONS } from '../lib/geoparse/lexicon/index';

/** A seeded random source (mulberry32). */
function randomSource(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (n: number) => Math.floor(next() * n),
		pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
	};
}
type Random = ReturnType<typeof randomSource>;

const LOCAL = [
	'Police in {town} arrested a {age}-year-old {town2} man on {day} after {clause}.',
	'The {county} Sheriff’s Office said deputies were called to a home near {town2} at about {hour} p.m.',
	'{person}, {age}, of {town}, was charged with {charge}, {title} {last} said.',
	'The {town} City Council voted {small}-{small2} on {day} to {clause2}.',
	'Residents of {town} and {town2} have until {month} {date} to {clause2}.',
	'{person}, who grew up in {town}, {state}, now lives in {city}.',
	'The {state} Department of Transportation said the road between {town} and {town2} would close in {month}.',
	'{last} Construction of {town} won the contract, according to the {county} commission.',
	'Students at {town} High School raised ${num} for the {last} family.',
	'The storm dropped {small} inches of rain on {county}, the National Weather Service in {city} said.',
	'Mayor {person} said {town} would {clause2}.',
	'A {town} woman died {day} in a crash on Interstate {small}0 near {town2}, {abbr}',
	'The company, based in {city}, {state}, plans to hire {num} workers in {county}.',
	'“We are proud of what {town} has done,” said {person}, the county’s {role}.',
	'{person} of {town} and {person2} of {town2} were honored at the {county} fair.',
	'Officials in {town}, {abbr} said {clause}.',
	'The {last} family moved to {town} from {city} in {year}.',
	'{county} schools will open {small} days late, Superintendent {last} said.',
	'Fire crews from {town}, {town2} and {town3} fought the blaze for {small} hours.',
	'The museum in {town} will host the {last} collection through {month}.'
];

const WORLD = [
	'{capital} — Officials in {country} said on {day} that {clause}.',
	'The foreign minister of {country}, {person}, met {title} {last} in {city}.',
	'Fighting near {city} in the {region} region of {country} forced {num} families to flee.',
	'{country} and {country2} signed an agreement in {city2} on {month} {date}.',
	'Protesters gathered in {city}, the second-largest city in {country}, on {day}.',
	'The United Nations said aid had reached {city} and {city3}, in {region}.',
	'{title} {last} told reporters in {city} that {clause}.',
	'Flights from {city} to {city2} were cancelled after {clause}.',
	'Prices in {country} rose {small} percent in {month}, the central bank in {city} said.',
	'{demonym} troops left {region} in {year}, {person} said.',
	'The {demonym} government, backed by {country2}, denied the report.',
	'A delegation from {country2} arrived in {capital} on {day} for talks on {topic}.',
	'Heavy rain in {region} cut roads to {city3} and {city}.',
	'{person}, an analyst in {city2}, said the talks in {city} could {clause2}.',
	'Exports from {region} to {country2} fell by {small} percent last year.',
	'The ministry in {city} said {num} people had been evacuated from {city3}.'
];

const CLAUSES = [
	'a long investigation into the matter',
	'the heavy rain made the roads unsafe for several days',
	'no one was hurt in the incident',
	'the plan would cost more than expected',
	'talks would continue next week',
	'the new rules would take effect in the spring',
	'the water supply had been restored to most homes',
	'the school board approved the budget without debate',
	'a small fire broke out in a storage building',
	'the bridge had been closed for repairs since the summer'
];
const CLAUSES2 = [
	'raise the price of water for most homes',
	'build a new park along the river',
	'hire more teachers for the coming year',
	'delay the vote until the end of the month',
	'open the road again before the holiday',
	'look again at the cost of the project'
];
/** Sentences without names, which most of an article is. */
const PROSE = [
	'It was not clear how long the work would take or who would pay for it.',
	'The meeting lasted more than three hours, and several people spoke against the proposal.',
	'Some residents said they had waited years for a decision and were tired of the delays.',
	'The report found that costs had risen sharply over the past decade.',
	'Neither side would say whether a deal was close, but both said the talks were useful.',
	'A spokesman declined to comment on the details, citing the ongoing investigation.',
	'The number of cases has fallen since the start of the year, according to the figures.',
	'Witnesses described hearing a loud noise before the lights went out across the area.',
	'Most of the money will go toward repairs, with the rest set aside for emergencies.',
	'The decision drew criticism from groups who say the process was rushed.',
	'Officials expect to release more information later in the week.',
	'Anyone with information is asked to call the local office during business hours.',
	'The project has been delayed twice because of rising prices and a shortage of workers.',
	'He said the family was grateful for the support they had received from neighbors.',
	'She added that the program would be reviewed again at the end of the year.',
	'Those who attended said the mood was calm, though many questions were left unanswered.'
];

const CHARGES = ['theft', 'burglary', 'assault', 'driving under the influence', 'fraud'];
const TITLES = ['Sheriff', 'Police Chief', 'Sen.', 'Gov.', 'Rep.', 'President', 'Dr.', 'Gen.'];
const ROLES = ['director', 'treasurer', 'spokeswoman', 'fire chief', 'clerk'];
const TOPICS = ['trade', 'security', 'energy prices', 'the border', 'water rights'];
const DEMONYMS = ['American', 'British', 'French', 'German', 'Russian', 'Chinese', 'Turkish'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'March', 'April', 'May', 'June', 'August', 'October', 'December'];

interface Pools {
	/** US towns and cities by state code, and the counties. */
	towns: Map<string, Place[]>;
	counties: Map<string, Place[]>;
	usCities: Place[];
	/** Cities and first-level divisions by country code. */
	cities: Map<string, Place[]>;
	regions: Map<string, Place[]>;
	countries: Place[];
}

function push(map: Map<string, Place[]>, key: string, p: Place) {
	const list = map.get(key);
	if (list) list.push(p);
	else map.set(key, [p]);
}

/** Places drawn at random from the whole gazetteer, sorted into what the templates need. */
function drawPlaces(gazetteer: Gazetteer, random: Random, draws: number): Pools {
	const pools: Pools = {
		towns: new Map(),
		counties: new Map(),
		usCities: [],
		cities: new Map(),
		regions: new Map(),
		countries: []
	};
	const seen = new Set<string>();
	for (let k = 0; k < draws; k++) {
		const p = gazetteer.get(random.int(gazetteer.size));
		if (p.countryCode === 'US') {
			if (p.kind === 'town' || p.kind === 'city') push(pools.towns, p.admin1Code, p);
			if (p.kind === 'city' && p.importance >= 4.5) pools.usCities.push(p);
			if (p.kind === 'admin2') push(pools.counties, p.admin1Code, p);
		} else if (p.countryCode) {
			if (p.kind === 'city') push(pools.cities, p.countryCode, p);
			if (p.kind === 'admin1' || p.kind === 'admin2') push(pools.regions, p.countryCode, p);
			const country = seen.has(p.countryCode) ? null : gazetteer.country(p.countryCode);
			seen.add(p.countryCode);
			if (country) pools.countries.push(country);
		}
	}
	return pools;
}

/** AP abbreviation of each state code ("GA" → "Ga."), the longest the lexicon knows. */
function apAbbreviations(): Map<string, string> {
	const out = new Map<string, string>();
	for (const [abbr, code] of Object.entries(US_STATE_ABBREVIATIONS)) {
		if (abbr.length < 3 || (out.get(code)?.length ?? 0) > abbr.length) continue;
		out.set(code, `${abbr[0]?.toUpperCase()}${abbr.slice(1)}.`);
	}
	return out;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function fill(template: string, slots: Record<string, () => string>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => slots[name]?.() ?? whole);
}

/** `megabytes` of generated news, as documents of a few kilobytes each. */
export function generateNews(options: {
	gazetteer: Gazetteer;
	megabytes: number;
	seed?: number;
}): string[] {
	const random = randomSource(options.seed ?? 2020);
	faker.seed(options.seed ?? 2020);
	const pools = drawPlaces(options.gazetteer, random, 120_000);
	const ap = apAbbreviations();
	const firstNames = [...FIRST_NAME];
	const states = [...pools.towns.keys()].filter((s) => (pools.towns.get(s)?.length ?? 0) >= 8);
	const worldCountries = pools.countries.filter(
		(c) => (pools.cities.get(c.countryCode) ?? []).length >= 3
	);
	const docs: string[] = [];
	let size = 0;
	while (size < options.megabytes * 1e6) {
		const local = random.next() < 0.6;
		const people = Array.from(
			{ length: 6 },
			() => `${random.pick(firstNames)} ${faker.person.lastName()}`
		);
		const common: Record<string, () => string> = {
			person: () => random.pick(people),
			person2: () => random.pick(people),
			last: () => faker.person.lastName(),
			age: () => String(18 + random.int(70)),
			small: () => String(1 + random.int(9)),
			small2: () => String(random.int(5)),
			num: () => String(100 + random.int(9900)),
			hour: () => String(1 + random.int(11)),
			year: () => String(1990 + random.int(35)),
			date: () => String(1 + random.int(28)),
			day: () => random.pick(DAYS),
			month: () => random.pick(MONTHS),
			clause: () => random.pick(CLAUSES),
			clause2: () => random.pick(CLAUSES2),
			charge: () => random.pick(CHARGES),
			title: () => random.pick(TITLES),
			role: () => random.pick(ROLES),
			topic: () => random.pick(TOPICS),
			demonym: () => random.pick(DEMONYMS)
		};
		let slots: Record<string, () => string>;
		let templates: string[];
		let headline: string;
		if (local) {
			const state = random.pick(states);
			const towns = Array.from({ length: 4 }, () => random.pick(pools.towns.get(state) ?? []));
			const county = random.pick(pools.counties.get(state) ?? towns);
			const countyName = county.kind === 'admin2' ? county.name : `${county.name} County`;
			const stateName = towns[0]?.admin1Name ?? '';
			const abbr = ap.get(state) ?? stateName;
			slots = {
				...common,
				town: () => towns[0]?.name ?? '',
				town2: () => towns[1]?.name ?? '',
				town3: () => towns[2 + random.int(2)]?.name ?? '',
				county: () => countyName,
				state: () => stateName,
				abbr: () => abbr,
				city: () => random.pick(pools.usCities).name
			};
			templates = LOCAL;
			headline = `${towns[0]?.name} Council Weighs Plan for ${countyName} Roads`;
		} else {
			const country = random.pick(worldCountries);
			const other = random.pick(pools.countries);
			const cities = pools.cities.get(country.countryCode) ?? [];
			const regions = pools.regions.get(country.countryCode) ?? cities;
			const capital = random.pick(cities);
			slots = {
				...common,
				country: () => country.name,
				country2: () => other.name,
				capital: () => capital.name,
				city: () => random.pick(cities).name,
				city2: () => random.pick(pools.cities.get(other.countryCode) ?? cities).name,
				city3: () => random.pick(cities).name,
				region: () => random.pick(regions).name
			};
			templates = WORLD;
			headline = `${country.name} Talks With ${other.name} Stall Over ${random.pick(TOPICS)}`;
		}
		const sentences = [headline];
		const count = 20 + random.int(40);
		for (let k = 0; k < count; k++) {
			// About one sentence in three names places; the rest is prose around them.
			if (random.next() < 0.35) sentences.push(fill(random.pick(templates), slots));
			else if (random.next() < 0.5) sentences.push(random.pick(PROSE));
			else sentences.push(`${capitalise(random.pick(CLAUSES))}, and ${random.pick(CLAUSES)}.`);
		}
		// Paragraphs of two or three sentences, as wire copy runs.
		let doc = '';
		for (let k = 0; k < sentences.length; k++) {
			doc += sentences[k] + (k === 0 || random.next() < 0.4 ? '\n\n' : ' ');
		}
		docs.push(doc.trim());
		size += doc.length;
	}
	return docs;
}
