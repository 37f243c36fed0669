import { env } from '$env/dynamic/public';
import { describePlaces, loadSharedArticle } from '$lib/server/share/load';
import { decodeShareParams } from '$lib/share/params';
import { readerData } from '../reader.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	// The parse without the link's corrections: the reader applies them (and can undo them).
	const plain = new URL(url);
	plain.searchParams.delete('fix');
	const { article, result } = await loadSharedArticle(params.id, plain);
	const share = decodeShareParams(url.searchParams);
	const { targets, unresolved, withoutOutline, corrected } = readerData(
		result,
		share.state.corrections
	);
	return {
		article,
		result,
		share: share.state,
		targets,
		withoutOutline,
		dropped: [...share.dropped, ...unresolved.map((key) => `fix: no such place for "${key}"`)],
		description: describePlaces(corrected),
		mapStyleUrl: env.PUBLIC_MAP_STYLE_URL ?? ''
	};
};
