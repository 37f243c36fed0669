/**
 * An export file of a stored article (`/a/{id}/export.{format}`), made in a parse worker: for a
 * 200 KB article dense with names (28,000 mentions) applying the link's corrections and writing
 * the CSV, KML or GeoJSON takes 100 ms or more, which on the request thread every other request
 * would wait for. The worker gets the cached parse as its packed JSON and the text, so nothing is
 * parsed again.
 */
import type { Gazetteer } from '../../gazetteer/index';
import { exportFile, type ExportFile, type ExportFormat } from '../../export/index';
import { toFeatureCollection } from '../../geoparse/index';
import { applyCorrections, gazetteerResolver } from '../../share/corrections';
import { decodeShareParams } from '../../share/decode';
import { unpackResult, type PackedResult } from '../../wire/packed-result';

export interface ExportTask {
	kind: 'export';
	format: ExportFormat;
	text: string;
	/** The article's cached parse, packed, as JSON (`CachedParse.json`). */
	packed: string;
	/** The link's query string: its corrections and edits are applied. */
	query: string;
	meta: { title: string | null; sourceUrl: string | null; shareUrl: string | null };
}

export function runExportTask(task: ExportTask, gazetteer: Gazetteer): ExportFile {
	const { corrections, edits } = decodeShareParams(new URLSearchParams(task.query)).state;
	const packed = JSON.parse(task.packed) as PackedResult;
	const { result } = applyCorrections({
		result: unpackResult(packed, task.text),
		corrections,
		edits,
		text: task.text,
		title: packed.title,
		resolve: gazetteerResolver(gazetteer)
	});
	return exportFile(task.format, {
		collection: toFeatureCollection(result),
		meta: task.meta,
		text: task.text,
		...(packed.title === undefined ? {} : { title: packed.title }),
		unresolved: result.unresolved
	});
}
