import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/lib/server/gazetteer';

const dir = mkdtempSync(join(tmpdir(), 'gazetteer-'));

describe('loadGazetteer errors name the command that fixes them', () => {
	it('missing artifact', () => {
		expect(() => loadGazetteer(join(dir, 'nope.bin.gz'))).toThrow(/not found.*npm run geo:build/);
	});

	it('corrupt gzip', () => {
		const path = join(dir, 'corrupt.bin.gz');
		writeFileSync(path, Buffer.from([0x1f, 0x8b, 1, 2, 3, 4]));
		expect(() => loadGazetteer(path)).toThrow(/unreadable.*npm run geo:build/);
	});

	it('not an artifact', () => {
		const path = join(dir, 'text.bin.gz');
		writeFileSync(path, gzipSync('hello, I am not a gazetteer'));
		expect(() => loadGazetteer(path)).toThrow(/bad magic bytes.*npm run geo:build/);
	});

	it('truncated artifact', () => {
		const path = join(dir, 'short.bin');
		writeFileSync(path, Buffer.from('GAZT\u0001\u0000\u0000\u0000\u00ff\u00ff\u0000\u0000'));
		expect(() => loadGazetteer(path)).toThrow(/npm run geo:build/);
	});
});

describe('damage inside the artifact is refused at load (#21 item 6)', () => {
	it('a byte changed inside a section: the checksum in the header does not match', async () => {
		// (Before the checksum this loaded, and one later lookup spun a core for minutes.)
		const { buildGazetteer } = await import('../../../geo/lib/build');
		const { loadSources } = await import('../../../geo/scripts/sources');
		const MINI_PACKAGES = join(import.meta.dirname, '../../fixtures/mini-gazetteer/packages');
		const { encodeArtifact } = await import('../../../src/lib/gazetteer/format');
		const { tables } = await buildGazetteer(loadSources({ packagesDir: MINI_PACKAGES }));
		const good = encodeArtifact(tables);
		const path = join(dir, 'good.bin');
		writeFileSync(path, good);
		expect(() => loadGazetteer(path)).not.toThrow();
		const damaged = good.slice();
		const at = damaged.length - 100;
		damaged[at] = damaged[at]! ^ 0x55;
		writeFileSync(join(dir, 'damaged.bin'), damaged);
		expect(() => loadGazetteer(join(dir, 'damaged.bin'))).toThrow(
			/damaged \(its checksum does not match.*npm run geo:build/
		);
	});
});
