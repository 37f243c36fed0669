import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { darkPalette, lightPalette } from '../../src/lib/basemap/style';

/** Opens the demo at a camera (`map=zoom/lat/lng`) and waits until the map is idle. */
async function openAt(page: Page, zoom: number, lat: number, lng: number) {
	await page.goto(`/?map=${zoom}/${lat}/${lng}`);
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
}

type Rgb = [number, number, number];

const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/**
 * The map's pixels as drawn on screen (a screenshot decoded in the page: WebGL's own buffer is
 * cleared after each frame), row by row.
 */
async function mapPixels(page: Page) {
	const map = page.getByTestId('map');
	const png = await map.screenshot();
	const box = await map.boundingBox();
	const { width, height, data } = await page.evaluate(async (b64) => {
		const image = new Image();
		image.src = `data:image/png;base64,${b64}`;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = image.width;
		canvas.height = image.height;
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0);
		const pixels = context.getImageData(0, 0, image.width, image.height);
		return { width: image.width, height: image.height, data: Array.from(pixels.data) };
	}, png.toString('base64'));
	expect(width).toBe(Math.round(box!.width));
	const at = (x: number, y: number): Rgb => {
		const i = (Math.round(y) * width + Math.round(x)) * 4;
		return [data[i]!, data[i + 1]!, data[i + 2]!];
	};
	return { width, height, at };
}

test.describe('the offline basemap', () => {
	test('draws a lake at zoom 7 in the water colour, on land', async ({ page }) => {
		// Lake Victoria's middle (1° S, 33° E); 300 km west, Rwanda's land.
		await openAt(page, 7, -1, 33);
		const { width, height, at } = await mapPixels(page);
		const water = rgb(lightPalette.water);
		const land = rgb(lightPalette.land);
		expect(distance(at(width / 2, height / 2), water)).toBeLessThan(8);
		expect(distance(at(width / 2 - 200, height / 2), land)).toBeLessThan(8);
	});

	test('draws a province border between two provinces', async ({ page }) => {
		// Kansas and Nebraska meet along 40° N: a border across the middle of the view.
		await openAt(page, 7, 40, -99.5);
		const { width, height, at } = await mapPixels(page);
		const border = rgb(lightPalette.regionBorder);
		const land = rgb(lightPalette.land);
		/** Share of a row's pixels nearer the border colour than the land colour. */
		const borderShare = (y: number) => {
			let n = 0;
			let count = 0;
			for (let x = width * 0.2; x < width * 0.8; x++, count++) {
				const c = at(x, y);
				if (distance(c, border) < distance(c, land) && distance(c, border) < 30) n++;
			}
			return n / count;
		};
		const middle = Math.max(...[-3, -2, -1, 0, 1, 2, 3].map((d) => borderShare(height / 2 + d)));
		expect(middle).toBeGreaterThan(0.3);
		// Inside Nebraska and inside Kansas, no such line.
		expect(borderShare(height / 2 - 80)).toBeLessThan(0.1);
		expect(borderShare(height / 2 + 80)).toBeLessThan(0.1);
	});

	test('fetches its tiles from the app itself only', async ({ page, baseURL }) => {
		const tiles: string[] = [];
		page.on('requestfinished', (r) => {
			if (new URL(r.url()).pathname.startsWith('/basemap/tiles/')) tiles.push(r.url());
		});
		await openAt(page, 6, 42, -89);
		expect(tiles.length).toBeGreaterThan(0);
		for (const url of tiles) {
			expect(new URL(url).origin).toBe(new URL(baseURL!).origin);
			expect(new URL(url).pathname).toMatch(/^\/basemap\/tiles\/\d+\/\d+\/\d+\.pbf$/);
		}
	});

	test('names the map data on the map', async ({ page }) => {
		await openAt(page, 5, 33, 44);
		const attribution = page.locator('.maplibregl-ctrl-attrib');
		await expect(attribution).toContainText('Natural Earth');
		await expect(attribution).toContainText('© OpenStreetMap contributors');
		await expect(attribution).toContainText('GeoNames');
	});

	test('follows a dark colour scheme', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		// The middle of the Atlantic, then Lake Victoria: sea and lake in the dark water colour.
		await openAt(page, 4, 30, -40);
		let pixels = await mapPixels(page);
		expect(
			distance(pixels.at(pixels.width / 2, pixels.height / 2), rgb(darkPalette.water))
		).toBeLessThan(8);
		await openAt(page, 7, -1, 33);
		pixels = await mapPixels(page);
		expect(
			distance(pixels.at(pixels.width / 2, pixels.height / 2), rgb(darkPalette.water))
		).toBeLessThan(8);
		expect(
			distance(pixels.at(pixels.width / 2 - 200, pixels.height / 2), rgb(darkPalette.land))
		).toBeLessThan(8);
	});
});

/** Written for this test: a flood around Lake Victoria, and one word from Washington. */
const FLOOD = [
	'Floods swept through Kisumu on Monday after days of rain around Lake Victoria.',
	'In Kisumu, rescue teams moved families to schools on higher ground, and roads to Kakamega and Busia were cut.',
	'Farmers near Homa Bay lost their crops. Kisumu county officials said the water was still rising.',
	'A spokesman for the World Bank in Washington said emergency funds would be released.'
].join('\n\n');

/** The map's camera as the map element reports it. */
async function camera(page: Page) {
	const map = page.getByTestId('map');
	const [lng, lat] = (await map.getAttribute('data-center'))!.split(',').map(Number);
	return { lng: lng!, lat: lat!, zoom: Number(await map.getAttribute('data-zoom')) };
}

test.describe('the first view', () => {
	test('frames the demo on its Iraqi places, close enough to tell them apart', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', {
			timeout: 30_000
		});
		const { lng, lat, zoom } = await camera(page);
		expect(lng).toBeGreaterThan(40);
		expect(lng).toBeLessThan(48);
		expect(lat).toBeGreaterThan(29);
		expect(lat).toBeLessThan(37);
		expect(zoom).toBeGreaterThan(5);
		// Camp Taji and Baghdad, 25 km apart, are separate markers.
		const markers = page.getByRole('group', { name: 'Places on the map' });
		await expect(markers.getByRole('button', { name: 'Baghdad', exact: true })).toBeVisible();
	});

	test('leaves a far mention out of the frame and says so; the control shows everything', async ({
		page
	}) => {
		await page.goto('/new');
		await page.getByLabel('Title').fill('Floods around Lake Victoria');
		await page.getByLabel('Article text').fill(FLOOD);
		await page.getByRole('button', { name: 'Make the map' }).click();
		await expect(page).toHaveURL(/\/a\/[A-Za-z0-9_-]{16}$/);
		const map = page.getByTestId('map');
		await expect(map).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		const first = await camera(page);
		expect(first.lng).toBeGreaterThan(33);
		expect(first.lng).toBeLessThan(36);
		expect(first.zoom).toBeGreaterThan(6);
		const outside = page.getByRole('button', { name: /^\+1 outside: Washington/ });
		await expect(outside).toBeVisible();

		await outside.click();
		await expect(map).toHaveAttribute('data-moving', 'false');
		await expect(outside).toBeHidden();
		await expect.poll(async () => (await camera(page)).zoom).toBeLessThan(4);
		const markers = page.getByRole('group', { name: 'Places on the map' });
		await expect(markers.getByRole('button', { name: 'Washington', exact: true })).toBeVisible();
	});
});
