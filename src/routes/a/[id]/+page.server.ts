import { describePlaces, loadSharedArticle } from '$lib/server/share/load';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const { article, result, share, unresolved } = await loadSharedArticle(params.id, url);
	return {
		article,
		result,
		share: share.state,
		dropped: [...share.dropped, ...unresolved.map((key) => `fix: no such place for "${key}"`)],
		description: describePlaces(result)
	};
};
