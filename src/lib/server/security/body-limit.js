/**
 * The largest request body the server reads, on the wire. Plain JavaScript: the app's guards use
 * it, and the Node server around the app (src/cli/serve.js) answers `Expect: 100-continue` with
 * it and gives it to adapter-node as `BODY_SIZE_LIMIT`.
 *
 * The limit that matters to people is on the decoded text (200 KB, `MAX_TEXT_BYTES`), checked
 * after the body is decoded. This one only has to let every body that can decode to such a text
 * through: JSON may escape each character as `\u0041` (6 bytes for 1), a form percent-encodes
 * (3 bytes for 1), a chosen HTML file is larger than its text. Six times the text, and room for
 * the title, source address and corrections. A compressed body is held to the same limit once
 * decompressed (src/lib/server/json-body.ts).
 */
export const MAX_REQUEST_BYTES = 6 * 200 * 1024 + 64 * 1024;
