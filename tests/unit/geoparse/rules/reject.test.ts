/**
 * The reject rules (src/lib/geoparse/reject/), each with sentences where it rejects a name and
 * sentences where the same name is left alone, on the mini gazetteer (`rule-table.ts`).
 * `club-in-sport`, `newspaper-or-airline` and `feature-word-before` have files of their own.
 */

import { describe, expect, it } from 'vitest';
import { DEMONYM_REJECT_RULES, NAME_REJECT_RULES } from '../../../../src/lib/geoparse/pipeline';
import { ruleTables, type RuleExamples } from './rule-table';

const TABLES: Record<string, RuleExamples> = {
	'reject/calendar-word': {
		fires: [
			['Rain fell on Christmas in Ohio.', 'Christmas'],
			['Ms Lopez spoke in Ohio.', 'Ms']
		],
		keeps: [['Rain fell on Christmas in Ohio.', 'Ohio']]
	},
	'reject/direction-word': {
		fires: [
			['Crews drove North from Texas.', 'North'],
			['Smoke rose over North Texas.', 'North'],
			['Crews drove North and Ohio voted.', 'North']
		],
		keeps: [
			['Crews drove North to North Dakota.', 'North Dakota'],
			['Turnout was high in the North and Ohio regions.', 'North'],
			['Turnout was high in the North, Texas and Ohio regions.', 'North']
		]
	},
	'reject/dotted-abbreviation': {
		fires: [
			['The Co. said no to Ohio.', 'Co.'],
			['He climbed Mt. Lopez in Ohio.', 'Mt.']
		],
		keeps: [['Rain fell in Colo. on Monday.', 'Colo.']]
	},
	'reject/degree-after-comma': {
		fires: [['Jane Doe, M.D., spoke in Ohio.', 'M.D.']],
		keeps: [['Jane Doe spoke in Ohio.', 'Ohio']]
	},
	'reject/two-letter-word': {
		fires: [
			['In Ohio, officials said so.', 'In'],
			['He was In Ohio then.', 'In']
		],
		keeps: [['Voters in IN went to the polls.', 'IN']]
	},
	'reject/organisation-of': {
		fires: [
			['The Bank of England raised rates.', 'England'],
			['Curators at the Museum of London and the Diocese of Rome agreed.', 'Rome']
		],
		keeps: [
			['The Republic of Ireland voted.', 'Ireland'],
			['The Port of Rotterdam reopened.', 'Rotterdam'],
			['Banks of England and Wales lent more.', 'England']
		]
	},
	'reject/organisation-before-of': {
		fires: [
			['Analysts at the London School of Economics agreed.', 'London'],
			['She studied at the Georgia Institute of Technology.', 'Georgia']
		],
		keeps: [
			['She went to a London school of dance.', 'London'],
			['The London School closed.', 'London']
		]
	},
	'reject/reduplicated': {
		fires: [
			['Trucks were parked across the road at Lima Lima on Monday.', 'Lima'],
			['Trucks were parked across the road at Lima Lima on Monday.', 'Lima', 1]
		],
		keeps: [
			['Lima Lima Lima: the crowd chanted the name.', 'Lima', 1],
			['Voters in Lima, Lima went to the polls.', 'Lima'],
			['Voters in Lima and Lima, Ohio, went to the polls.', 'Lima']
		]
	},
	'reject/postal-code': {
		fires: [['The OK sign went up in Texas.', 'OK']],
		keeps: [['Texas voted.', 'Texas']]
	},
	'reject/street-word-after': {
		fires: [['She lives on Washington Street now.', 'Washington']],
		keeps: [['She lives in Washington now.', 'Washington']]
	},
	'reject/disease-after': {
		fires: [['Doctors call it Paris syndrome.', 'Paris']],
		keeps: [['Doctors in Paris agree.', 'Paris']]
	},
	'reject/head-of-name': {
		fires: [
			['Homes in Paris do Sul were flooded.', 'Paris'],
			['Homes in Lima do Paris were flooded.', 'Paris']
		],
		keeps: [
			['Homes in Paris were flooded.', 'Paris'],
			['The mayor of Paris, de Villiers, spoke.', 'Paris']
		]
	},
	'reject/airline-context': {
		fires: [
			['Passengers on Delta flight 1123 waited in Denver.', 'Delta'],
			['Delta said it had cancelled 300 flights out of Denver.', 'Delta'],
			['Delta, which has its hub in Atlanta, cancelled 900 flights.', 'Delta'],
			['Travellers booked seats on Delta to Denver.', 'Delta']
		],
		keeps: [
			['Flights to Delta resumed on Monday.', 'Delta'],
			['Delta flights resumed on Monday.', 'Delta'],
			['Atlanta, where the airline has its hub, cancelled 900 flights.', 'Atlanta'],
			['Chicago cancelled 300 flights on Monday.', 'Chicago'],
			[
				'Ash fell on Monday. Eyjafjallajokull, whose eruption grounded flights, was quiet.',
				'Eyjafjallajokull'
			]
		]
	},
	'reject/saint-feast': {
		fires: [
			['Crowds gathered for the feast of St. Joseph in Chicago.', 'St. Joseph'],
			['A procession for Saint Anne filled the streets of Chicago.', 'Saint Anne'],
			["Chicago honours St. Joseph, the city's patron saint, on Friday.", 'St. Joseph'],
			['Mass was said at St. Joseph Church in Chicago.', 'St. Joseph']
		],
		keeps: [
			['Flights to St. Joseph resumed on Monday.', 'St. Joseph'],
			['The mayor of St. Joseph, the county seat, spoke.', 'St. Joseph']
		]
	},
	'reject/airline-elsewhere': {
		fires: [['Passengers on Delta flight 1123 waited. Delta has its hub in Denver.', 'Delta', 1]],
		keeps: [['Passengers waited in Delta. Delta has a hub in Denver.', 'Delta', 1]]
	},
	'reject/species-after': {
		fires: [
			['Catches of Cairo perch have halved.', 'Cairo'],
			['A Boston terrier won the show.', 'Boston']
		],
		keeps: [
			['Catches of perch in Cairo have halved.', 'Cairo'],
			['Boston Terriers fans cheered.', 'Boston'],
			['Maine lobster prices rose in Boston.', 'Boston']
		]
	},
	'reject/landform-after': {
		fires: [['Rain fell on the Paris Basin.', 'Paris']],
		keeps: [['Rain fell on Paris.', 'Paris']]
	},
	'reject/league-heading': {
		fires: [['ATLANTIC DIVISION\nBoston 40 12', 'ATLANTIC']],
		keeps: [['Ships crossed the Atlantic.', 'Atlantic']]
	},
	'reject/route-number': {
		fires: [['Crews closed US-24 near Toledo.', 'US']],
		keeps: [['Crews in the US worked.', 'US']]
	},
	'reject/directions-before-name': {
		fires: [['Floods hit North East Texas.', 'North East']],
		keeps: [['He moved to North East, Maryland.', 'North East']]
	},
	'reject/title-alone': {
		fires: [['The pageant crowned Miss Ohio on Sunday.', 'Miss']],
		keeps: [['Ohio voted.', 'Ohio']]
	},
	'reject/institution-of': {
		fires: [
			['Rain fell on the Atlantic of old.', 'Atlantic'],
			['The Pacific of our youth was calm.', 'Pacific']
		],
		keeps: [['Ships crossed the Atlantic on Monday.', 'Atlantic']]
	},
	'reject/feature-of-word': {
		fires: [
			['Hikers walked the Normal Valley.', 'Normal Valley'],
			['Hikers walked the Reading Park.', 'Reading Park']
		],
		keeps: [['The Mobile Bay Bridge closed.', 'Mobile Bay']]
	},
	'reject/kind-word-of': {
		fires: [['The Canton of Zurich voted.', 'Canton']],
		keeps: [['Canton, Ohio voted.', 'Canton']]
	},
	'reject/trigger-alone': {
		fires: [['Officials at the Port Authority said no.', 'Port']],
		keeps: [['He sailed from Port on Monday.', 'Port']]
	},
	'reject/ordinary-word-before-name': {
		fires: [
			['The Reading Glasses Company closed.', 'Reading'],
			['The Mobile Home Park flooded.', 'Mobile']
		],
		keeps: [['Officials in Reading said so.', 'Reading']]
	},
	'reject/tail-of-name': {
		fires: [['The Acme Widget Boston plant closed.', 'Boston']],
		keeps: [['The Boston plant closed.', 'Boston']]
	},
	'reject/word-after-place': {
		fires: [['Officials in Ohio Reading said so.', 'Reading']],
		keeps: [['Officials in Reading said so.', 'Reading']]
	},
	'reject/saint-possessive': {
		fires: [["Crowds marked Saint Paul's Day in Boston.", 'Saint Paul']],
		keeps: [["He flew to Saint Paul's airport.", 'Saint Paul']]
	},
	'reject/church-patrons': {
		fires: [
			['The Church of Saint Anne and Saint Joseph opened.', 'Saint Anne'],
			['The Saint Paul and Saint Joseph Cathedral opened.', 'Saint Joseph']
		],
		keeps: [['Saint Paul and Saint Joseph met.', 'Saint Joseph']]
	},
	'reject/person-in-run': {
		fires: [['Prime Minister Ted Houston spoke.', 'Houston']],
		keeps: [['He spoke in Houston.', 'Houston']]
	},
	'reject/title-before': {
		fires: [['Mayor Houston said no.', 'Houston']],
		keeps: [['Officials in Houston said no.', 'Houston']]
	},
	'reject/initial-before': {
		fires: [['The coach, D. Houston, left.', 'Houston']],
		keeps: [['The coach left Houston.', 'Houston']]
	},
	'reject/name-suffix-after': {
		fires: [['Robert Houston Jr. spoke.', 'Houston']],
		keeps: [['He spoke in Houston.', 'Houston']]
	},
	'reject/club-word': {
		fires: [['Real Madrid won again.', 'Madrid']],
		keeps: [['They flew to Madrid again.', 'Madrid']]
	},
	'reject/club-suffix': {
		fires: [['Birmingham Athletic won again.', 'Birmingham']],
		keeps: [['Rain fell in Birmingham again.', 'Birmingham']]
	},
	'reject/ampersand': {
		fires: [['He joined Paris & Sons in May.', 'Paris']],
		keeps: [['He moved to Paris in May.', 'Paris']]
	},
	'reject/organisation-word-within': {
		fires: [['He rides for UAE Team Emirates in Paris.', 'Emirates']],
		keeps: [
			['Team USA won in Paris.', 'USA'],
			['He flew Emirates to Paris.', 'Emirates']
		]
	},
	'reject/organisation-word-after': {
		fires: [
			['Officials at Paris Corp. said no.', 'Paris'],
			['Paris Inc. grew.', 'Paris'],
			['He rides for UAE Team Emirates in Paris.', 'UAE'],
			['The Lamar County Commission voted 4-1.', 'Lamar County'],
			['The Karbala Authority said the roads were closed.', 'Karbala']
		],
		keeps: [
			['Officials in Paris said no.', 'Paris'],
			['The commission in Lamar County voted 4-1.', 'Lamar County']
		]
	},
	'reject/first-name-surname': {
		fires: [['Mark Esper met Paris Hilton today.', 'Paris']],
		keeps: [['He met them in Paris today.', 'Paris']]
	},
	'reject/known-surname': {
		fires: [['Defense Secretary Mark Austin arrived. Austin said the base was safe.', 'Austin', 1]],
		keeps: [['He flew to Austin.', 'Austin']]
	},
	'reject/major-surname-alone': {
		fires: [['Michael Jordan scored. Jordan said he was tired.', 'Jordan', 1]],
		keeps: [
			['Michael Jordan flew to Jordan.', 'Jordan', 1],
			["Sudan's army held the city. In Port Sudan, officials spoke.", 'Sudan']
		]
	},
	'reject/demonym-in-name': {
		fires: [['Scottish and North Irish Yeomanry marched.', 'Irish']],
		keeps: [['British and American troops marched.', 'American']]
	}
};

/** Rules whose examples are in a file of their own. */
const OWN_FILES = [
	'reject/club-in-sport',
	'reject/newspaper-or-airline',
	'reject/feature-word-before'
];

describe('reject rules', () => {
	const rules = [...NAME_REJECT_RULES, ...DEMONYM_REJECT_RULES];

	it('have an id in reject/ and a description each, and ids are unique', () => {
		for (const r of rules) {
			expect(r.id).toMatch(/^reject\/[a-z-]+$/);
			expect(r.description.length).toBeGreaterThan(10);
		}
		expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
	});

	it('have examples each, here or in a file of their own', () => {
		const tested = new Set([...Object.keys(TABLES), ...OWN_FILES]);
		expect(rules.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
	});
});

ruleTables(TABLES);
