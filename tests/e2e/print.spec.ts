import { test, expect } from './fixtures';
import { article, openReader, placeItem } from './reader';

test('printed, the reader keeps the article, the places with coordinates and the map, no controls', async ({
	page
}) => {
	await openReader(page);
	await article(page).getByRole('link', { name: 'Baghdad', exact: true }).first().click();
	await expect(page.getByRole('dialog', { name: 'Baghdad' })).toBeVisible();
	await page.emulateMedia({ media: 'print' });

	await expect(article(page)).toBeVisible();
	const list = page.getByRole('region', { name: 'Places in this article' });
	await expect(placeItem(list, 'Baghdad')).toContainText(/\d+\.\d{4}° N, \d+\.\d{4}° E/);
	// The map as it is on screen: its canvas keeps its picture for printing, and has room.
	const canvas = page.locator('canvas.maplibregl-canvas');
	await expect(canvas).toBeVisible();
	expect((await canvas.boundingBox())!.height).toBeGreaterThan(200);
	expect(
		await canvas.evaluate((c: HTMLCanvasElement) => {
			const gl = (c.getContext('webgl2') ?? c.getContext('webgl')) as WebGLRenderingContext;
			return gl.getContextAttributes()?.preserveDrawingBuffer;
		})
	).toBe(true);
	// No popup, no controls.
	await expect(page.getByRole('dialog')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
	await expect(page.getByRole('group', { name: 'Map key' })).toBeHidden();
	await expect(page.getByRole('navigation')).toBeHidden();
	// The text's marks keep their colours on paper.
	const adjust = await article(page)
		.locator('a.mention')
		.first()
		.evaluate((a) => getComputedStyle(a).printColorAdjust);
	expect(adjust).toBe('exact');
});
