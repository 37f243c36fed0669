import { env } from '$env/dynamic/public';
import { describePlaces, loadSharedArticle } from '$lib/server/share/load';
import { decodeShareParams } from '$lib/share/params';
import { readerData } from '../reader.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	// The parse without the link's corrections: the reader applies them (and can undo them).
	const plain = new URL(url);
	for (const name of ['fix', 'v', 'add', 'one', 'ok']) plain.searchParams.delete(name);
	const { article, result } = await loadSharedArticle(params.id, plain);
	const share = decodeShareParams(url.searchParams);
	const { targets, unresolved, dropped, withoutOutline, corrected } = readerData(
		result,
		share.state.corrections,
		share.state.edits,
		article.text
	);
	return {
		article,
		result,
		share: share.state,
		targets,
		withoutOutline,
		dropped: [
			...share.dropped,
			...unresolved.map((key) => `fix: no such place for "${key}"`),
			...dropped
		],
		description: describePlaces(corrected),
		mapStyleUrl: env.PUBLIC_MAP_STYLE_URL ?? ''
	};
};
