/**
 * "Oconee and Clarke counties": a name in a list that shares a plural kind word is read with it
 * ("Oconee County"), longest first, when the gazetteer has it (see `shared-kind.ts`).
 */

import type { MemoGazetteer } from '../memo';
import type { RuleInfo, Span } from '../record';
import type { Token } from '../tokenize';

export const listedWithKindRule: RuleInfo = {
	id: 'recognise/listed-with-kind',
	description:
		'a name in a list read with the kind word the list shares ("Oconee and Clarke counties")'
};

/** The name at token `i` read with the kind word its list shares; null otherwise. */
export function listedWithKind(
	text: string,
	tokens: Token[],
	i: number,
	shared: Map<number, string>,
	gaz: MemoGazetteer
): Span | null {
	if (shared.size === 0) return null;
	const kind = shared.get(i);
	if (!kind) return null;
	let last = i;
	while (last + 1 < tokens.length && last - i < 2 && shared.has(last + 1)) {
		const next = tokens[last + 1] as Token;
		if (next.gap !== 'space' && next.gap !== 'hyphen') break;
		last++;
	}
	// Counted down from past the end, so the decrement runs for every list: when the longest
	// reading was always found first, a decrement first made after the recogniser is optimised
	// (this function is inlined into it) would throw the optimised code away.
	for (let j = last + 1; j-- > i;) {
		const first = tokens[i] as Token;
		const end = (tokens[j] as Token).end;
		const query = `${text.slice(first.start, end)} ${kind}`;
		const key = gaz.key(query);
		if (!gaz.has(key)) continue;
		return {
			from: i,
			to: j + 1,
			start: first.start,
			end,
			key,
			query,
			form: 'name',
			demonymOf: null,
			fixed: null,
			rules: [listedWithKindRule.id]
		};
	}
	return null;
}
