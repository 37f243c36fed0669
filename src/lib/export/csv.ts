/**
 * CSV export: one row per mention, RFC 4180 (CRLF line ends; fields with a quote, comma, CR or LF
 * are quoted and their quotes doubled), UTF-8 with a byte order mark, formulas neutralised. Columns
 * are fixed so spreadsheets and scripts can rely on them: see {@link CSV_COLUMNS}. `source` says
 * who placed the mention (`parser` or `reader`); `checked` is `true` for a place a reader accepted;
 * `status` is `resolved`, or `unresolved` for a name the text calls a place but no place was found
 * for (its place, kind, coordinates, role and confidence are empty); `part` is `title` for a
 * mention in the article's title (its `start` and `end` are into the title), else `text`. Rows
 * are in reading order: the title's first.
 */
import type { ExportOptions } from './types';
import { readingOrder } from '../story/order';
import { unresolvedNames } from './unresolved';

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
	'checked',
	'status',
	'part'
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
export function toCSV({ collection, unresolved }: ExportOptions): string {
	const rows: { start: number; part?: 'title'; fields: (string | number | null)[] }[] = [];
	for (const feature of collection.features) {
		const { id, name, kind, country } = feature.properties;
		const [lng = NaN, lat = NaN] = feature.geometry.coordinates;
		for (const mention of feature.properties.mentions) {
			rows.push({
				start: mention.start,
				...(mention.part ? { part: mention.part } : {}),
				fields: [
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
					feature.properties.checked ? 'true' : 'false',
					'resolved',
					mention.part ?? 'text'
				]
			});
		}
	}
	for (const name of unresolvedNames(unresolved)) {
		for (const m of name.mentions) {
			const fields = [null, name.name, null, null, null, null, m.start, m.end, m.text];
			rows.push({
				start: m.start,
				...(m.part ? { part: m.part } : {}),
				fields: [...fields, null, null, 'parser', 'false', 'unresolved', m.part ?? 'text']
			});
		}
	}
	rows.sort(readingOrder);
	const lines = [[...CSV_COLUMNS], ...rows.map((row) => row.fields)];
	return CSV_BOM + lines.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function round(value: number, decimals: number): number {
	const scale = 10 ** decimals;
	return Math.round(value * scale) / scale;
}
