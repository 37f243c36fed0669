// `node src/cli/serve.js [BUILD_DIR]` (default `build`): serve the built app. adapter-node's own
// server (`node build`) answers static files before the app's hooks run and `Expect:
// 100-continue` before any check; this one wraps the same request handler (adapter-node's
// `build/handler.js`, made for custom servers) and adds:
//
// - the app's security, type and cache headers on static files (src/lib/server/http/static-files.js);
// - "100 Continue" only once a request has passed the checks made before its body is read
//   (src/lib/server/http/continue.js), so an upload that is refused is never sent;
// - `BODY_SIZE_LIMIT` defaulting to the app's own limit (src/lib/server/security/body-limit.js).
//
// The rest is adapter-node's: HOST, PORT, SOCKET_PATH, ORIGIN, the proxy headers, BODY_SIZE_LIMIT,
// SHUTDOWN_TIMEOUT, KEEP_ALIVE_TIMEOUT and HEADERS_TIMEOUT mean the same; systemd socket
// activation (LISTEN_FDS) is not supported. SIGTERM and SIGINT close the server gracefully and
// then emit `sveltekit:shutdown`, as adapter-node does.
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { holdContinue } from '../lib/server/http/continue.js';
import { staticFileHeaders, staticPaths } from '../lib/server/http/static-files.js';
import { MAX_REQUEST_BYTES } from '../lib/server/security/body-limit.js';

/**
 * Start serving the app built in `buildDir`; resolves once the server listens.
 * @param {string} buildDir
 * @returns {Promise<import('node:http').Server>}
 */
export async function serve(buildDir) {
	const env = process.env;
	env.BODY_SIZE_LIMIT ??= String(MAX_REQUEST_BYTES);
	/** @type {{ handler: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void }} */
	const { handler } = await import(pathToFileURL(join(buildDir, 'handler.js')).href);
	const files = staticPaths([join(buildDir, 'client'), join(buildDir, 'prerendered')]);
	const remoteMap = Boolean(env.PUBLIC_MAP_STYLE_URL);
	let closing = false;

	/**
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 */
	const onRequest = (req, res) => {
		// While shutting down, a connection is closed as soon as its request is answered.
		res.once('close', () => closing && server.closeIdleConnections());
		const pathname = staticPathname(req.url ?? '/');
		if (pathname && files.has(pathname)) {
			for (const [name, value] of Object.entries(staticFileHeaders(pathname, { remoteMap }))) {
				res.setHeader(name, value);
			}
		}
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	};

	const server = createServer(onRequest);
	server.on('checkContinue', (req, res) => {
		holdContinue(req, res);
		onRequest(req, res);
	});
	const seconds = (/** @type {string | undefined} */ value) =>
		value !== undefined && value !== '' && Number.isFinite(Number(value))
			? Number(value) * 1000
			: undefined;
	const keepAlive = seconds(env.KEEP_ALIVE_TIMEOUT);
	if (keepAlive !== undefined) server.keepAliveTimeout = keepAlive;
	const headersTimeout = seconds(env.HEADERS_TIMEOUT);
	if (headersTimeout !== undefined) server.headersTimeout = headersTimeout;

	const socketPath = env.SOCKET_PATH || undefined;
	const host = env.HOST || '0.0.0.0';
	const port = socketPath ? undefined : Number(env.PORT || 3000);
	await new Promise((done) => {
		if (socketPath) server.listen(socketPath, () => done(undefined));
		else server.listen(port, host, () => done(undefined));
	});
	console.log(`Listening on ${socketPath ?? `http://${host}:${port}`}`);

	const shutdownSeconds = Number(env.SHUTDOWN_TIMEOUT || 30);
	const shutdown = (/** @type {string} */ reason) => {
		if (closing) return;
		closing = true;
		server.closeIdleConnections();
		const force = setTimeout(() => server.closeAllConnections(), shutdownSeconds * 1000);
		server.close(() => {
			clearTimeout(force);
			// @ts-expect-error adapter-node's custom event, which the app listens for
			process.emit('sveltekit:shutdown', reason);
		});
	};
	process.on('SIGTERM', () => shutdown('SIGTERM'));
	process.on('SIGINT', () => shutdown('SIGINT'));
	return server;
}

/**
 * The decoded path of a request target, as adapter-node's file server looks it up, or null.
 * @param {string} url
 */
function staticPathname(url) {
	const path = url.split('?')[0] ?? '/';
	try {
		return decodeURI(path);
	} catch {
		return null;
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	await serve(resolve(process.argv[2] ?? 'build'));
}
