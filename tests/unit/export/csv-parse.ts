/** A strict RFC 4180 parser, written independently of the exporter to prove its round trip. */
export function parseCSV(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let i = 0;
	let quoted = false;
	while (i < text.length) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i += 2;
			} else if (ch === '"') {
				quoted = false;
				i++;
				if (i < text.length && text[i] !== ',' && text[i] !== '\r')
					throw new Error(`text after a closing quote at ${i}`);
			} else {
				field += ch;
				i++;
			}
		} else if (ch === '"') {
			if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
			quoted = true;
			i++;
		} else if (ch === ',') {
			row.push(field);
			field = '';
			i++;
		} else if (ch === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i += 2;
		} else if (ch === '\n' || ch === '\r') {
			throw new Error(`bare line break at ${i}`);
		} else {
			field += ch;
			i++;
		}
	}
	if (quoted) throw new Error('unterminated quote');
	if (field !== '' || row.length > 0) throw new Error('last record not terminated by CRLF');
	const width = rows[0]?.length;
	for (const r of rows) if (r.length !== width) throw new Error('ragged rows');
	return rows;
}
