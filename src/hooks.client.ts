import type { ClientInit } from '@sveltejs/kit';
import { carriesCorrections } from '$lib/share/correction-params';

/**
 * Before the page hydrates: a link with corrections or edits fetches their code, so the reader
 * draws them from the first paint as the server did (without any, it comes when the page is
 * idle). Should the fetch fail, the page hydrates and the reader fetches it again.
 */
export const init: ClientInit = async () => {
	if (!carriesCorrections(new URLSearchParams(location.search))) return;
	try {
		const { correctionCode } = await import('$lib/state/correction-code');
		await correctionCode.load();
	} catch {
		// The reader tries again (ReaderCorrections.apply).
	}
};
