/**
 * Geoparse an article as its reader sees it: a title given apart from the text and the text, one
 * story (see `layout.ts`). The result is the geoparser's, with every span of the title marked
 * `part: 'title'` and its offsets into the title; the text's spans keep their offsets. Pure.
 */
import { isTextHeading, textHeading } from '../article/heading';
import { geoparse } from '../geoparse/index';
import type {
	GeoparseOptions,
	GeoparseResult,
	Mention,
	ResolvedPlace,
	UnresolvedMention
} from '../geoparse/types';
import { storyLayout, storySpan, type StoryLayout } from './layout';

export interface StoryOptions extends GeoparseOptions {
	/** The title given apart from the text, or null. */
	title: string | null;
}

/**
 * The title to parse with the text: null when there is none, or when it is the text's own first
 * line (the heading the reader shows as the title, already parsed as part of the text).
 */
export function separateTitle(title: string | null | undefined, text: string): string | null {
	if (!title?.trim()) return null;
	return isTextHeading(title, textHeading(text)) ? null : title;
}

/** Geoparse `title` and `text` as one story; without a separate title, the text alone. */
export function geoparseStory({ title, ...options }: StoryOptions): GeoparseResult {
	const separate = separateTitle(title, options.text);
	if (separate === null) return geoparse(options);
	const layout = storyLayout(separate, options.text);
	return splitStory(geoparse({ ...options, text: layout.joined }), layout);
}

/**
 * The result of parsing `layout.joined`, with each span mapped to the title or the text. A span
 * across the separator (the parser never makes one) is dropped, so offsets always hold.
 */
export function splitStory(result: GeoparseResult, layout: StoryLayout): GeoparseResult {
	const mapped = new Map<Mention, Mention>();
	const mentions: Mention[] = [];
	for (const mention of result.mentions) {
		const span = storySpan(layout, mention.start, mention.end);
		if (!span) continue;
		const moved = { ...mention, ...span };
		mapped.set(mention, moved);
		mentions.push(moved);
	}
	const places: ResolvedPlace[] = [];
	for (const place of result.places) {
		const own = place.mentions.flatMap((m) => mapped.get(m) ?? []);
		if (own.length > 0) places.push({ ...place, mentions: own });
	}
	const unresolved = (result.unresolved ?? []).flatMap((name): UnresolvedMention[] => {
		const span = storySpan(layout, name.start, name.end);
		return span ? [{ ...name, ...span }] : [];
	});
	return { places, mentions, ...(unresolved.length > 0 ? { unresolved } : {}) };
}
