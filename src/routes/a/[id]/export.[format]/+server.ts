/**
 * GET /a/{id}/export.{geojson|csv|kml} — the article's places as a file, with the corrections the
 * query string carries (the same parameters as the page, so "Download" exports the view you see).
 */
import { error } from '@sveltejs/kit';
import { exportFile, exportFileName, isExportFormat } from '$lib/export/index';
import { toFeatureCollection } from '$lib/geoparse/index';
import { loadSharedArticle } from '$lib/server/share/load';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	if (!isExportFormat(params.format)) error(404, 'Exports are .geojson, .csv or .kml.');
	const { article, result } = await loadSharedArticle(params.id, url);
	const page = new URL(`/a/${article.id}`, url);
	page.search = url.search;
	const file = exportFile(params.format, {
		collection: toFeatureCollection(result),
		meta: { title: article.title, sourceUrl: article.sourceUrl, shareUrl: page.href },
		text: article.text
	});
	const name = exportFileName(article.title, file.extension);
	return new Response(file.body, {
		headers: {
			'content-type': file.contentType,
			'content-disposition': `attachment; filename="${name}"`,
			'x-content-type-options': 'nosniff'
		}
	});
};
