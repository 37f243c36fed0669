/**
 * Server-side geoparsing: the process-wide gazetteer (loaded once) bound to the pure parser.
 * Routes call `geoparseText`; nothing here re-reads the artifact per request.
 */

import { geoparse } from '../geoparse/index';
import type { GeoparseResult } from '../geoparse/types';
import { getGazetteer } from './gazetteer';

/** Geoparse `text` with the server's gazetteer. */
export function geoparseText(text: string, alternatives?: number): GeoparseResult {
	return geoparse({ text, gazetteer: getGazetteer(), alternatives });
}
