/** Size limits on a user's article, shared by the /new form, the API and the share links. */

/** Maximum article text: 200 KB of UTF-8. */
export const MAX_TEXT_BYTES = 200 * 1024;

export const MAX_TITLE_LENGTH = 300;

export const MAX_SOURCE_URL_LENGTH = 2000;

/** UTF-8 size of a string, without allocating its bytes. */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				bytes += 4;
				i++;
			} else bytes += 3;
		} else bytes += 3;
	}
	return bytes;
}

/** "200 KB", "1.5 KB": a byte count for people. */
export function formatKB(bytes: number): string {
	const kb = bytes / 1024;
	return `${kb >= 10 ? Math.round(kb) : Math.round(kb * 10) / 10} KB`;
}
