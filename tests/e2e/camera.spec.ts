import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { article, markerOf } from './reader';

type Box = { x: number; y: number; width: number; height: number };

/** Share of `inner` that `cover` hides, 0…1. */
function hidden(inner: Box, cover: Box): number {
	const w = Math.min(inner.x + inner.width, cover.x + cover.width) - Math.max(inner.x, cover.x);
	const h = Math.min(inner.y + inner.height, cover.y + cover.height) - Math.max(inner.y, cover.y);
	return w > 0 && h > 0 ? (w * h) / Math.max(1, inner.width * inner.height) : 0;
}

async function atRest(page: Page) {
	await expect(page.getByTestId('map')).toHaveAttribute('data-moving', 'false');
	await page.waitForTimeout(300);
	await expect(page.getByTestId('map')).toHaveAttribute('data-moving', 'false');
}

/** The marker's box, and that it lies inside the map. */
async function markerBox(page: Page, marker: Locator): Promise<Box> {
	const box = (await marker.boundingBox())!;
	const map = (await page.getByTestId('map').boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(map.x);
	expect(box.y).toBeGreaterThanOrEqual(map.y);
	expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
	expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
	return box;
}

/** Web Mercator at zoom 0 with 512 px tiles. */
function mercator([lng, lat]: [number, number]): [number, number] {
	const sin = Math.sin((lat * Math.PI) / 180);
	return [((lng + 180) / 360) * 512, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 512];
}

test.beforeEach(async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('desktop: the popup leaves the selected province in view', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await article(page).getByRole('link', { name: 'Karbala Province' }).first().click();
	const popup = page.getByRole('dialog', { name: 'Karbala', exact: true });
	await expect(popup).toBeVisible();
	await atRest(page);
	const marker = markerOf(page, 'Karbala').first();
	const box = await markerBox(page, marker);
	const cover = (await popup.boundingBox())!;
	expect(hidden(box, cover)).toBe(0);

	// The province's box on screen, from its marker and its bbox in the gazetteer.
	const id = (await marker.getAttribute('data-place'))!;
	const found = await page.request.get(`/api/places?id=${encodeURIComponent(id)}`);
	const { places } = (await found.json()) as {
		places: { point: [number, number]; bbox: [number, number, number, number] }[];
	};
	const [west, south, east, north] = places[0]!.bbox;
	const zoom = Number(await page.getByTestId('map').getAttribute('data-zoom'));
	const scale = 2 ** zoom;
	const [px, py] = mercator(places[0]!.point);
	const [x0, y0] = mercator([west, north]);
	const [x1, y1] = mercator([east, south]);
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	const area = {
		x: cx + (x0 - px) * scale,
		y: cy + (y0 - py) * scale,
		width: (x1 - x0) * scale,
		height: (y1 - y0) * scale
	};
	expect(hidden(area, cover)).toBeLessThan(0.1);
});

test('phone: the docked popup leaves the selected place in view', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	for (const name of ['Camp Taji', 'Baghdad', 'Jurf al Sakhar']) {
		await article(page).getByRole('link', { name, exact: true }).first().click();
		const popup = page.getByRole('dialog', { name });
		await expect(popup).toBeVisible();
		await atRest(page);
		const box = await markerBox(page, markerOf(page, name).first());
		expect(hidden(box, (await popup.boundingBox())!)).toBe(0);
	}
});

test('an 800×500 embed opened on a link’s selection shows the place beside the popup', async ({
	page,
	browser
}) => {
	const text = readFileSync('src/lib/demo/camp-taji.txt', 'utf8');
	const created = await page.request.post('/api/articles', { data: { text, title: 'Embed' } });
	const { id } = (await created.json()) as { id: string };
	await page.goto(`/embed/${id}`);
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await article(page).getByRole('link', { name: 'Camp Taji', exact: true }).first().click();
	await expect(page).toHaveURL(/[?&]m=\d+/);
	// The link's camera centred on the place, as a link made on a larger screen would have it.
	const url = new URL(page.url());
	url.searchParams.set('map', '9/33.5294/44.2775');

	const small = await browser.newPage({ viewport: { width: 800, height: 500 } });
	await small.emulateMedia({ reducedMotion: 'reduce' });
	await small.goto(url.pathname + url.search);
	await expect(small.getByTestId('map')).toHaveAttribute('data-ready', 'true', {
		timeout: 30_000
	});
	const popup = small.getByRole('dialog', { name: 'Camp Taji' });
	await expect(popup).toBeVisible();
	await atRest(small);
	const box = await markerBox(small, markerOf(small, 'Camp Taji').first());
	expect(hidden(box, (await popup.boundingBox())!)).toBe(0);
	await small.close();
});
