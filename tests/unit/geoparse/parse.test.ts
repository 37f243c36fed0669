/**
 * The stages on small, general sentences (not taken from any evaluation corpus): qualifiers,
 * state abbreviations, people and organisations, demonyms, roles, tokenisation offsets.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/lib/gazetteer';
import { geoparse, toToponyms, tokenize } from '../../../src/lib/geoparse';
import type { GeoparseResult } from '../../../src/lib/geoparse/types';
import { placeOf, realGazetteer } from './gazetteer';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await realGazetteer();
}, 180_000);

const parse = (text: string) => geoparse({ text, gazetteer: gaz });
const names = (r: GeoparseResult) => r.mentions.map((m) => m.text);

describe('tokenize', () => {
	it('keeps offsets, abbreviations and possessives', () => {
		const text = "Iran's U.S. envoy met Gov. Smith in St. Louis, Mo.";
		const tokens = tokenize(text);
		for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
		expect(tokens.map((t) => t.text)).toEqual([
			'Iran',
			'U.S.',
			'envoy',
			'met',
			'Gov.',
			'Smith',
			'in',
			'St.',
			'Louis',
			'Mo.'
		]);
		expect(tokens[0]?.possessive).toBe(true);
		expect(tokens[1]?.allCaps).toBe(true);
		expect(tokens[9]?.gap).toBe('comma');
	});

	it('"Ste." is an abbreviation, not the end of a sentence: "Sault Ste. Marie"', () => {
		const r = parse('He grew up in Sault Ste. Marie, Ontario.');
		expect(names(r)).toEqual(['Sault Ste. Marie', 'Ontario']);
	});

	it('a headline is a line, not a sentence dense with names', () => {
		const text = 'Talks resumed this week. Officials met in Cologne on Monday, and later in Bonn.';
		expect(tokenize(text).some((t) => t.titleLine)).toBe(false);
		// Capitalised mid-sentence, a common word ("cologne") is read as the city.
		expect(placeOf(parse(text), 'Cologne')?.country).toBe('DE');
	});

	it('marks sentence starts and headlines', () => {
		const tokens = tokenize('Storm Hits Coastal Towns Hard\nThe storm hit. Then it left.');
		expect(tokens.slice(0, 5).every((t) => t.titleLine)).toBe(true);
		expect(tokens.find((t) => t.text === 'The')?.sentStart).toBe(true);
		expect(tokens.find((t) => t.text === 'Then')?.sentStart).toBe(true);
		expect(tokens.find((t) => t.text === 'hit')?.sentStart).toBe(false);
	});
});

describe('recognition', () => {
	it('finds multi-word names and names with kind words', () => {
		const r = parse('Troops moved from Karbala Province to the Middle East and New York City.');
		expect(names(r)).toEqual(['Karbala Province', 'Middle East', 'New York City']);
		expect(placeOf(r, 'Karbala Province')?.kind).toBe('admin1');
	});

	it('"the City of X", "State of X": the mention is the name, the kind word a hint', () => {
		const r = parse('The City of Boise paved roads, and the State of Idaho paid for them.');
		expect(names(r)).toEqual(['Boise', 'Idaho']);
		expect(placeOf(r, 'Boise')?.admin1).toBe('Idaho');
	});

	it("a saint's name in the possessive before a noun is a feast or an institution", () => {
		const r = parse("Nurses at St. Agnes's Hospital marched in Boise on St. Andrew's Day.");
		expect(names(r)).toEqual(['Boise']);
		expect(names(parse("St. Petersburg's harbour froze."))).toEqual(['St. Petersburg']);
	});

	it('a feature word after a name is part of the mention: "Boise River", "Meridian Twp."', () => {
		const r = parse('Anglers fished the Boise River near Meridian Twp. on Sunday.');
		expect(names(r)).toEqual(['Boise River', 'Meridian Twp.']);
		expect(placeOf(r, 'Boise River')?.admin1).toBe('Idaho');
	});

	it('a place cue before a name outweighs a first name or ", who" after it', () => {
		// "of Roswell, who": the person is the one named before; "east of Brandon": a place.
		expect(names(parse('Police arrested Tom Becker, 31, of Roswell, who drove off.'))).toEqual([
			'Roswell'
		]);
		expect(names(parse('The crash happened about two miles east of Brandon.'))).toEqual([
			'Brandon'
		]);
	});

	it('"the mayor of X said": the mayor speaks, X is where (even a first name)', () => {
		const r = parse('Rain fell all week. The mayor of Florence said the river was rising.');
		expect(names(r)).toEqual(['Florence']);
		expect(placeOf(r, 'Florence')?.country).toBe('IT');
	});

	it('a first name in capitals makes the next word a surname: "By SARAH MILLER"', () => {
		const r = parse(
			'Jail budget approved\n\nBy SARAH MILLER, Staff Writer\n\nThe board met in Peoria.'
		);
		expect(names(r)).toEqual(['Peoria']);
	});

	it('a party tag after a legislator names a state or home town: "D-Pa.", "R-Fairfax"', () => {
		const r = parse('Sen. Ann Moss, D-Pa., and Rep. Ken Hale, R-Fairfax, wrote the bill.');
		expect(names(r)).toEqual(['Pa.', 'Fairfax']);
		expect(placeOf(r, 'Pa.')?.id).toBe('admin1:US.PA');
	});

	it('a list before "counties" names counties: "Ada, Canyon and Owyhee counties"', () => {
		const r = parse('Floods closed roads in Ada, Canyon and Owyhee counties.');
		expect(names(r)).toEqual(['Ada', 'Canyon', 'Owyhee']);
		expect(r.places.map((p) => [p.kind, p.admin1])).toEqual([
			['admin2', 'Idaho'],
			['admin2', 'Idaho'],
			['admin2', 'Idaho']
		]);
	});

	it('"the town of X" is a place cue, its kind word a hint', () => {
		const r = parse('An earthquake struck the town of Bam before dawn.');
		expect(names(r)).toEqual(['Bam']);
		expect(placeOf(r, 'Bam')?.country).toBe('IR');
	});

	it('a name with its own kind word is not the lead\'s kind: "the main town of X County"', () => {
		const r = parse('Lodwar, the main town of Turkana County, ran out of water.');
		expect(names(r)).toEqual(['Lodwar', 'Turkana County']);
		expect(placeOf(r, 'Turkana County')?.kind).toBe('admin1');
	});

	it('a division word in lower case after a name picks the division: "Karbala province"', () => {
		const r = parse('Strikes hit Karbala province overnight, and rain fell across Nakuru county.');
		expect(names(r)).toEqual(['Karbala', 'Nakuru']);
		expect(r.places.map((p) => p.kind)).toEqual(['admin1', 'admin1']);
		// "city" is not such a word: "Boise city council" is Boise's.
		expect(placeOf(parse('The Boise city council met.'), 'Boise')?.admin1).toBe('Idaho');
	});

	it('the items of a list are read at one level: "Ohio and Oregon" are states', () => {
		const r = parse('Intel is expanding in Ohio and Oregon.');
		expect(r.places.map((p) => [p.name, p.kind])).toEqual([
			['Ohio', 'admin1'],
			['Oregon', 'admin1']
		]);
	});

	it('a small town abroad is doubted in a story about one country', () => {
		const text =
			'Flood defences in Tewkesbury were approved by the council. Banks along the Severn will ' +
			'be raised, as in Shrewsbury and Worcester, and traffic between Cheltenham and ' +
			'Gloucester will be diverted.';
		// The river is not in the gazetteer; its only reading is a town in Maryland.
		expect(names(parse(text))).not.toContain('Severn');
		expect(names(parse(text))).toContain('Tewkesbury');
		// Alone, with nothing to say which country the story is about, the town stands.
		expect(names(parse('Banks along the Severn will be raised.'))).toEqual(['Severn']);
	});

	it('Spanish articles join a name: "Paso de los Libres"', () => {
		const r = parse('A bridge over the river at Paso de los Libres reopened.');
		expect(names(r)).toEqual(['Paso de los Libres']);
		expect(placeOf(r, 'Paso de los Libres')?.country).toBe('AR');
	});

	it('"U.S." opening a sentence is the country, not the word "us"', () => {
		const r = parse('U.S. officials said the talks failed. Us and them, he said.');
		expect(names(r)).toEqual(['U.S.']);
		expect(placeOf(r, 'U.S.')?.country).toBe('US');
	});

	it('a name opening with an article is read whole: "El Paso", "Jurf el Sakhar"', () => {
		const r = parse('They flew from El Paso, Texas, to see Jurf el Sakhar in Iraq.');
		expect(names(r)).toEqual(['El Paso', 'Texas', 'Jurf el Sakhar', 'Iraq']);
	});

	it('"the island of X" is a place cue', () => {
		const r = parse('Tourists fled the Greek island of Rhodes and the town of Lindos.');
		expect(placeOf(r, 'Rhodes')?.country).toBe('GR');
	});

	it("a wire service's dateline with no qualifier is the city that needs none", () => {
		const story =
			' - The airline ordered jets built in Renton, Washington, for its bases. Boeing, of ' +
			'Arlington, Virginia, flies from Portland, Oregon.';
		expect(placeOf(parse(`DUBLIN (Reuters)${story}`), 'DUBLIN')?.country).toBe('IE');
		// A local paper's own dateline names its own town: the story's context decides.
		expect(placeOf(parse(`DUBLIN${story}`), 'DUBLIN')?.country).toBe('US');
	});

	it('a model year makes a name a product: "a 1998 Toyota"', () => {
		const r = parse('Police in Boise stopped a 1998 Toyota. The Toyota had no plates.');
		expect(names(r)).toEqual(['Boise']);
	});

	it('a title or an institution noun alone is no place: "Miss Teen", "University of"', () => {
		const r = parse(
			'Jo Hart won the Miss Teen crown and enrolled at the University of Idaho in Boise.'
		);
		expect(names(r)).toEqual(['Idaho', 'Boise']);
		// A town named University lies by that campus: the name is still the institution's.
		const r2 = parse('Students from Oxford and Tupelo enrolled at the University of Mississippi.');
		expect(names(r2)).toEqual(['Oxford', 'Tupelo', 'Mississippi']);
	});

	it('a name also written where a place is expected may speak: "Kettering said"', () => {
		const r = parse('Volunteers met in Kettering on Friday. Kettering said it would pay.');
		expect(names(r)).toEqual(['Kettering', 'Kettering']);
	});

	it('a postal code alone is no place; after a town and a comma it is the state', () => {
		const r = parse('It was OK, said PA officials who drove KY 90 to Macon, GA on Monday.');
		expect(names(r)).toEqual(['Macon', 'GA']);
	});

	it('"X City Council" is the town X, unless "X City" is the town: "Kansas City Council"', () => {
		expect(names(parse('The Dublin City Council met on Monday.'))).toEqual(['Dublin']);
		expect(names(parse('The Kansas City Council met on Monday.'))).toEqual(['Kansas City']);
		expect(names(parse('The Oklahoma City Council met on Monday.'))).toEqual(['Oklahoma City']);
	});

	it('"English" is a language or an adjective, never a place alone', () => {
		expect(names(parse('She taught English to pupils in Boise.'))).toEqual(['Boise']);
	});

	it('direction words before a name qualify it: "Far North Queensland", "North West England"', () => {
		expect(names(parse('Crime rose in Far North Queensland last year.'))).toEqual(['Queensland']);
		expect(names(parse('He lives in North West England now.'))).toEqual(['England']);
	});
	it('a state after the words of an outfit\'s name is still named: "Team Ohio"', () => {
		expect(names(parse('The coach of Team Ohio spoke on Monday.'))).toEqual(['Ohio']);
		expect(names(parse('She praised Education Oregon in a speech.'))).toEqual(['Oregon']);
	});

	it('a name after a preposition is no speaker: "based at X said", "a nurse from X said"', () => {
		expect(names(parse('Pilots based at Stansted said they would strike.'))).toEqual(['Stansted']);
		expect(names(parse('A nurse from Kelowna said the wards were full.'))).toEqual(['Kelowna']);
	});

	it('a code hyphened to a number is a route: "US-24", not the country', () => {
		expect(names(parse('Traffic on US-24 near Wamego slowed.'))).toEqual(['Wamego']);
		expect(names(parse('A US-led force arrived.'))).toEqual(['US']);
	});

	it('"X City" before a lower-case institution noun is the town X: "Dublin City hall"', () => {
		expect(names(parse('Protesters gathered outside Dublin City hall on Monday.'))).toEqual([
			'Dublin'
		]);
	});

	it('two saints joined by "and" with a church\'s noun are its patrons, not towns', () => {
		const church = 'A bomb hit the church of St. Anne and St. Joseph in the old town of Tanta.';
		expect(names(parse(church))).toEqual(['Tanta']);
		const named = 'Mass was held at the St. Anne and St. Joseph Catholic Church in Tanta.';
		expect(names(parse(named))).toEqual(['Tanta']);
		const towns = 'Flights from St. Paul and St. Louis were delayed.';
		expect(names(parse(towns))).toEqual(['St. Paul', 'St. Louis']);
	});

	it('a function word opening a sentence is no place before a name: "Is US aid a waste?"', () => {
		expect(names(parse('Is US aid a waste?'))).toEqual(['US']);
	});

	it('a degree after a name is no state: "Jane W. Doe, M.D." (but "Frederick, Md.")', () => {
		const doctor = 'Jane W. Doe, M.D., has been named a professor in Frederick.';
		expect(names(parse(doctor))).toEqual(['Frederick']);
		const town = 'He lives in Frederick, Md., with his wife.';
		expect(names(parse(town))).toEqual(['Frederick', 'Md.']);
	});

	it('"according to X." with one word ending the clause is a person\'s surname', () => {
		const text = 'Apple orchards near Yakima did well, according to Selah.';
		expect(names(parse(text))).toEqual(['Yakima']);
	});

	it('an ordinary word before a capitalised word that is no place starts a name', () => {
		const text = 'Tenants of Lakes Terraces signed new leases in Tampa.';
		expect(names(parse(text))).toEqual(['Tampa']);
	});

	it('a dateline in capitals before a dash is a place: "ROCKY HILL -"', () => {
		expect(names(parse('Tax credits offered. ROCKY HILL - Residents can apply.'))).toEqual([
			'ROCKY HILL'
		]);
	});

	it("'said X.' and \"X's father\" make X a person, even a country's name", () => {
		const r = parse('"I love the ice," said Georgia. Georgia trains in Boise with her coach.');
		expect(names(r)).toEqual(['Boise']);
		const r2 = parse("Georgia skates in Boise, said Tom Hale, Georgia's father.");
		expect(names(r2)).toEqual(['Boise']);
		// An age in apposition: "Georgia, 8,".
		expect(names(parse('Her eldest, Georgia, 8, held a plate at the fair in Boise.'))).toEqual([
			'Boise'
		]);
	});

	it('an acronym before a place names an outfit there: "CTV Boise"', () => {
		expect(names(parse('She told CTV Boise on Monday that roads were closed.'))).toEqual(['Boise']);
	});

	it('a newspaper is no place: "the Augusta Herald" names the paper, not the town (#16)', () => {
		expect(names(parse('She worked at the Augusta Herald for years.'))).toEqual([]);
	});

	it('plural and police titles are abbreviations and titles: "Sens.", "Const."', () => {
		const r = parse(
			'State Sens. Ann Moss and Ken Hale met in Boise. Const. Kwesi Millington testified.'
		);
		expect(names(r)).toEqual(['Boise']);
	});

	it('the last of a list of places before "said" is a place, not the speaker', () => {
		const r = parse('Police in Brandon and Kensington said the roads were closed.');
		expect(names(r)).toEqual(['Brandon', 'Kensington']);
	});

	it('a name before "administration" is a leader\'s, not a town', () => {
		const r = parse('The Obama administration wants talks in Tokyo and Osaka this spring.');
		expect(names(r)).toEqual(['Tokyo', 'Osaka']);
	});

	it('does not take people, titles, organisations or days for places', () => {
		const r = parse(
			'On Monday, Senator Jackson Smith and Gen. Lincoln met Donald Trump and Paris Hilton at Stevens & Wilkinson Inc. in Baghdad.'
		);
		expect(names(r)).toEqual(['Baghdad']);
	});

	it('a hyphen pairs two places: no first name and surname, no name of what is there', () => {
		// "Logan" is a first name, but "Logan-Rogersville" is no person, nor is Rogersville later.
		const r = parse('The Logan-Rogersville district opened. In 1990, Rogersville grew.');
		expect(names(r)).toEqual(['Logan', 'Rogersville', 'Rogersville']);
		// "Turkey" and "US" are ordinary words too, yet name a place after a hyphen.
		expect(names(parse('The Russia-Turkey talks resumed.'))).toEqual(['Russia', 'Turkey']);
		expect(toToponyms(parse('He studied Egyptian-US relations.')).map((t) => t.name)).toEqual([
			'US'
		]);
	});

	it('a day or a month after a first name is no surname: "in Alexandria Friday night"', () => {
		expect(names(parse('A crash was reported in Alexandria Friday night.'))).toEqual([
			'Alexandria'
		]);
	});

	it('a country\'s three-letter code is no name in running text: "the ATF", "Ken"', () => {
		const r = parse('Agents of the ATF met Ken and Ann Hale near Boise. Cub Scouts came too.');
		expect(names(r)).toEqual(['Boise']);
		// News's own short forms are curated names and stay.
		expect(names(parse('Talks between the UAE and the USA resumed.'))).toEqual(['UAE', 'USA']);
	});

	it('a name before its police, residents or voters stands where a place is expected', () => {
		// "Gainesville says no" alone reads as a speaker; "Gainesville residents" says it is a town.
		const r = parse('About fifty Gainesville residents marched on Friday. Gainesville says no.');
		expect(names(r)).toEqual(['Gainesville', 'Gainesville']);
	});

	it('a word that names a county only with "County" is the county after a party tag', () => {
		const r = parse('The bill came from Rep. Ann Moss, D-Braxton, on Monday.');
		expect(names(r)).toEqual(['Braxton']);
		expect(placeOf(r, 'Braxton')?.kind).toBe('admin2');
		// Alone, the same word is as often a surname (counties are named after people).
		expect(names(parse('Braxton said the talks went well.'))).toEqual([]);
	});

	it('a first-name place in the possessive or before a title is no first name', () => {
		expect(names(parse("The case went to trial in Alexandria's Circuit Court."))).toEqual([
			'Alexandria'
		]);
		expect(names(parse('She supported Florida Senator Marco Rubio.'))).toEqual(['Florida']);
	});

	it('a surname seen in a full name is a person later on', () => {
		const r = parse('Frank McKenzie spoke in Baghdad. Later McKenzie flew home.');
		expect(names(r)).toEqual(['Baghdad']);
	});

	it('finds demonyms as associative mentions of their country, not as toponyms', () => {
		const r = parse('Iranian-backed groups fired on British and American troops near Baghdad.');
		const demonyms = r.mentions.filter((m) => m.form === 'demonym');
		expect(demonyms.map((m) => [m.text, placeOf(r, m.text)?.country, m.role])).toEqual([
			['Iranian', 'IR', 'associative'],
			['British', 'GB', 'associative'],
			['American', 'US', 'associative']
		]);
		expect(toToponyms(r).map((t) => t.name)).toEqual(['Baghdad']);
	});

	it('a single letter is never a demonym: "Avenue S", "S-10"', () => {
		const r = parse('A pickup on Avenue S hit an S-10 near Boise.');
		expect(r.mentions.map((m) => m.text)).toEqual(['Boise']);
	});

	it('after "a", a name with a head noun is a modifier, a name before a small word a noun', () => {
		// "a Vermont man", "a Tulsa family": the most frequent nouns are heads like any other.
		expect(names(parse('Police charged a Vermont man after the crash.'))).toEqual(['Vermont']);
		expect(names(parse('Firefighters saved a Tulsa family from the blaze.'))).toEqual(['Tulsa']);
		// "a Nevada Highway Patrol report": a capitalised word after it, the article is the longer name's.
		expect(names(parse('The crash was described in a Nevada Highway Patrol report.'))).toEqual([
			'Nevada'
		]);
		// "a Texas-based company": a hyphened compound is a modifier too.
		expect(names(parse('He works for a Texas-based company.'))).toEqual(['Texas']);
		// "served as a Reserve with": a closed-class word after the name leaves it a common noun.
		expect(names(parse('She served as a Reserve with the Army for years.'))).toEqual([]);
	});
});

describe('resolution', () => {
	it('an explicit qualifier decides: "Paris, Texas"', () => {
		const r = parse('The rodeo in Paris, Texas drew a crowd.');
		expect(placeOf(r, 'Paris')?.country).toBe('US');
		expect(placeOf(r, 'Paris')?.admin1).toBe('Texas');
	});

	it('a state abbreviation qualifies and is itself a toponym: "Alexandria, La."', () => {
		const r = parse('A fire broke out in Alexandria, La. on Friday.');
		expect(placeOf(r, 'Alexandria')?.admin1).toBe('Louisiana');
		expect(placeOf(r, 'La.')?.id).toBe('admin1:US.LA');
	});

	it('a Canadian province abbreviation too: "Barrie, Ont."', () => {
		const r = parse('She moved to Barrie, Ont., last spring.');
		expect(placeOf(r, 'Barrie')?.admin1).toBe('Ontario');
		expect(placeOf(r, 'Ont.')?.id).toBe('admin1:CA.08');
	});

	it('the rest of the document disambiguates: "Georgia" among US places', () => {
		const r = parse('Floods hit Atlanta and Macon. Georgia officials opened shelters in Savannah.');
		expect(placeOf(r, 'Georgia')?.kind).toBe('admin1');
		const r2 = parse('Russian troops entered Tbilisi. Georgia asked for help.');
		expect(placeOf(r2, 'Georgia')?.kind).toBe('country');
	});

	it('a division is chosen by the places named inside it: "Washington" after Spokane', () => {
		// The city of Washington has the higher prior; the state holds the other places.
		const r = parse(
			'Fires spread from Spokane to Yakima and Wenatchee, and Washington asked for help.'
		);
		expect(placeOf(r, 'Washington')?.kind).toBe('admin1');
		expect(placeOf(r, 'Washington')?.admin1).toBe('Washington');
	});

	it('a state that holds most of the named places outweighs one that holds a few', () => {
		// Both states hold enough names for the flat bonus; Paris, Texas has the higher prior.
		const r = parse(
			'Crews from Clarksville, Jackson, Dyersburg, Union City, Martin and Paris helped, as did crews from Dallas and Sherman.'
		);
		expect(placeOf(r, 'Paris')?.admin1).toBe('Tennessee');
	});

	it('a country is not qualified by a country: "in Russia, U.S. officials said"', () => {
		const r = parse('Talks in Russia, U.S. officials said, went well.');
		expect(placeOf(r, 'Russia')?.kind).toBe('country');
		expect(placeOf(r, 'Russia')?.country).toBe('RU');
	});

	it('many small namesakes in one country do not outvote one large city abroad', () => {
		// Summed, the American Florences and Venices voted the US for each other.
		const r = parse('She studied in Florence and Venice.');
		expect(placeOf(r, 'Florence')?.country).toBe('IT');
		expect(placeOf(r, 'Venice')?.country).toBe('IT');
		const r2 = parse('The band toured Paris, Berlin and Vienna.');
		expect(placeOf(r2, 'Paris')?.country).toBe('FR');
		expect(placeOf(r2, 'Vienna')?.country).toBe('AT');
	});

	it("every namesake county is a candidate: context finds the state's beyond the twelfth", () => {
		// Some thirty US counties are called Washington County; Missouri's ranks 26th alone.
		const r = parse(
			'Flooding closed roads in Washington County on Monday, Missouri officials said.'
		);
		expect(placeOf(r, 'Washington County')?.admin1).toBe('Missouri');
	});

	it('a town and a county the text names are read where one holds the other', () => {
		// Of the Parises and Henry Counties, only Tennessee's nest (Paris is Henry County's seat).
		const r = parse('All residents of Paris and Henry County will get a letter from the squad.');
		expect(placeOf(r, 'Paris')?.admin1).toBe('Tennessee');
		expect(placeOf(r, 'Henry County')?.admin1).toBe('Tennessee');
	});

	it('the name as written beats a larger place found by dropping its kind word', () => {
		// Boulder, Colorado is larger, but only Boulder City, Nevada bears the whole name.
		const r = parse('The tour bus left from Boulder City at noon.');
		expect(placeOf(r, 'Boulder City')?.admin1).toBe('Nevada');
	});

	it("a large city's English name is a GeoNames alternate: it beats small exact namesakes", () => {
		// GeoNames names these cities Göteborg, Sevilla and Marseille; English news does not.
		const r = parse('Protests spread from Gothenburg to Seville. Fans travelled to Marseilles.');
		expect(placeOf(r, 'Gothenburg')?.country).toBe('SE');
		expect(placeOf(r, 'Seville')?.country).toBe('ES');
		expect(placeOf(r, 'Marseilles')?.country).toBe('FR');
		// A short alternate keeps its full cost: codes and abbreviations are short.
		expect(names(parse('The CAF said Tai and Gaz were fine.'))).toEqual([]);
	});

	it('one sense per name per document', () => {
		const r = parse('Springfield, Illinois is the capital. Springfield schools reopened.');
		const ids = new Set(r.mentions.filter((m) => m.text === 'Springfield').map((m) => m.placeId));
		expect(ids.size).toBe(1);
		expect(placeOf(r, 'Springfield')?.admin1).toBe('Illinois');
	});

	it('alternatives are other candidates, most likely first', () => {
		const r = parse('He moved to Alexandria last year.');
		const m = r.mentions[0];
		expect(m?.alternatives.length).toBeGreaterThan(0);
		const conf = m?.alternatives.map((a) => a.confidence) ?? [];
		expect(conf).toEqual([...conf].sort((a, b) => b - a));
		expect(m?.alternatives.some((a) => a.id === m.placeId)).toBe(false);
	});
});

describe('role', () => {
	it.each([
		['The US assessed the damage.', 'US', 'associative'],
		['Tehran warned of consequences.', 'Tehran', 'associative'],
		['A US soldier was hurt.', 'US', 'associative'],
		['Rockets landed in Iraq overnight.', 'Iraq', 'literal'],
		['Talks between Iran and Iraq stalled.', 'Iran', 'associative'],
		['The border between Iraq and Syria is closed.', 'Iraq', 'literal'],
		['Trains between Paris and Rennes were cancelled.', 'Paris', 'literal'],
		['Relations between Paris and Rome soured.', 'Paris', 'associative'],
		["Iran's leader spoke.", 'Iran', 'associative'],
		['They fired at Camp Taji, north of Baghdad.', 'Baghdad', 'literal']
	])('%s → %s is %s', (text, name, role) => {
		const r = parse(text);
		expect(r.mentions.find((m) => m.text === name)?.role).toBe(role);
	});
});

describe('confidence', () => {
	it('is higher for an unambiguous country than for an ambiguous small town', () => {
		const r = parse('Aid reached Iraq. A man from Springfield was hurt.');
		const iraq = r.mentions.find((m) => m.text === 'Iraq')?.confidence ?? 0;
		const springfield = r.mentions.find((m) => m.text === 'Springfield')?.confidence ?? 1;
		expect(iraq).toBeGreaterThan(0.8);
		expect(springfield).toBeLessThan(iraq);
	});
});

describe('features', () => {
	it('a feature called after an ordinary word or a direction is not the place the word names', () => {
		const r = parse(
			'They hiked in the White Mountains of New Hampshire and later sailed around the North Island.'
		);
		// The whole feature names are the curated features (#16), never a town called White or North.
		expect(r.mentions.map((m) => m.text)).toEqual([
			'White Mountains',
			'New Hampshire',
			'North Island'
		]);
		const white = r.places.find((p) => p.name === 'White Mountains');
		expect(white?.country).toBe('US');
		expect(r.places.find((p) => p.name === 'North Island')?.country).toBe('NZ');
		// A feature's name indexed whole stays: "Battle Creek" is a city.
		expect(parse('She moved to Battle Creek last year.').mentions.map((m) => m.text)).toEqual([
			'Battle Creek'
		]);
	});
});

describe('qualifier stand-in', () => {
	it('a town qualified by a state where the gazetteer has no namesake is placed in the state', () => {
		const r = parse('The road near Bolton, Conn., was closed on Monday after the storm.');
		const m = r.mentions.find((x) => x.text === 'Bolton');
		const p = r.places.find((x) => x.id === m?.placeId);
		expect(p?.kind).toBe('admin1');
		expect(p?.admin1).toBe('Connecticut');
	});

	it('a list of states is no town qualified by a state', () => {
		const r = parse('Missouri, New York and Ohio sued the company.');
		const m = r.mentions.find((x) => x.text === 'Missouri');
		expect(r.places.find((x) => x.id === m?.placeId)?.name).toBe('Missouri');
	});
});

describe('town and county', () => {
	it('a town followed by a county named as one lies in that county', () => {
		const r = parse('The fair was held in Richmond, Madison County, on Saturday.');
		const m = r.mentions.find((x) => x.text === 'Richmond');
		expect(r.places.find((x) => x.id === m?.placeId)?.admin1).toBe('Kentucky');
	});

	it('the county stands in for a town the gazetteer lacks there', () => {
		const r = parse('The fire near Bolton, Tolland County, spread quickly on Monday.');
		const m = r.mentions.find((x) => x.text === 'Bolton');
		expect(r.places.find((x) => x.id === m?.placeId)?.name).toBe('Tolland County');
	});
});

describe('one sense per name, unless qualified apart', () => {
	it('a name qualified by places that share nothing with its earlier qualifier is another place', () => {
		const r = parse(
			'Lima is a city in Allen County, Ohio, United States. The city was named after Lima, Peru, by its founders.'
		);
		const lima = r.mentions.filter((m) => m.text === 'Lima');
		const countries = lima.map((m) => r.places.find((p) => p.id === m.placeId)?.country);
		expect(countries).toEqual(['US', 'PE']);
		const p = parse(
			'Portland, Maine, and Portland, Oregon, both grew. Officials in Portland, Maine, agreed.'
		);
		const states = p.mentions
			.filter((m) => m.text === 'Portland')
			.map((m) => p.places.find((x) => x.id === m.placeId)?.admin1);
		expect(states).toEqual(['Maine', 'Oregon', 'Maine']);
	});
});
