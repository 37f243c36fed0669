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

/** The role and accessible name of the focused element, and whether it is inside a dialog. */
function focused(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		return {
			inDialog: !!el?.closest('[role="dialog"]'),
			mention: el?.matches('a.mention') ? Number(el.dataset.mention) : null,
			marker: el?.matches('.marker') ? el.getAttribute('aria-label') : null,
			inPlaces: !!el?.closest('#places')
		};
	});
}

test.describe('the popup by keyboard', () => {
	test('Enter on a mention moves focus into its popup; its controls are a Tab away; Escape returns', async ({
		page
	}) => {
		await openReader(page);
		// A mention in the text (the title's "Camp Taji" only repeats one, and is no tab stop).
		const taji = article(page)
			.locator('a.mention')
			.filter({ hasText: /^Camp Taji$/ })
			.first();
		const index = Number(await taji.getAttribute('data-mention'));
		await taji.focus();
		await page.keyboard.press('Enter');
		const popup = page.getByRole('dialog', { name: 'Camp Taji' });
		await expect(popup).toBeVisible();
		await expect.poll(async () => (await focused(page)).inDialog).toBe(true);

		// Close, ‹ ›, "Wrong place?" within a few Tab presses (Camp Taji has several mentions).
		const reached = new Set<string>();
		for (let i = 0; i < 6; i++) {
			await page.keyboard.press('Tab');
			const name = await page.evaluate(
				() =>
					document.activeElement?.getAttribute('aria-label') ??
					document.activeElement?.textContent?.trim() ??
					''
			);
			reached.add(name);
		}
		expect([...reached]).toEqual(
			expect.arrayContaining([
				'Close',
				'Next mention of Camp Taji',
				'Previous mention of Camp Taji',
				'Wrong place?'
			])
		);

		// The arrow keys step through the place's mentions while focus is in the popup.
		const count = popup.locator('.count');
		await expect(count).toHaveText(/^1 of (\d+)$/);
		const total = Number((await count.textContent())!.split(' of ')[1]);
		if (total > 1) {
			await popup.focus();
			await page.keyboard.press('ArrowRight');
			await expect(count).toHaveText(`2 of ${total}`);
			await page.keyboard.press('ArrowLeft');
			await expect(count).toHaveText(`1 of ${total}`);
		}

		await page.keyboard.press('Escape');
		await expect(popup).toBeHidden();
		await expect.poll(async () => (await focused(page)).mention).toBe(index);

		// The Close button returns focus the same way.
		await page.keyboard.press('Enter');
		await expect(popup).toBeVisible();
		await popup.getByRole('button', { name: 'Close' }).focus();
		await page.keyboard.press('Enter');
		await expect(popup).toBeHidden();
		await expect.poll(async () => (await focused(page)).mention).toBe(index);
	});

	test('a marker opened by keyboard takes focus to its popup, and gets it back on close', async ({
		page
	}) => {
		await openReader(page);
		const marker = markers(page).locator('.marker:not(.group)').first();
		const name = (await marker.getAttribute('aria-label'))!;
		await marker.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('dialog', { name })).toBeVisible();
		await expect.poll(async () => (await focused(page)).inDialog).toBe(true);
		await page.keyboard.press('Escape');
		await expect(page.getByRole('dialog', { name })).toBeHidden();
		await expect.poll(async () => (await focused(page)).marker).toBe(name);
	});

	test('a skip link near the top goes past every mention to the list of places', async ({
		page
	}) => {
		await openReader(page);
		await page.locator('body').press('Tab');
		let found = false;
		for (let i = 0; i < 8 && !found; i++) {
			found = await page.evaluate(() => {
				const el = document.activeElement;
				return el instanceof HTMLAnchorElement && /skip/i.test(el.textContent ?? '');
			});
			if (!found) await page.keyboard.press('Tab');
		}
		expect(found).toBe(true);
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		expect(await focused(page)).toMatchObject({ inPlaces: true, mention: null });
	});

	test('the key hint names only keys that work', async ({ page }) => {
		await openReader(page);
		const hint = article(page).locator('.hint');
		await expect(hint).toContainText('Esc');
		// Every key the hint names is tried: j, k, and the arrows where it says they work.
		await expect(hint).toContainText('j');
		await expect(hint).toContainText('←/→ in the popup');
	});
});
