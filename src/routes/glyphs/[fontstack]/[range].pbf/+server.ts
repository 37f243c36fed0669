import { error } from '@sveltejs/kit';
import { glyphRange, glyphRangeStarts, labelFontstacks } from '$lib/server/label-glyphs';
import type { EntryGenerator, RequestHandler } from './$types';

// Written to static files at build time (prerendered): the label glyphs are served by the app
// itself, and the font files are read only then.
export const prerender = true;

/** Every range the label fonts have glyphs in; MapLibre asks only for those its labels use. */
export const entries: EntryGenerator = () =>
	labelFontstacks.flatMap((fontstack) =>
		glyphRangeStarts(fontstack).map((start) => ({ fontstack, range: `${start}-${start + 255}` }))
	);

export const GET: RequestHandler = ({ params }) => {
	const match = /^(\d+)-(\d+)$/.exec(params.range);
	const start = Number(match?.[1]);
	const bytes =
		match && Number(match[2]) === start + 255 ? glyphRange(params.fontstack, start) : null;
	if (!bytes) error(404, 'No such glyph range');
	return new Response(bytes, { headers: { 'content-type': 'application/x-protobuf' } });
};
