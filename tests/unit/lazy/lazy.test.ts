import { describe, expect, it, vi } from 'vitest';
import { Lazy } from '$lib/lazy/lazy.svelte';

describe('Lazy', () => {
	it('fetches its code once, however often it is asked, and holds it', async () => {
		const importer = vi.fn(async () => 'code');
		const lazy = new Lazy(importer);
		expect(lazy.value).toBeNull();
		lazy.preload();
		lazy.preload();
		expect(await lazy.load()).toBe('code');
		expect(lazy.value).toBe('code');
		lazy.preload();
		expect(importer).toHaveBeenCalledTimes(1);
	});

	it('tries again after a failed fetch; a preload keeps its failure to itself', async () => {
		const importer = vi
			.fn<() => Promise<string>>()
			.mockRejectedValueOnce(new Error('offline'))
			.mockRejectedValueOnce(new Error('offline'))
			.mockResolvedValue('code');
		const lazy = new Lazy(importer);
		lazy.preload();
		await expect(lazy.load()).rejects.toThrow('offline');
		expect(lazy.value).toBeNull();
		await expect(lazy.load()).rejects.toThrow('offline');
		expect(await lazy.load()).toBe('code');
		expect(importer).toHaveBeenCalledTimes(3);
	});
});
