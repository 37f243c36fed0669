import { describe, expect, it } from 'vitest';
import { createRenderCache, renderKey } from '../../../src/lib/server/share/render-cache';

const render = (bytes: number) => ({
	status: 200,
	headers: [['content-type', 'text/html']] as Array<[string, string]>,
	body: new Uint8Array(bytes)
});

describe('createRenderCache', () => {
	it('keeps answers up to its bytes, dropping the least recently used first', () => {
		const cache = createRenderCache(1000);
		cache.put('a', render(200));
		cache.put('b', render(200));
		cache.put('c', render(200));
		expect(cache.get('a')?.body.byteLength).toBe(200);
		cache.put('d', render(250));
		cache.put('e', render(250));
		// 1150 bytes asked for: b, the least recently used, made room.
		expect(cache.get('b')).toBeNull();
		expect(cache.get('a')).not.toBeNull();
		expect(cache.bytes()).toBe(900);
	});

	it('never keeps one answer over a quarter of the room, and replaces a key', () => {
		const cache = createRenderCache(1000);
		cache.put('big', render(251));
		expect(cache.get('big')).toBeNull();
		cache.put('k', render(100));
		cache.put('k', render(50));
		expect(cache.bytes()).toBe(50);
		cache.delete('k');
		expect(cache.bytes()).toBe(0);
	});
});

describe('renderKey', () => {
	const get = (path: string, method = 'GET') => new Request(`http://app.test${path}`, { method });

	it('keys every read of a stored article by its whole URL', () => {
		for (const path of [
			'/a/abc',
			'/embed/abc',
			'/a/abc/__data.json?x-sveltekit-invalidated=01',
			'/a/abc/export.csv?fix=Basra~none'
		]) {
			const key = renderKey(get(path));
			expect(key?.id, path).toBe('abc');
			expect(key?.key.endsWith(`http://app.test${path}`), path).toBe(true);
		}
		expect(renderKey(get('/a/abc?m=1'))?.key).not.toBe(renderKey(get('/a/abc?m=2'))?.key);
	});

	it('leaves other requests alone', () => {
		for (const path of ['/', '/new', '/api/articles/abc', '/view']) {
			expect(renderKey(get(path)), path).toBeNull();
		}
		expect(renderKey(get('/a/abc', 'HEAD'))).toBeNull();
	});
});
