import { test, expect } from './fixtures';

test('the home page shows the demo article beside a map that draws', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Camp Taji');
	await expect(page.getByText('north of Baghdad')).toBeVisible();

	await expect(page.getByTestId('map')).toHaveAttribute('data-status', 'loaded');
	const canvas = page.getByRole('region', { name: 'Map', exact: true });
	await expect(canvas).toBeVisible();

	// The canvas drew: count distinct colours in a screenshot of it (water, land and borders at
	// least). A blank or failed WebGL canvas is one flat colour.
	const png = await canvas.screenshot();
	const colours = await page.evaluate(async (b64) => {
		const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
		const bitmap = await createImageBitmap(blob);
		const scratch = new OffscreenCanvas(bitmap.width, bitmap.height);
		const context = scratch.getContext('2d');
		if (!context) return 0;
		context.drawImage(bitmap, 0, 0);
		const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
		const seen = new Set<number>();
		for (let i = 0; i < data.length; i += 4 * 7) {
			seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
		}
		return seen.size;
	}, png.toString('base64'));
	expect(colours).toBeGreaterThan(3);

	const attribution = page.locator('.maplibregl-ctrl-attrib');
	await expect(attribution.getByText('Natural Earth')).toBeVisible();
	await expect(attribution.getByText('GeoNames')).toBeVisible();
});
