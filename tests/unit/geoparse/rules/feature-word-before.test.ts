/**
 * `reject/feature-word-before`: a feature word of another language opens a name the gazetteer
 * lacks ("Plaza de Mayo", "Bairro Alto"); neither it nor the name after it is a place alone.
 */

import { ruleTables } from './rule-table';

ruleTables({
	'reject/feature-word-before': {
		fires: [
			// After the feature word and its connector.
			['Protesters gathered at the Puerta de Madrid in Alcalá.', 'Madrid'],
			['Tourists crowded the Piazza di Roma on Sunday.', 'Roma'],
			// Right after the feature word.
			['Bars in the Bairro Paris stayed open late.', 'Paris']
		],
		keeps: [
			['Protesters gathered in Madrid on Sunday.', 'Madrid'],
			['He moved to Paris in May.', 'Paris'],
			// A feature word in lower case ("a plaza in Madrid").
			['They met in a plaza de Madrid, he said.', 'Madrid']
		]
	}
});
