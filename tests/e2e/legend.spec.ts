import { test, expect } from './fixtures';
import { markers, openReader } from './reader';

test('a group of markers does not look like a numbered place, and the map has a key', async ({
	page
}) => {
	await openReader(page);
	const group = markers(page).locator('[data-group]').first();
	const single = markers(page).locator('.marker:not(.group)').first();
	await expect(group).toBeVisible();
	const shape = (el: import('@playwright/test').Locator) =>
		el.evaluate((b) => {
			const r = b.getBoundingClientRect();
			return { ratio: r.width / r.height, icon: b.querySelectorAll('svg').length };
		});
	const [g, s] = [await shape(group), await shape(single)];
	// A place is a round numbered badge; a group is a wider pill with a stack icon by its count.
	expect(s.ratio).toBeCloseTo(1, 1);
	expect(s.icon).toBe(0);
	expect(g.ratio).toBeGreaterThan(1.3);
	expect(g.icon).toBe(1);

	const key = page.getByRole('group', { name: 'Map key' });
	await key.getByText('Key', { exact: true }).click();
	for (const item of [
		'where it happens',
		'associative',
		'point',
		'area',
		'several places',
		'low confidence'
	]) {
		await expect(key.getByRole('listitem').filter({ hasText: item })).toBeVisible();
	}
});

test('a place the parser is unsure of is marked as such on the map', async ({ page }) => {
	// Written for this test: a bare Clinton and Columbus could be many towns.
	const TEXT = 'The storm hit Columbus and Clinton overnight.';
	const created = await page.request.post('/api/articles', { data: { text: TEXT } });
	const { url } = (await created.json()) as { url: string };
	await page.goto(url);
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	const low = markers(page).locator('.marker.low');
	await expect(low).not.toHaveCount(0);
	await expect(low.first()).toHaveAttribute('title', /low confidence/);
});
