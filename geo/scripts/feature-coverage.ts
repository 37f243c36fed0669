/**
 * npx tsx geo/scripts/feature-coverage.ts [ARTIFACT.bin.gz …]
 *
 * How many of a fixed list of physical features (written for this measure: lakes, rivers, seas,
 * ranges, peaks, islands, deserts… of every continent, some in our tables and some not) each
 * gazetteer artifact finds as a feature: the top answer of a lookup by the name is a lake, river,
 * sea, range, peak or other physical feature (not a town that happens to share the name).
 * Used to measure what `--natural-earth DIR` adds (BENCHMARKS.md).
 */

import { loadGazetteer } from '../../src/lib/server/gazetteer';
import { FEATURE_CODES } from '../lib/features';
import { DEFAULT_ARTIFACT_PATH } from './paths';

/** The list: news-style names, kind word included where news writes one. */
export const FEATURE_NAMES =
	`Lake Victoria|Lake Tana|Lake Kivu|Lake Mweru|Lake Nasser|Lake Ohrid|Lake Peipus|Lake Onega
Lake Winnipegosis|Lake Nipissing|Lake Simcoe|Lac Saint-Jean|Dubawnt Lake|Lake Hazen|Lake Titicaca|Lake Poopo
Lake Maracaibo|Lake Eyre|Lake Taupo|Lake Toba|Lake Baikal|Lake Balkhash|Lake Van|Lake Urmia|Lake Sevan
Tsimlyansk Reservoir|Volgograd Reservoir|Kremenchuk Reservoir|Lake Kariba|Lake Volta|Kolyma River|Indigirka River
Salween River|Irtysh River|Ob River|Amur River|Mekong River|Zambezi River|Okavango River|Kasai River
Limpopo River|Orange River|Senegal River|Ucayali River|Purus River|Jurua River|Madeira River|Xingu River
Missouri River|Yukon River|Mackenzie River|Churchill River|Nelson River|Thames|Loire|Vistula|Dniester
Gulf of Boothia|Hudson Strait|Gulf of Anadyr|Shelikhov Gulf|Bay of Campeche|Gulf of Darien|Bight of Benin
Bight of Biafra|Ligurian Sea|Sea of Okhotsk|Strait of Malacca|Bass Strait|Cook Strait|Davis Strait
Gulf of Bothnia|Bay of Bengal|Arafura Sea|Coral Sea|Ross Sea|Weddell Sea|Amundsen Gulf|Foxe Basin
Ennedi Plateau|Tibesti Mountains|Ahaggar Mountains|Atlas Mountains|Drakensberg|Ethiopian Highlands
Kolyma Mountains|Verkhoyansk Range|Sierra Madre del Sur|Brooks Range|Alaska Range|Cordillera Blanca
Andes|Altiplano|Patagonia|Gran Chaco|Pantanal|Llanos|Great Dividing Range|Nullarbor Plain|Simpson Desert
Gobi Desert|Taklamakan Desert|Karakum Desert|Thar Desert|Dasht-e Kavir|Rub' al Khali|Kalahari Desert
Namib Desert|Atacama Desert|Mojave Desert|Sonoran Desert|Great Basin|Mount Kenya|Mount Elgon|Ras Dashen
Mount Cameroon|Jabal Shams|Mount Damavand|Mount Ararat|Mount Elbrus|Mont Blanc|Mount Olympus|Mount Etna
Mount Rainier|Mount Whitney|Denali|Mount Logan|Pico de Orizaba|Aconcagua|Huascaran|Mount Kosciuszko
Mount Cook|Puncak Jaya|Mount Kinabalu|Mount Fuji|Kamchatka Peninsula|Taymyr Peninsula|Kola Peninsula
Yamal Peninsula|Cape York Peninsula|Arnhem Land|Kimberley Plateau|Baffin Island|Ellesmere Island
Victoria Island|Banks Island|Southampton Island|Novaya Zemlya|Severnaya Zemlya|New Siberian Islands
Franz Josef Land|Svalbard|Sakhalin|Hokkaido|Sumatra|Borneo|Sulawesi|New Guinea|New Britain|Tasmania
Madagascar|Socotra|Zanzibar|Bioko|Canary Islands|Azores|Madeira|Cape Verde Islands|Falkland Islands
South Georgia|Tierra del Fuego|Chiloe Island|Galapagos Islands|Easter Island|Hawaiian Islands|Aleutian Islands
Kuril Islands|Ryukyu Islands|Andaman Islands|Nicobar Islands|Maldives|Chagos Archipelago|Seychelles
Cape of Good Hope|Cape Horn|Cape Agulhas|Cape Guardafui|Cape Comorin|Cape Farewell|Nile Delta|Niger Delta
Mekong Delta|Ganges Delta|Okavango Delta|Danube Delta|Lena Delta|Mississippi River Delta|Great Rift Valley
Death Valley|Fergana Valley|Bekaa Valley|Jordan Valley|Kathmandu Valley|Grand Canyon|Deccan Plateau
Tibetan Plateau|Loess Plateau|Iranian Plateau|Anatolia|Sinai Peninsula|Arabian Peninsula|Korean Peninsula`
		.split(/[|\n]/)
		.map((n) => n.trim())
		.filter(Boolean);

/** Whether the top answer for a name is a physical feature (any source). */
export function foundAsFeature(
	lookup: (name: string) => { place: { featureCode: string } }[],
	name: string
): boolean {
	const top = lookup(name)[0];
	return top !== undefined && FEATURE_CODES[top.place.featureCode] !== undefined;
}

function main(paths: string[]): void {
	for (const path of paths.length > 0 ? paths : [DEFAULT_ARTIFACT_PATH]) {
		const g = loadGazetteer(path);
		const found = FEATURE_NAMES.filter((n) => foundAsFeature((q) => g.lookup(q), n)).length;
		console.log(`${path}: ${found} of ${FEATURE_NAMES.length} feature names found as features`);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
