/**
 * `Expect: 100-continue` (RFC 9110 §10.1.1): a client that sends it waits for "100 Continue"
 * before sending the body, so a request the server refuses anyway (too large, wrong type,
 * another site's form, over a rate or work limit) costs no upload. Node answers 100 at once
 * unless the server handles `checkContinue`; the Node server around the app (src/cli/serve.js)
 * does, with {@link holdContinue}, and the app's hooks call {@link sendContinue} once the request
 * has passed every check made before the body is read. A refusal goes out without the 100 and
 * closes the connection, so a body the client sends anyway is not read as the next request.
 *
 * Plain JavaScript (typed with JSDoc), as the server wrapper runs it without a build.
 */

/** Where the wrapper leaves the continue function on the request (adapter-node's platform.req). */
const CONTINUE = Symbol.for('article-map.continue');

/**
 * @typedef {import('node:http').IncomingMessage & { [CONTINUE]?: () => void }} HeldRequest
 */

/**
 * Hold back the 100 Continue of `req` until {@link sendContinue}; until then a response closes
 * the connection. Call from the server's `checkContinue` listener, then handle the request.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function holdContinue(req, res) {
	let continued = false;
	/** @type {HeldRequest} */ (req)[CONTINUE] = () => {
		if (continued || res.headersSent) return;
		continued = true;
		res.writeContinue();
	};
	const writeHead = res.writeHead;
	/** @type {any} */ (res).writeHead = function (/** @type {any[]} */ ...args) {
		if (!continued) res.setHeader('connection', 'close');
		return /** @type {Function} */ (writeHead).apply(res, args);
	};
}

/**
 * Tell a client waiting for "100 Continue" to send its body (no-op for every other request).
 * `platform` is SvelteKit's `event.platform`, which adapter-node fills with `{ req }`.
 * @param {unknown} platform
 */
export function sendContinue(platform) {
	const req = /** @type {{ req?: HeldRequest } | undefined} */ (platform)?.req;
	req?.[CONTINUE]?.();
}
