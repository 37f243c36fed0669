/**
 * Headers of the static files adapter-node serves itself, before the app's hooks run: the build's
 * scripts and styles (`/_app/…`), `static/` and prerendered files (the label glyphs). The Node
 * server around the app (src/cli/serve.js) sets them before adapter-node answers, which keeps
 * them (its file server lets headers already set win over its own).
 *
 * - the same security headers as every response of the app (nosniff, frame rules, Permissions-
 *   and Cross-Origin-Opener-Policy, a CSP: none for data files, a worker's for scripts);
 * - a Content-Type where adapter-node knows none (`.pbf` vector tiles and glyphs);
 * - caching: hashed build assets a year (immutable), `version.json` always revalidated,
 *   `.pbf` files a day, everything else an hour (each also carries an ETag).
 *
 * Plain JavaScript (typed with JSDoc), as the server wrapper runs it without a build.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { securityHeaders } from '../security/headers.js';

/** Content types by extension, for files adapter-node's table does not know. */
const CONTENT_TYPES = { pbf: 'application/x-protobuf' };

/** Precompressed copies (`x.js.gz`, `x.js.br`) are served for `x.js`. */
const PRECOMPRESSED = /\.(?:gz|br)$/;

/**
 * URL paths of the files under each of `dirs` (the build's `client` and `prerendered` folders).
 * HTML files are left out: a prerendered page carries its own policy.
 * @param {string[]} dirs
 * @returns {Set<string>}
 */
export function staticPaths(dirs) {
	/** @type {Set<string>} */
	const paths = new Set();
	for (const dir of dirs) {
		/** @type {string[]} */
		let names;
		try {
			names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
		} catch {
			continue;
		}
		for (const name of names) {
			const path = '/' + relative(dir, join(dir, name)).split(sep).join('/');
			const file = path.replace(PRECOMPRESSED, '');
			if (!/\.[a-z0-9]+$/i.test(file) || file.endsWith('.html')) continue;
			paths.add(file);
		}
	}
	return paths;
}

/**
 * The headers to set on the static file at `pathname` (decoded).
 * @param {string} pathname
 * @param {{ appPath?: string, remoteMap?: boolean }} [options]
 * @returns {Record<string, string>}
 */
export function staticFileHeaders(pathname, { appPath = '_app', remoteMap = false } = {}) {
	const extension = pathname.slice(pathname.lastIndexOf('.') + 1).toLowerCase();
	const script = extension === 'js' || extension === 'mjs';
	/** @type {Record<string, string>} */
	const headers = { ...securityHeaders(pathname, null, { remoteMap, script }) };
	const type = /** @type {Record<string, string>} */ (CONTENT_TYPES)[extension];
	if (type) headers['content-type'] = type;
	headers['cache-control'] = pathname.startsWith(`/${appPath}/immutable/`)
		? 'public, max-age=31536000, immutable'
		: pathname === `/${appPath}/version.json`
			? 'no-cache'
			: extension === 'pbf'
				? 'public, max-age=86400'
				: 'public, max-age=3600';
	return headers;
}
