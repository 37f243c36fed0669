import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { article } from './reader';

async function demoEmbed(page: Page): Promise<string> {
	const text = readFileSync('src/lib/demo/camp-taji.txt', 'utf8');
	const created = await page.request.post('/api/articles', { data: { text, title: 'Camp Taji' } });
	const { id } = (await created.json()) as { id: string };
	return `/embed/${id}`;
}

for (const [width, height] of [
	[360, 300],
	[300, 250]
] as const) {
	test(`a ${width}×${height} embed shows the map first and the text on demand`, async ({
		page
	}, info) => {
		const url = await demoEmbed(page);
		await page.setViewportSize({ width, height });
		await page.goto(url);
		const map = page.getByTestId('map');
		await expect(map).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		// The map fills the frame; the article waits behind a button.
		const box = (await map.boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(height * 0.9);
		expect(box.width).toBeGreaterThanOrEqual(width - 2);
		await expect(article(page)).toBeHidden();
		await page.screenshot({ path: info.outputPath('map.png') });

		const toggle = page.getByRole('button', { name: /^Show the (article|map)$/ });
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await toggle.click();
		await expect(article(page)).toBeVisible();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		await page.screenshot({ path: info.outputPath('text.png') });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			width
		);

		// A mention chosen in the text goes back to the map, with its popup in the frame.
		await article(page).getByRole('link', { name: 'Baghdad', exact: true }).first().click();
		await expect(article(page)).toBeHidden();
		const popup = page.getByRole('dialog', { name: 'Baghdad' });
		// The popup scrolls inside the frame (its reasons and passages are taller than a 250 px
		// embed): its title and its Close button must be in view.
		await expect(popup).toBeInViewport();
		await expect(popup.getByRole('heading', { name: 'Baghdad' })).toBeInViewport({ ratio: 1 });
		await expect(popup.getByRole('button', { name: /^Close/ })).toBeInViewport({ ratio: 1 });
		await page.screenshot({ path: info.outputPath('popup.png') });
		const { violations } = await new AxeBuilder({ page }).analyze();
		expect(
			violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
		).toEqual([]);
	});
}

test('a large embed keeps the text beside the map, with no toggle', async ({ page }) => {
	const url = await demoEmbed(page);
	await page.setViewportSize({ width: 800, height: 600 });
	await page.goto(url);
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await expect(article(page)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Show the article' })).toBeHidden();
});
