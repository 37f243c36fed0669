/**
 * CSV export: one row per mention, RFC 4180 (CRLF line ends; fields with a quote, comma, CR or LF
 * are quoted and their quotes doubled), UTF-8 with a byte order mark, formulas neutralised. Columns
 * are fixed so spreadsheets and scripts can rely on them: see {@link CSV_COLUMNS}. `source` says
 * who placed the mention (`parser` or `reader`); `checked` is `true` for a place a reader accepted.
 */
import type { ExportOptions } from './types';

export const CSV_COLUMNS = [
	'place_id',
	'name',
	'kind',
	'country',
	'lat',
	'lon',
	'start',
	'end',
	'text',
	'role',
	'confidence',
	'source',
	'checked'
] as const;

/**
 * One field, quoted when RFC 4180 requires it. Text that a spreadsheet would read as a formula
 * (starting with = + - @, or a tab or CR before one) is prefixed with an apostrophe, which
 * spreadsheets show as text: an article's words must never run as a formula on the reader's
 * machine. Numbers are written as they are.
 */
function csvField(value: string | number | null): string {
	let text = value === null ? '' : String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 byte order mark: spreadsheet programs read the file as UTF-8, not the local code page. */
const CSV_BOM = '\uFEFF';

/** The CSV file text: a header, then the mentions of every place in reading order. */
export function toCSV({ collection }: ExportOptions): string {
	const rows: (string | number | null)[][] = [[...CSV_COLUMNS]];
	const mentions = collection.features.flatMap((feature) =>
		feature.properties.mentions.map((mention) => ({ feature, mention }))
	);
	mentions.sort((a, b) => a.mention.start - b.mention.start);
	for (const { feature, mention } of mentions) {
		const { id, name, kind, country } = feature.properties;
		const [lng = NaN, lat = NaN] = feature.geometry.coordinates;
		rows.push([
			id,
			name,
			kind,
			country,
			round(lat, 6),
			round(lng, 6),
			mention.start,
			mention.end,
			mention.text,
			mention.role,
			round(mention.confidence, 3),
			mention.source ?? 'parser',
			feature.properties.checked ? 'true' : 'false'
		]);
	}
	return CSV_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function round(value: number, decimals: number): number {
	const scale = 10 ** decimals;
	return Math.round(value * scale) / scale;
}
