import { test as base, expect } from '@playwright/test';

/**
 * Every e2e test runs under this guard: it fails on any uncaught page error, any console error,
 * and any request that leaves the app's origin (such requests are also blocked, so a test can
 * never pass because a remote server happened to answer).
 */
export const test = base.extend<{ guard: void }>({
	guard: [
		async ({ page, baseURL }, use) => {
			const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			const problems: string[] = [];
			page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
			page.on('console', (message) => {
				if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
			});
			await page.context().route('**/*', (route) => {
				const url = route.request().url();
				if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) {
					return route.fallback();
				}
				problems.push(`request left the app: ${url}`);
				return route.abort('blockedbyclient');
			});
			await use();
			expect(problems, 'page errors, console errors or outside requests').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
