/**
 * GET /a/{id}/export.{geojson|csv|kml} — the article's places as a file, with the corrections the
 * query string carries (the same parameters as the page, so "Download" exports the view you see).
 * The plain export of an article (no query) is made once per parse and kept with it.
 */
import { error } from '@sveltejs/kit';
import { exportFile, exportFileName, isExportFormat } from '$lib/export/index';
import { toFeatureCollection } from '$lib/geoparse/index';
import { getGazetteer } from '$lib/server/gazetteer';
import { loadSharedArticle } from '$lib/server/share/load';
import { applyCorrections, gazetteerResolver } from '$lib/share/corrections';
import { decodeShareParams } from '$lib/share/params';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url, locals }) => {
	const format = params.format;
	if (!isExportFormat(format)) error(404, 'Exports are .geojson, .csv or .kml.');
	const { article, parse } = await loadSharedArticle(params.id, locals);
	const page = new URL(`/a/${article.id}`, url);
	page.search = url.search;
	const make = () => {
		const { corrections, edits } = decodeShareParams(url.searchParams).state;
		const { result } = applyCorrections({
			result: parse.result,
			corrections,
			edits,
			text: article.text,
			resolve: gazetteerResolver(getGazetteer())
		});
		return exportFile(format, {
			collection: toFeatureCollection(result),
			meta: { title: article.title, sourceUrl: article.sourceUrl, shareUrl: page.href },
			text: article.text,
			unresolved: result.unresolved
		});
	};
	const file = url.search === '' ? parse.memo(`export:${format}:${article.id}`, make) : make();
	const name = exportFileName(article.title, file.extension);
	return new Response(file.body, {
		headers: {
			'content-type': file.contentType,
			'content-disposition': `attachment; filename="${name}"`,
			'x-content-type-options': 'nosniff'
		}
	});
};
