/**
 * Rendered reads of stored articles, kept by their exact URL. A stored article's page, embed
 * view, page data and exports depend only on the URL (id and query), the article (immutable:
 * the id is a hash of it) and the parse version, so once made they are served as bytes: no
 * parse lookup, no page render, no serialising. Rendering the page of a 200 KB article dense
 * with names holds the event loop for tens of milliseconds (its data serialised, hashed for the
 * CSP and the ETag); a client looping on one link now costs a store read and a copy.
 *
 * A read served from here still reads the article from the store (so a deleted or expired
 * article is not served, and the read counts for `ARTICLE_EXPIRE_DAYS`) and is charged to the
 * client's work limit as a read of a cached parse. Bounded by bytes (`RENDER_CACHE_MB`, default
 * 32), least recently used first out; a URL with another query string is another entry, so
 * varied links are rendered as before (and the work limit bounds them).
 */
import { parseVersion } from '../parse/version';
import { isWorkPath } from '../security/guards';
import { getArticleStore } from '../store/index';
import { workCost } from './work';

interface Render {
	status: number;
	headers: Array<[string, string]>;
	body: Uint8Array;
}

export interface RenderCache {
	get(key: string): Render | null;
	put(key: string, render: Render): void;
	delete(key: string): void;
	/** Bytes held (for tests). */
	bytes(): number;
}

/** A cache of at most `maxBytes` of bodies; one entry may take a quarter of it. */
export function createRenderCache(maxBytes: number): RenderCache {
	const entries = new Map<string, Render>();
	let held = 0;
	const drop = (key: string) => {
		const old = entries.get(key);
		if (!old) return;
		entries.delete(key);
		held -= old.body.byteLength;
	};
	return {
		get(key) {
			const hit = entries.get(key);
			if (!hit) return null;
			entries.delete(key);
			entries.set(key, hit);
			return hit;
		},
		put(key, render) {
			drop(key);
			if (render.body.byteLength > maxBytes / 4) return;
			entries.set(key, render);
			held += render.body.byteLength;
			for (const oldest of entries.keys()) {
				if (held <= maxBytes) break;
				drop(oldest);
			}
		},
		delete: drop,
		bytes: () => held
	};
}

let shared: RenderCache | null = null;

function renderCache(): RenderCache {
	if (!shared) {
		const mb = Number(process.env.RENDER_CACHE_MB ?? 32);
		shared = createRenderCache((Number.isFinite(mb) && mb >= 0 ? mb : 32) * 1024 * 1024);
	}
	return shared;
}

/** The stored article a cacheable request reads, and its cache key; null for other requests. */
export function renderKey(request: Request): { key: string; id: string } | null {
	if (request.method !== 'GET') return null;
	const url = new URL(request.url);
	if (!isWorkPath('GET', url.pathname)) return null;
	const id = /^\/(?:a|embed)\/([^/]+)/.exec(url.pathname)?.[1];
	if (!id) return null;
	let version: string;
	try {
		version = parseVersion();
	} catch {
		// No gazetteer: the route answers (and says why); nothing is kept.
		return null;
	}
	return { key: `${version} ${url.href}`, id };
}

/**
 * The kept answer to `request` (`key` and `id` from {@link renderKey}), or null when there is
 * none, the article is gone or the store cannot say. `charge` is the client's work charge.
 */
export async function cachedRender(
	request: Request,
	{ key, id }: { key: string; id: string },
	charge: (units: number) => void
): Promise<Response | null> {
	const cache = renderCache();
	const hit = cache.get(key);
	if (!hit) return null;
	let text: string;
	try {
		const article = await getArticleStore().get(id);
		if (!article) {
			cache.delete(key);
			return null;
		}
		text = article.text;
	} catch {
		// The route reads the store again and answers (and logs) what it finds.
		return null;
	}
	charge(workCost(text, null));
	const headers = new Headers(hit.headers);
	const etag = headers.get('etag');
	if (etag && request.headers.get('if-none-match') === etag) {
		return new Response(null, { status: 304, headers: { etag } });
	}
	return new Response(hit.body as Uint8Array<ArrayBuffer>, { status: hit.status, headers });
}

/** Keep a fresh answer made for `key` when it can be reused; the response to send on. */
export async function keepRender(key: string, response: Response): Promise<Response> {
	if (response.status !== 200 || !response.body || response.headers.has('set-cookie')) {
		return response;
	}
	const body = new Uint8Array(await response.arrayBuffer());
	const headers = [...response.headers];
	renderCache().put(key, { status: response.status, headers, body });
	return new Response(body, { status: response.status, headers });
}
