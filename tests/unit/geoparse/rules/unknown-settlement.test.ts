/**
 * `output/unknown-settlement`: a name the gazetteer lacks, which the words around it make a
 * settlement or a crossing, is listed as unresolved (never drawn); no other capitalised word is.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../../src/lib/gazetteer';
import { geoparse } from '../../../../src/lib/geoparse';
import { unknownSettlement } from '../../../../src/lib/geoparse/unknown-settlement';
import { miniGazetteer } from '../../helpers/mini-gazetteer';

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await miniGazetteer();
});

/** The names the rule lists in `text`, and the names drawn on the map. */
function parse(text: string) {
	const r = geoparse({ text, gazetteer: gaz });
	return {
		listed: (r.unresolved ?? []).filter((m) => m.rule === unknownSettlement.id).map((m) => m.text),
		drawn: r.mentions.map((m) => m.text)
	};
}

describe('output/unknown-settlement', () => {
	it.each([
		[
			'Forces repelled assaults near Paris and the village of Synkivka, officials said.',
			['Synkivka']
		],
		[
			'Shells fell on the villages of Synkivka and Petropavlivka overnight.',
			['Synkivka', 'Petropavlivka']
		],
		['Aid reached the town of Kabarole in Kenya on Monday.', ['Kabarole']],
		['Shelling hit Synkivka, a village near Paris, on Monday.', ['Synkivka']],
		[
			'Troops held Paris.\n\nSynkivka, a village near Paris, was shelled. Later, Synkivka burned.',
			['Synkivka', 'Synkivka']
		],
		['Police came from Bwera, a small border town in Kenya, on Sunday.', ['Bwera']],
		[
			'Uganda set up screening points at the Mpondwe and Bunagana crossings on Monday.',
			['Mpondwe', 'Bunagana']
		],
		['Trucks queued at the Mpondwe border crossing into Kenya.', ['Mpondwe']],
		[
			'Lima lies in the valleys of the Rímac, Chillón, and Lurín rivers in Peru.',
			['Rímac', 'Chillón', 'Lurín']
		],
		[
			'Pizarro ruled from the banks of the Rímac. Lima lies by the Rímac and Chillón rivers.',
			['Rímac', 'Rímac', 'Chillón']
		],
		['Commuters from Paris and Gladeville now wait up to 40 minutes.', ['Gladeville']],
		['Fighting went on near Nairobi and Tuvarra Kati through the night.', ['Tuvarra Kati']],
		['Migrants reach centres at Tuvarra Kati and Nairobi in Kenya.', ['Tuvarra Kati']],
		['Commuters from Gladeville and Paris now wait up to 40 minutes.', ['Gladeville']],
		[
			'Slides struck near Synkivka and Petropavlivka, tea-growing villages in Kenya, at dawn.',
			['Synkivka', 'Petropavlivka']
		],
		[
			'Floods cut off Synkivka, Bunagana and Petropavlivka, three towns near Paris.',
			['Synkivka', 'Bunagana', 'Petropavlivka']
		]
	])('lists the unknown place in %j', (text, names) => {
		const r = parse(text);
		expect(r.listed).toEqual(names);
		for (const name of names) expect(r.drawn).not.toContain(name);
	});

	it.each([
		'The vote was held in January in Paris.',
		"In Smith's view the vote in Paris was fair.",
		'Engineers near Microsoft said the vote in Paris was fair.',
		'Letters came from Paris and Microsoft on Monday.',
		'Letters came from Microsoft and Paris on Monday.',
		'Engineers at Hanwha and Paris officials met on Monday.',
		'He thanked Smith and Jones, two villagers in Paris, on Monday.',
		'He thanked Smith and Jones, towns apart, in Paris on Monday.',
		'Letters came from Paris and Sarah on Monday.',
		'Russia attacked near Paris and Zelensky said the front held.',
		'They live in Paris and Hanwha builds plants there.',
		'Letters came from Paris and Hanwha on Monday.',
		'Chang, a town councillor, spoke in Paris on Monday.',
		'Ferries used the Channel crossing to Paris on Monday.',
		'Athletes left the Olympic village in Paris on Monday.',
		'Aides in the Biden camp met in Paris on Monday.',
		'He thanked Smith, Jones and the Paris rivers authority.',
		'The city of Paris voted on Monday.',
		'Boats sank near Paris and Lake Crook on Sunday.',
		'Officials met Kabarole and Paris officials on Monday.',
		'They went to the town hall in Paris on Monday.',
		'The President of France spoke in Paris on Monday.'
	])('lists nothing in %j', (text) => {
		expect(parse(text).listed).toEqual([]);
	});
});
