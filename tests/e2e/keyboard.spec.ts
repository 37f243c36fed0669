import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { article, markers, openReader } from './reader';

/** How far the map and its ancestors are scrolled, summed: anything but 0 hides the canvas. */
function panelScroll(page: Page): Promise<number> {
	return page.evaluate(() => {
		let total = 0;
		for (let el = document.querySelector('[data-testid="map"]'); el; el = el.parentElement)
			if (el !== document.documentElement && el !== document.body)
				total += Math.abs(el.scrollLeft) + Math.abs(el.scrollTop);
		return total;
	});
}

test.describe('the reader by keyboard', () => {
	test('Tab to markers outside the map moves the map, never the map panel', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openReader(page);
		// Zoomed in on Camp Taji, most markers lie outside the visible map, some far right or below.
		await article(page).getByRole('link', { name: 'Camp Taji' }).first().click();
		await expect(page.getByRole('dialog', { name: 'Camp Taji' })).toBeVisible();
		await page.keyboard.press('Escape');
		const map = page.getByTestId('map');
		await expect(map).toHaveAttribute('data-moving', 'false');
		const pane = (await map.boundingBox())!;

		const count = await markers(page).getByRole('button').count();
		await page.getByRole('region', { name: 'Map', exact: true }).focus();
		let visited = 0;
		for (let i = 0; i < count + 10 && visited < count; i++) {
			await page.keyboard.press('Tab');
			const onMarker = await page.evaluate(() => !!document.activeElement?.matches('.marker'));
			if (!onMarker) continue;
			visited++;
			await expect(map).toHaveAttribute('data-moving', 'false');
			// The panel that clips the map never scrolls: the canvas stays where the map is, and
			// the focused marker is brought into the map.
			expect(await panelScroll(page)).toBe(0);
			const canvas = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
			expect(Math.abs(canvas.x - pane.x) + Math.abs(canvas.y - pane.y)).toBeLessThan(1);
			await expect(page.locator('.marker:focus')).toBeInViewport();
		}
		expect(visited).toBe(count);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('dialog').first()).toBeVisible();
		expect(await panelScroll(page)).toBe(0);
	});
});
