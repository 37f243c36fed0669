import { describePlaces, loadSharedArticle } from '$lib/server/share/load';
import type { PageServerLoad } from './$types';

/** The embed view: the same article, corrections and selection as `/a/{id}`, minimal chrome. */
export const load: PageServerLoad = async ({ params, url }) => {
	const { article, result, share } = await loadSharedArticle(params.id, url);
	return { article, result, share: share.state, description: describePlaces(result) };
};
