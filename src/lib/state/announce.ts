import type { Mention } from '../geoparse/types';
import { placeLabel } from '../article/format';
import type { ReaderModel } from '../article/types';

/**
 * What the live region says when a mention is selected:
 * "Mention 3 of 12: Camp Taji, Iraq" (reading order over the whole article).
 */
export function announceMention(model: ReaderModel, index: number): string {
	const mention: Mention | undefined = model.mentions[index];
	const entry = mention && model.byId.get(mention.placeId);
	if (!mention || !entry) return '';
	const role = mention.role === 'associative' ? ' (associative)' : '';
	return `Mention ${index + 1} of ${model.mentions.length}: ${placeLabel(entry.place)}${role}`;
}

/** What the live region says when a group of overlapping markers opens as a list. */
export function announceGroup(count: number): string {
	return `${count} places here; choose one from the list`;
}
