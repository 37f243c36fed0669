/**
 * Server-side loading of the gazetteer artifact: read the file, gunzip, hand the bytes to the
 * pure module. Any failure names the command that fixes it.
 */

import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { openGazetteer, type Gazetteer } from '../gazetteer/index';

/** Where `npm run geo:build` writes the artifact (override with GAZETTEER_PATH). */
export const DEFAULT_ARTIFACT_PATH = 'geo/out/gazetteer.v1.bin.gz';

const BUILD_COMMAND = 'npm run geo:build';

export function artifactPath(): string {
	return resolve(process.env.GAZETTEER_PATH ?? DEFAULT_ARTIFACT_PATH);
}

/** Raised when the artifact is missing or unreadable; the message says how to fix it. */
export class GazetteerLoadError extends Error {
	override name = 'GazetteerLoadError';
}

/**
 * The whole file, read in pieces: `readFileSync` refuses files over 2 GiB, and an uncompressed
 * artifact with a full GeoNames dump can pass that.
 */
function readWhole(path: string): Buffer {
	const fd = openSync(path, 'r');
	try {
		const size = fstatSync(fd).size;
		const out = Buffer.allocUnsafe(size);
		for (let at = 0; at < size;) {
			const n = readSync(fd, out, at, Math.min(1 << 30, size - at), at);
			if (n === 0) throw new Error('the file ended early');
			at += n;
		}
		return out;
	} finally {
		closeSync(fd);
	}
}

/** Load and open the artifact at `path` (default: {@link artifactPath}). */
export function loadGazetteer(path = artifactPath()): Gazetteer {
	if (!existsSync(path)) {
		throw new GazetteerLoadError(
			`Gazetteer artifact not found at ${path}. Build it with \`${BUILD_COMMAND}\`.`
		);
	}
	try {
		const raw = readWhole(path);
		// Accept both the gzip file and an uncompressed one (gzip magic bytes 1f 8b).
		const bytes = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
		// The server insists on the checksum: damage must stop it here, not surface later.
		const gazetteer = openGazetteer(
			new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
			{ requireChecksum: true }
		);
		// The header names the checksum of every section, so it stands for the whole artifact:
		// hashing it rather than all the bytes keeps a full dump's load (a GB and more) in budget.
		const header = bytes.subarray(0, 12 + bytes.readUInt32LE(8));
		loadedVersion = createHash('sha256').update(header).digest('base64url').slice(0, 16);
		return gazetteer;
	} catch (err) {
		const reason = err instanceof Error ? err.message : String(err);
		throw new GazetteerLoadError(
			`Gazetteer artifact at ${path} is unreadable (${reason}). Rebuild it with \`${BUILD_COMMAND}\`.`,
			{ cause: err }
		);
	}
}

let cached: Gazetteer | null = null;
let loadedVersion = '';

/** A digest of the artifact last loaded: parses made with another artifact are stale. */
export function gazetteerVersion(): string {
	getGazetteer();
	return loadedVersion;
}

/** The process-wide gazetteer, loaded on first use. */
export function getGazetteer(): Gazetteer {
	cached ??= loadGazetteer();
	return cached;
}
