/**
 * GET /a/{id}/export.{geojson|csv|kml} — the article's places as a file, with the corrections the
 * query string carries (the same parameters as the page, so "Download" exports the view you see).
 * The file is made in a parse worker from the cached parse (a large article's export takes
 * 100 ms or more), and each URL's answer is then kept by the render cache
 * (`src/lib/server/share/render-cache.ts`).
 */
import { error } from '@sveltejs/kit';
import { exportFileName, isExportFormat } from '$lib/export/index';
import { GazetteerLoadError } from '$lib/server/gazetteer';
import { getParsePool, ParseFailedError } from '$lib/server/parse/index';
import { loadSharedArticle } from '$lib/server/share/load';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url, locals }) => {
	const format = params.format;
	if (!isExportFormat(format)) error(404, 'Exports are .geojson, .csv or .kml.');
	const { article, parse } = await loadSharedArticle(params.id, locals);
	const page = new URL(`/a/${article.id}`, url);
	page.search = url.search;
	let file;
	try {
		file = await getParsePool().runExport({
			kind: 'export',
			format,
			text: article.text,
			packed: parse.json,
			query: url.search,
			meta: { title: article.title, sourceUrl: article.sourceUrl, shareUrl: page.href }
		});
	} catch (cause) {
		if (cause instanceof GazetteerLoadError || cause instanceof ParseFailedError) {
			console.error(`export of article ${article.id} failed: ${cause.message}`);
			error(503, 'This export cannot be made right now; try again later.');
		}
		throw cause;
	}
	const name = exportFileName(article.title, file.extension);
	return new Response(file.body, {
		headers: {
			'content-type': file.contentType,
			'content-disposition': `attachment; filename="${name}"`,
			'x-content-type-options': 'nosniff'
		}
	});
};
