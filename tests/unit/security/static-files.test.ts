import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { staticFileHeaders, staticPaths } from '../../../src/lib/server/http/static-files.js';

const dir = mkdtempSync(join(tmpdir(), 'static-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('staticPaths', () => {
	it('lists files by URL path, precompressed copies under their own name, no HTML', () => {
		const client = join(dir, 'client');
		mkdirSync(join(client, '_app/immutable'), { recursive: true });
		mkdirSync(join(client, 'glyphs/Noto Sans'), { recursive: true });
		for (const name of ['_app/immutable/a.js', '_app/immutable/a.js.gz', 'favicon.svg']) {
			writeFileSync(join(client, name), '');
		}
		writeFileSync(join(client, 'glyphs/Noto Sans/0-255.pbf'), '');
		writeFileSync(join(client, 'about.html'), '');
		expect([...staticPaths([client, join(dir, 'missing')])].sort()).toEqual([
			'/_app/immutable/a.js',
			'/favicon.svg',
			'/glyphs/Noto Sans/0-255.pbf'
		]);
	});
});

describe('staticFileHeaders', () => {
	it('gives .pbf a protobuf type and a day of cache', () => {
		const headers = staticFileHeaders('/glyphs/Noto Sans/0-255.pbf');
		expect(headers['content-type']).toBe('application/x-protobuf');
		expect(headers['cache-control']).toBe('public, max-age=86400');
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['x-frame-options']).toBe('DENY');
		expect(headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
	});

	it('caches hashed assets for good, revalidates version.json, keeps the type adapter-node knows', () => {
		const asset = staticFileHeaders('/_app/immutable/chunks/x.js');
		expect(asset['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(asset['content-type']).toBeUndefined();
		expect(staticFileHeaders('/_app/version.json')['cache-control']).toBe('no-cache');
		expect(staticFileHeaders('/favicon.svg')['cache-control']).toBe('public, max-age=3600');
	});

	it('lets a script (the map worker) fetch from the app, and over HTTPS with an online style', () => {
		const local = staticFileHeaders('/_app/immutable/assets/worker.mjs')['content-security-policy'];
		expect(local).toMatch(/connect-src 'self' data: blob:;/);
		expect(local).toMatch(/frame-ancestors 'none'/);
		const remote = staticFileHeaders('/_app/immutable/assets/worker.mjs', { remoteMap: true });
		expect(remote['content-security-policy']).toMatch(/connect-src 'self' data: blob: https:;/);
	});
});
