/**
 * Links that fit: many chat apps, mail clients and old browsers cut URLs past about 2,000
 * characters. {@link fitShareUrl} keeps a link under a budget by leaving out the least telling
 * edits first (accepted marks, then one-mention fixes, added places, name-wide corrections, and
 * last the camera), and says what it left out, so a cut link is never silent.
 */
import { emptyEdits } from './edits-params';
import { linkLength, MAX_LINK_LENGTH } from './limits';
import { withShareParams } from './params';
import type { ShareState } from './types';

export interface FittedLink {
	url: URL;
	/** One line per kind of thing left out, e.g. `3 accepted marks`; empty when all fit. */
	dropped: string[];
}

/**
 * `url` with `state` in its query, shortened to `maxLength` characters. The fragment (a private
 * link's article text) is not counted: it is the article itself, and cannot be shortened.
 */
export function fitShareUrl(url: URL, state: ShareState, maxLength = MAX_LINK_LENGTH): FittedLink {
	const edits = state.edits ?? emptyEdits();
	const next: ShareState = {
		...state,
		corrections: { ...state.corrections },
		edits: { added: [...edits.added], mentions: [...edits.mentions], accepted: [...edits.accepted] }
	};
	const length = () => linkLength(withShareParams(url, next));
	const counts = { ok: 0, one: 0, add: 0, fix: 0, view: 0 };
	while (length() > maxLength) {
		const e = next.edits!;
		if (e.accepted.pop() !== undefined) counts.ok++;
		else if (e.mentions.pop() !== undefined) counts.one++;
		else if (e.added.pop() !== undefined) counts.add++;
		else if (Object.keys(next.corrections).length > 0) {
			delete next.corrections[Object.keys(next.corrections).sort().at(-1)!];
			counts.fix++;
		} else if (next.view !== null) {
			next.view = null;
			counts.view++;
		} else break;
	}
	const dropped = [
		plural(counts.ok, 'accepted mark'),
		plural(counts.one, 'one-mention fix', 'one-mention fixes'),
		plural(counts.add, 'added place'),
		plural(counts.fix, 'correction'),
		counts.view ? 'the map view' : ''
	].filter(Boolean);
	return { url: withShareParams(url, next), dropped };
}

function plural(count: number, one: string, many = `${one}s`): string {
	return count === 0 ? '' : `${count} ${count === 1 ? one : many}`;
}
