/** Exports of an article's places: GeoJSON, CSV and KML. Pure: strings in, strings out. */
import { toCSV } from './csv';
import { toGeoJSON } from './geojson';
import { toKML } from './kml';
import type { ExportFile, ExportFormat, ExportOptions } from './types';

export type * from './types';
export { toCSV, CSV_COLUMNS } from './csv';
export { toGeoJSON } from './geojson';
export { toKML } from './kml';

const EXPORT_FORMATS: readonly ExportFormat[] = ['geojson', 'csv', 'kml'];

export function isExportFormat(value: string): value is ExportFormat {
	return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The file for one format. */
export function exportFile(format: ExportFormat, options: ExportOptions): ExportFile {
	switch (format) {
		case 'geojson':
			return {
				body: toGeoJSON(options),
				contentType: 'application/geo+json; charset=utf-8',
				extension: 'geojson'
			};
		case 'csv':
			return {
				body: toCSV(options),
				contentType: 'text/csv; charset=utf-8; header=present',
				extension: 'csv'
			};
		case 'kml':
			return {
				body: toKML(options),
				contentType: 'application/vnd.google-earth.kml+xml; charset=utf-8',
				extension: 'kml'
			};
	}
}

/** A file name from the title: `camp-taji-attack.geojson`; `article-map.csv` without one. */
export function exportFileName(title: string | null, extension: string): string {
	const slug = (title ?? '')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return `${slug || 'article-map'}.${extension}`;
}
