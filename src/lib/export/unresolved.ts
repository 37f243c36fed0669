/**
 * Names the article says are places but no place was found for (`GeoparseResult.unresolved`), as
 * the exports list them: one entry per name (any case or possessive), its mentions in reading
 * order. They have no coordinates, so each format says so its own way: GeoJSON as Features with
 * a null geometry (RFC 7946 §3.2), CSV as rows with empty coordinates, KML in the document's
 * description (a Placemark without coordinates is not valid KML).
 */
import { nameKey } from '../gazetteer/normalize';
import type { UnresolvedMention } from '../geoparse/types';
import { readingOrder } from '../story/order';

export interface UnresolvedName {
	/**
	 * `unresolved:<start of the first mention>` (`unresolved:t<start>` when it is in the title):
	 * stable for one text.
	 */
	id: string;
	/** The text of its first mention. */
	name: string;
	mentions: UnresolvedMention[];
}

/** Each name not on the map once, in order of first mention. */
export function unresolvedNames(unresolved: readonly UnresolvedMention[] = []): UnresolvedName[] {
	const byKey = new Map<string, UnresolvedName>();
	for (const mention of [...unresolved].sort(readingOrder)) {
		const key = nameKey(mention.text);
		const known = byKey.get(key);
		if (known) known.mentions.push(mention);
		else
			byKey.set(key, {
				id: `unresolved:${mention.part === 'title' ? 't' : ''}${mention.start}`,
				name: mention.text,
				mentions: [mention]
			});
	}
	return [...byKey.values()];
}
