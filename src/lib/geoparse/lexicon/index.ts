/**
 * Word lists the recogniser reasons with. General English, never taken from evaluation corpora:
 * titles that announce a person, words that make a name an organisation, calendar words, and the
 * small words that may sit inside a place name ("Isle of Man", "Jurf al Sakhar").
 */

import { wordTable } from '../../gazetteer/index';
import { COMMON_WORDS, FIRST_NAMES } from './words.generated';

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Rank (0 = most frequent) of ordinary lower-case words. */
const commonRank = new Map<string, number>();
COMMON_WORDS.split(' ').forEach((w, i) => commonRank.set(w, i));

/**
 * Generic nouns of institutions and features, written capitalised inside names so often that a
 * frequency list kept in its dominant case misses them as ordinary words ("University",
 * "Valley", "Congress", a newspaper's "Herald" or "Gazette").
 */
const GENERIC_NOUNS = set(`university universities college academy institute school schools
department ministry bureau agency office council committee commission senate congress parliament
assembly court courthouse tribunal government administration authority authorities
association society foundation federation union league club party front alliance coalition
center centre hospital clinic church cathedral chapel temple mosque synagogue hall library museum
gallery theatre theater stadium arena park parkway boulevard avenue street road highway freeway
interstate bridge tunnel tower plaza mall market square station terminal airport port harbor
harbour metro transit valley gulf bay woodlands continental pacific atlantic national regional
international federal state county city town village district township borough parish
municipal memorial community cemetery county-wide
herald gazette tribune journal chronicle courier sentinel observer examiner dispatch bulletin
ledger historical republic kingdom principality sultanate emirate`);
const GENERIC_RANK = 5000;
// The generic nouns that are no frequent word take their rank in the same map: one lookup, not
// two, for the capitalised names that are neither (most words asked about).
for (const w of GENERIC_NOUNS) if (!commonRank.has(w)) commonRank.set(w, GENERIC_RANK);

/** Whether a lower-case word is a generic noun of institutions or features. */
export const isGenericNoun = (lower: string) => GENERIC_NOUNS.has(lower);

/** Frequency rank of a lower-case ordinary word, or Infinity when it is not one. */
export function commonWordRank(lower: string): number {
	return commonRank.get(lower) ?? Infinity;
}

/**
 * Closed-class words: determiners, pronouns, prepositions, conjunctions, auxiliaries and a few
 * adverbs. After "a Name", one of these means the name is a noun ("served as a Reserve with");
 * any other lower-case word is the noun the name modifies ("a Louisiana man", "a US soldier").
 */
export const FUNCTION_WORDS = set(`a an the this that these those my your his her its our their
some any no every each either neither all both another such what which whose whatever
of in on at by for with from to into onto upon about above across after against along amid among
around as before behind below beneath beside besides between beyond but despite down during except
inside like near off out outside over past per since than through throughout till toward towards
under underneath unlike until up via within without
and or nor yet so if because although though while whereas unless whether when where once
i me you he him she it we us they them who whom myself yourself himself herself itself ourselves
themselves
is are was were be been being am has have had having do does did will would shall should can
could may might must
not never also only just even still too very then there here now`);

/** Frequent ordinary words that also occur in first-name lists ("Said", "Way", "Can"). */
const ORDINARY_RANK = 500;

/** Words (lower case, no dots) that announce a person's name after them. */
export const TITLES = set(`
mr mrs ms miss mx dr sir dame lord lady madam madame mister monsieur
president vice secretary minister premier chancellor governor gov senator sen rep representative
congressman congresswoman councilman councilwoman councillor councilor alderman mayor
judge justice attorney prosecutor sheriff deputy officer detective trooper agent inspector constable
general gen lieutenant lt colonel col major maj captain capt sergeant sgt corporal cpl private pvt
admiral adm commander cmdr marshal brigadier specialist spc airman seaman lance
chief chairman chairwoman chair ceo spokesman spokeswoman spokesperson director commissioner
superintendent principal dean professor prof coach pastor reverend rev father bishop
archbishop cardinal pope rabbi imam sheikh ayatollah king queen prince princess emperor sultan
emir president-elect ambassador envoy dr. mrs. aide analyst
sens reps const
`);

/** Words after a capitalised name that make it an organisation or a product, not a place. */
export const ORG_SUFFIXES = set(`
inc corp corporation co llc ltd plc holdings hezbollah brigade brigades militia fc team authority commission`);

/**
 * Words after a town's name that make the pair a football club ("Blackburn Rovers", "Aston
 * Villa"): the club is an organisation, not the town. A team named by its town alone ("Italy
 * beat England") is still the place, used for its team; and American teams keep their town
 * ("the Minnesota Twins"), which US news annotates as the team's place.
 */
export const CLUB_SUFFIXES = set(`
wanderers rovers athletic albion villa hotspur argyle thistle academicals
`);

/**
 * Words before a town's name that make the pair a sports club ("Bayern Munich", "PSV Eindhoven",
 * "FC Porto"): the club's name is no place, even where its first word is ("Bayern", "Ajax").
 */
export const CLUB_PREFIXES = set(`
fc ac afc cf cd sc sv vfb vfl tsv psv cska aek paok bayern borussia ajax atletico inter
sporting dynamo dinamo spartak olympique lokomotiv werder hertha eintracht fortuna bayer steaua
legia slavia sparta deportivo partizan dukla feyenoord galatasaray fenerbahce besiktas real
racing athletic olympiakos
`);

/**
 * Calendar and other capitalised words that are never places on their own: days, months, feasts,
 * religions, and "English" (a language, and England's adjective, which no country's demonym list
 * holds).
 */
export const NEVER_PLACES = set(`
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
god jesus christ christmas easter ramadan passover hanukkah
jewish christian muslim islamic catholic protestant hindu buddhist sikh baptist methodist
lutheran presbyterian episcopal orthodox evangelical arab
english
i i'm we he she they it you mr mrs ms dr
`);

/** Direction words: alone they are no place; before one they do not make it part of another name. */
export const DIRECTIONS = set(`north south east west northern southern eastern western central
northeast northwest southeast southwest northeastern northwestern southeastern southwestern
upper lower greater inner outer downtown uptown midtown mid`);

/** Degrees written in initials after a name ("Jane Doe, M.D."), some with a state's letters. */
export const DEGREES = new Set(['M.D.', 'P.A.', 'M.A.', 'M.S.', 'D.O.', 'R.N.']);

/** Abbreviations that are never a place alone ("St.", "Co.", "Sen."). */
export const NON_PLACE_ABBREVIATIONS =
	set(`st mt ft co sen rep gov gen no mr mrs ms dr lt col capt sgt
jr sr inc corp ltd vs ave blvd rd prof rev adm maj pvt spc cmdr`);

/** Words after a name that make it a street's name ("Richmond Street", "Collins Run Road"). */
export const STREET_WORDS = set(`street st avenue ave road rd boulevard blvd drive lane ln way
parkway pkwy pike trail court ct circle terrace alley plaza`);

/**
 * Prepositions of place: a name right after one is where something is ("in Maryville", "near
 * Brandon"), not who. "at", "from", "to" are left out: they take people and institutions as
 * often ("from Smith", "at Microsoft"). Trade terms name the port a price is quoted at ("fob
 * Santos", "cif Rotterdam").
 */
export const LOCATIVE_PREPOSITIONS = set(`in near outside across throughout around inside within
fob cif cfr fas`);
/** Prepositions whose object a name is ("at X", "from X"): then no subject of a verb after it. */
export const OBJECT_PREPOSITIONS = set(`at from to into onto near in on via across outside inside
throughout within toward towards`);

/**
 * US party letters, as news tags a legislator with party and state or home town: "Sen. Bob
 * Casey, D-Pa.", "Rep. Jane Doe (R-Fairfax)". Case-sensitive: the text of the token.
 */
export const PARTY_TAGS = new Set(['D', 'R', 'I', 'DFL']);

/** Nouns for settlements and divisions: "the town of X", "the villages of X and Y". */
export const PLACE_NOUNS = set(`city cities town towns village villages hamlet hamlets county
counties parish province provinces state states district districts region municipality capital
suburb suburbs township neighbourhood neighborhood community island islands isle peninsula`);

/**
 * Nouns an encyclopedia defines a place by: "Lima is a city in …", "Mobile is the county seat
 * of …", "Trinidad is a home rule municipality …", "X is a census-designated place".
 */
export const DEFINING_NOUNS = set(`city town village hamlet borough township municipality commune
community settlement suburb locality neighbourhood neighborhood seat capital county parish
district province state region country island port place barrio ward comune frazione subdistrict
department canton governorate prefecture cities towns villages hamlets boroughs
townships municipalities communes communities suburbs parishes districts`);

/**
 * Nouns whose "of" complement is a place: "the mayor of Florence said", "residents of Tyre". The
 * noun is the one who speaks or lives there, so the name after "of" is where, not who.
 */
export const PLACE_OF_NOUNS = set(`mayor mayors governor governors residents inhabitants citizens
natives outskirts streets centre center heart`);

/**
 * Nouns of a place's authorities and people that a place name modifies: "Gwinnett police",
 * "DuPage Sheriff", "Preble voters". A person's name does not stand before them (not "officials"
 * or "supporters": "Trump officials").
 */
export const PLACE_HEAD_NOUNS = set(`police sheriff sheriffs deputies commissioners prosecutor
prosecutors coroner jail residents voters province provinces region regions district districts
island islands river rivers peninsula valley volcano strait mountains`);

/** Kinship nouns: after a possessive name ("Georgia's father") they make the name a person's. */
export const KINSHIP = set(`father mother son daughter husband wife brother sister parents
grandmother grandfather grandson granddaughter boyfriend girlfriend fiance fiancee mom dad`);

/** Words after a name that say a person was named: "O'Brien said", "Conner, who". */
export const PERSON_VERBS = set(`said says told tells added adds explained explains noted notes
wrote writes asked asks testified pleaded admitted recalled recalls replied insisted stated`);

/**
 * Lower-case words allowed inside a multi-word place name ("Isle of Man", "Stratford upon Avon"),
 * with the Arabic article's romanisations ("Dar es Salaam", "Deir ez-Zor") and the Persian
 * ezafe ("Mazar-i-Sharif").
 */
export const CONNECTORS = set(`of de del della di da do dos das du des es la le les los las el al ul
ez ed er esh ash ad az i e the and y upon on in am an der den het van von sur en au aux bin ibn abu bint`);

/** Lower-case words that may join a capitalised run into one longer name ("Bank of America"). */
export const CHUNK_CONNECTORS = set(`of de del della di da do dos das du des la le les el al ul
the and van von der den bin ibn abu bint`);

/** Words before a name that make it a place of a kind ("Camp Taji", "Mount Hood", "Lake Erie"). */
export const PREFIX_TRIGGERS: Readonly<Record<string, string>> = wordTable({
	camp: 'landmark',
	fort: 'landmark',
	ft: 'landmark',
	mount: 'landmark',
	mt: 'landmark',
	lake: 'water',
	port: 'city',
	cape: 'landmark'
});

/** Words after a name that make it a place ("Balad Air Base", "Tigris River", "Karbala Province"). */
export const SUFFIX_TRIGGERS =
	set(`base airbase airport airfield river mountains mountain island islands
valley desert sea ocean gulf bay lake strait peninsula province governorate county parish state
district region city town village oblast prefecture municipality township borough`);

/**
 * Generic words of natural features and townships that follow the name they are called after
 * ("Cedar River", "Hamilton Township", "Bear Creek"). Written after a known name, the feature is
 * the place meant even when the gazetteer lacks it; its own name locates it near enough. Not
 * institutions ("Airport", "City Council"): news names those after the town they are in, and
 * the town is the place. Landmarks a story walks through ("Wembley Stadium", "Taksim Square",
 * "London Bridge") are read whole: the mention is the landmark, resolved near its namesake only
 * in a country the story names (`candidates/feature-kind`).
 */
export const FEATURE_SUFFIXES = set(`river creek lake bay harbor harbour valley falls island islands
mountains canyon township twp stadium square bridge crossing park`);

export { CA_PROVINCE_ABBREVIATIONS, POSTAL_CODES, US_STATE_ABBREVIATIONS } from './abbreviations';

/** Verbs of speech and decision: a country or capital before them stands for its government. */
export const AGENT_VERBS = set(`said says say told tells warned warns assessed assesses announced
announces accused accuses denied denies claimed claims demanded demands threatened threatens
believes believed wants wanted urged urges insisted insists agreed agrees rejected rejects refused
refuses responded responds retaliated decided decides vowed vows condemned condemns blamed blames
knows knew thinks thought plans planned hopes hoped has have had is was will would could should
must may might can did does fears feared launched carried sent sends imposed imposes recognised recognized
signed signs called calls joined joins backed backs supported supports opposed opposes`);

/** Nouns a country name or demonym modifies as an adjective ("US soldier", "Iraqi officials"). */
export const ASSOCIATIVE_HEADS = set(`soldier soldiers troops troop forces force military army navy
official officials government governments president leader leaders minister ministers
embassy ambassador diplomat diplomats envoy general generals commander commanders
airstrike airstrikes strike strikes counter attack attacks drone drones jets
citizen citizens national nationals people team side authorities intelligence
defence defense secretary administration congress parliament court police company
companies firm firms media press news economy market markets dollar pound currency
service servicemen servicemembers personnel partner partners allies ally coalition
navy-seal sanctions policy officials`);

/**
 * Common first names (capitalised), without the entries that are directions, calendar words or
 * very frequent ordinary words ("North", "May", "Said"): those would turn "North Texas" into a
 * person; nor the words that make the name after them a place (`PREFIX_TRIGGERS`: "Port Sudan"
 * is no person, and "Sudan's army" no surname of one).
 */
export const FIRST_NAME = new Set(
	FIRST_NAMES.split(' ').filter((n) => {
		const lower = n.toLowerCase();
		if (DIRECTIONS.has(lower) || NEVER_PLACES.has(lower)) return false;
		if (Object.hasOwn(PREFIX_TRIGGERS, lower)) return false;
		return commonWordRank(lower) >= ORDINARY_RANK;
	})
);
