/**
 * Which code and data made a parse. A cached parse is served only while both are the ones
 * running: a new parser (its source digest, computed by vite.config.ts) or a rebuilt gazetteer
 * (its artifact digest) makes every cached parse stale, and each is recomputed on its next read.
 */
import { gazetteerVersion } from '../gazetteer';

declare const __PARSER_VERSION__: string | undefined;

function parserVersion(): string {
	return typeof __PARSER_VERSION__ === 'string' ? __PARSER_VERSION__ : 'source';
}

/** `parser.gazetteer`: the version a cached parse must carry to be served. */
export function parseVersion(): string {
	return `${parserVersion()}.${gazetteerVersion()}`;
}
