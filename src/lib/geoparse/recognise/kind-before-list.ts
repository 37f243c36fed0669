/**
 * "Argentina's provinces of Jujuy, Salta and Catamarca", "the states of Kano and Kaduna": a
 * division word in the plural and "of" before a list says what each item is, as the word after
 * a list does ("Cagayan and Isabela provinces", `recognise/kind-after-list`): it becomes a hint
 * for every item's lookup (the province of Jujuy, not the city of San Salvador de Jujuy). Read
 * only at a name right after "of": one comparison for every other name.
 */

import { listedWith } from '../evidence/mention';
import type { NameRecord, RuleInfo } from '../record';
import type { Token } from '../tokenize';
import { DIVISIONS, hintDivision, KIND_BEFORE_LIST } from './kind-after-list';

export const kindBeforeList: RuleInfo = {
	id: KIND_BEFORE_LIST,
	description:
		'a plural division word and "of" before a list say what each item is ("the provinces of Jujuy, Salta and Catamarca")'
};

/** Read "the provinces of X, Y and Z" into the items' lookups (see above). */
export function kindBeforeListStage(records: NameRecord[], tokens: Token[]): void {
	for (let i = 0; i < records.length; i++) {
		const r = records[i] as NameRecord;
		const from = r.span.from;
		if (r.span.form !== 'name' || from < 2 || (tokens[from] as Token).gap !== 'space') continue;
		const of = tokens[from - 1] as Token;
		if (of.lower !== 'of' || of.cap || of.gap !== 'space') continue;
		const word = tokens[from - 2] as Token;
		const singular = word.cap ? undefined : DIVISIONS.get(word.lower);
		if (singular === undefined) continue;
		let k = i;
		while (
			k + 1 < records.length &&
			listedWith((records[k] as NameRecord).span, records[k + 1]?.span, tokens)
		)
			k++;
		// A list it must be: "the provinces of Jujuy" alone is a kind lead's.
		if (k === i) continue;
		for (let j = i; j <= k; j++)
			hintDivision(records[j] as NameRecord, singular, kindBeforeList.id);
		i = k;
	}
}
