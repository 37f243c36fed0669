/**
 * Gold annotations written by hand without counting offsets: each place is listed once with its
 * coordinates, and becomes a gold toponym at every whole-word occurrence of its name (or only at
 * the occurrences listed in `at`, counted from 0). A name that never occurs is an error, so a
 * typo cannot silently shrink the gold set.
 */

import type { EvalToponym } from './types';

export interface GoldPlace {
	/** The name as the text writes it. */
	name: string;
	lat: number;
	lon: number;
	/** 'Literal' (default) or 'Associative', as the dev corpora write it. */
	type?: string;
	/** Which occurrences are this place (0-based); default all. */
	at?: number[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Start offsets of every whole-word occurrence of `name` in `text`. */
export function occurrences(text: string, name: string): number[] {
	const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'gu');
	return [...text.matchAll(re)].map((m) => m.index);
}

/** Gold toponyms for `places` in `text`, in reading order. */
export function annotate(text: string, places: readonly GoldPlace[]): EvalToponym[] {
	const out: EvalToponym[] = [];
	for (const p of places) {
		const starts = occurrences(text, p.name);
		if (starts.length === 0) throw new Error(`gold name not in the text: "${p.name}"`);
		const picked = p.at ? p.at.map((k) => starts[k]) : starts;
		for (const [k, start] of picked.entries()) {
			if (start === undefined) throw new Error(`"${p.name}" has no occurrence ${p.at?.[k]}`);
			const end = start + p.name.length;
			out.push({ start, end, name: p.name, lat: p.lat, lon: p.lon, type: p.type ?? 'Literal' });
		}
	}
	return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
