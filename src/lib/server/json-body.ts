/**
 * An API request's JSON body. The content-type and size checks are the security module's, the
 * same that `hooks.server.ts` applies before a route runs (applied again here so that a handler
 * called on its own keeps the contract); then a capped, strict UTF-8 read and a JSON parse.
 * Refusals are the security module's `{ "error": … }` responses.
 */
import { readCapped } from '../bytes';
import {
	MAX_REQUEST_BYTES,
	bodyTooLarge,
	checkDeclaredSize,
	jsonTypeRejection
} from './security/guards';
import { jsonError } from './security/json-errors';

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
		checkDeclaredSize(request.headers, maxBytes);
	if (refused) return fail(refused);
	let text: string;
	try {
		const bytes = request.body ? await readCapped(request.body, maxBytes) : new Uint8Array();
		if (!bytes) return fail(bodyTooLarge(maxBytes));
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch (error) {
		// adapter-node enforces BODY_SIZE_LIMIT on the stream with a 413 error of its own.
		if ((error as { status?: unknown })?.status === 413) return fail(bodyTooLarge(maxBytes));
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
