/**
 * An API request's JSON body. The content-type and size checks are the security module's, the
 * same that `hooks.server.ts` applies before a route runs (applied again here so that a handler
 * called on its own keeps the contract); then a capped read, decompression when the body says
 * `Content-Encoding: gzip`, `deflate` or `br` (capped too: a small body that inflates past the
 * limit is refused as it inflates), a strict UTF-8 decode and a JSON parse. The limit on the
 * decoded article text is the route's (`validateArticleInput`). Refusals are the security
 * module's `{ "error": … }` responses.
 */
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate } from 'node:zlib';
import { readCapped } from '../bytes';
import {
	MAX_REQUEST_BYTES,
	bodyTooLarge,
	checkContentEncoding,
	checkDeclaredSize,
	jsonTypeRejection
} from './security/guards';
import { jsonError } from './security/json-errors';

type Inflate = (bytes: Uint8Array, options: { maxOutputLength: number }) => Promise<Buffer>;

/** Decoders of the content codings an API body may use (RFC 9110 §8.4.1). */
const DECODERS: Record<string, Inflate> = {
	gzip: promisify(gunzip) as Inflate,
	'x-gzip': promisify(gunzip) as Inflate,
	deflate: promisify(inflate) as Inflate,
	br: promisify(brotliDecompress) as Inflate
};

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

const fail = ({ status, error }: { status: number; error: string }): BodyResult => ({
	ok: false,
	response: jsonError(status, error)
});

/** The request's JSON body, or the error response to send instead. */
export async function readJsonBody(
	request: Request,
	maxBytes = MAX_REQUEST_BYTES
): Promise<BodyResult> {
	const refused =
		jsonTypeRejection(request.headers.get('content-type') ?? '') ??
		checkContentEncoding(request.headers, true) ??
		checkDeclaredSize(request.headers, maxBytes);
	if (refused) return fail(refused);
	const coding = (request.headers.get('content-encoding') ?? '').trim().toLowerCase();
	let bytes: Uint8Array | null;
	try {
		bytes = request.body ? await readCapped(request.body, maxBytes) : new Uint8Array();
		if (!bytes) return fail(bodyTooLarge(maxBytes));
	} catch (error) {
		// adapter-node enforces BODY_SIZE_LIMIT on the stream with a 413 error of its own.
		if ((error as { status?: unknown })?.status === 413) return fail(bodyTooLarge(maxBytes));
		return fail({ status: 400, error: 'The request body could not be read.' });
	}
	const decoder = DECODERS[coding];
	if (decoder && bytes.length > 0) {
		try {
			bytes = await decoder(bytes, { maxOutputLength: maxBytes });
		} catch (error) {
			if ((error as { code?: unknown })?.code === 'ERR_BUFFER_TOO_LARGE') {
				return fail({
					status: 413,
					error: `The request body decompresses to over ${Math.round(maxBytes / 1024)} KB (articles: 200 KB of text).`
				});
			}
			return fail({ status: 400, error: `The request body is not valid ${coding} data.` });
		}
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return fail({ status: 400, error: 'The request body could not be read as UTF-8.' });
	}
	if (text.trim() === '') {
		return fail({ status: 400, error: 'The request body is empty; send a JSON object.' });
	}
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch {
		return fail({ status: 400, error: 'The request body is not valid JSON.' });
	}
}
