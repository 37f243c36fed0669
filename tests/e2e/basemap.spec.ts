import type { Page } from '@playwright/test';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { gunzipSync } from 'node:zlib';
import { test, expect } from './fixtures';
import { darkPalette, lightPalette } from '../../src/lib/basemap/palette';
import { mercator } from '../../geo/lib/basemap/places';

/** Opens the demo at a camera (`map=zoom/lat/lng`) and waits until the map is idle. */
async function openAt(page: Page, zoom: number, lat: number, lng: number) {
	await page.goto(`/?map=${zoom}/${lat}/${lng}`);
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
}

type Rgb = [number, number, number];

const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/**
 * A rectangle of the map's pixels as drawn on screen (`x`, `y` from the map's top left corner):
 * a screenshot decoded in the page, as WebGL's own buffer is cleared after each frame.
 */
async function pixels(page: Page, x: number, y: number, width: number, height: number) {
	const box = (await page.getByTestId('map').boundingBox())!;
	const png = await page.screenshot({
		clip: { x: box.x + x, y: box.y + y, width, height }
	});
	const data = await page.evaluate(async (b64) => {
		const image = new Image();
		image.src = `data:image/png;base64,${b64}`;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = image.width;
		canvas.height = image.height;
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0);
		return Array.from(context.getImageData(0, 0, image.width, image.height).data);
	}, png.toString('base64'));
	const rows = Math.round(data.length / 4 / width);
	const at = (px: number, py: number): Rgb => {
		const i = (Math.min(rows - 1, py) * width + px) * 4;
		return [data[i]!, data[i + 1]!, data[i + 2]!];
	};
	return { width, rows, at };
}

/** The map's size on screen. */
async function mapSize(page: Page) {
	const box = (await page.getByTestId('map').boundingBox())!;
	return { width: Math.floor(box.width), height: Math.floor(box.height) };
}

/** Share of the pixels of a 30 px square centred at x, y within a small distance of `hex`. */
async function share(page: Page, x: number, y: number, hex: string): Promise<number> {
	const colour = rgb(hex);
	const square = await pixels(page, Math.round(x) - 15, Math.round(y) - 15, 30, 30);
	let n = 0;
	for (let dx = 0; dx < 30; dx++)
		for (let dy = 0; dy < 30; dy++) if (distance(square.at(dx, dy), colour) < 8) n++;
	return n / 900;
}

test.describe('the offline basemap', () => {
	test('draws a lake at zoom 7 in the water colour, on land', async ({ page }) => {
		// Lake Victoria (1.5° S, 32.9° E); 260 px east and 60 px south, Tanzania's land.
		await openAt(page, 7, -1.5, 32.9);
		const { width, height } = await mapSize(page);
		expect(await share(page, width / 2, height / 2, lightPalette.water)).toBeGreaterThan(0.9);
		expect(await share(page, width / 2 + 260, height / 2 + 60, lightPalette.land)).toBeGreaterThan(
			0.8
		);
	});

	test('draws a province border between two provinces', async ({ page }) => {
		// Kansas and Nebraska meet along 40° N: a border across the middle of the view.
		await openAt(page, 7, 40, -99.5);
		const { width, height } = await mapSize(page);
		const land = rgb(lightPalette.land);
		/** The largest share, over 5 rows from `y`, of pixels in a grey line's colour. */
		const lineShare = async (y: number) => {
			const strip = await pixels(
				page,
				Math.round(width * 0.2),
				Math.round(y) - 2,
				Math.round(width * 0.6),
				5
			);
			const shares = [0, 1, 2, 3, 4].map((row) => {
				let n = 0;
				for (let x = 0; x < strip.width; x++) {
					const [r, g, b] = strip.at(x, row);
					if (distance([r, g, b], land) > 20 && b <= r + 4) n++;
				}
				return n / strip.width;
			});
			return Math.max(...shares);
		};
		expect(await lineShare(height / 2)).toBeGreaterThan(0.3);
		// Inside Nebraska and inside Kansas, no such line.
		expect(await lineShare(height / 2 - 80)).toBeLessThan(0.1);
		expect(await lineShare(height / 2 + 80)).toBeLessThan(0.1);
	});

	test('dashes the disputed borders, from the world view on', async ({ request }) => {
		// A point beside each disputed stretch; the tile holding it has a disputed line.
		const stretches: Array<[string, number, number]> = [
			['Line of Control, Kashmir', 74.0, 34.3],
			['Western Sahara', -10.58, 26.16],
			['Crimea', 33.8, 46.1],
			['Abkhazia', 41.9, 42.5],
			['Golan Heights', 35.85, 33.0],
			['Kosovo', 21.0, 43.2],
			['Somaliland', 48.5, 9.0],
			['Arunachal Pradesh', 93.5, 28.3],
			['Aksai Chin', 79.0, 34.9]
		];
		for (const zoom of [2, 5, 7]) {
			for (const [name, lng, lat] of stretches) {
				const [mx, my] = mercator(lng, lat);
				const [x, y] = [Math.floor(mx * 2 ** zoom), Math.floor(my * 2 ** zoom)];
				const response = await request.get(`/basemap/tiles/${zoom}/${x}/${y}.pbf`);
				expect(response.status(), `${name} z${zoom}`).toBe(200);
				const body = await response.body();
				// Node's fetch may hand over the stored gzip as it is.
				const bytes = body[0] === 0x1f && body[1] === 0x8b ? gunzipSync(body) : body;
				const layer = new VectorTile(new PbfReader(bytes)).layers.boundaries;
				const disputed = layer
					? Array.from({ length: layer.length }, (_, i) => layer.feature(i)).filter(
							(f) => f.properties.kind === 'country' && f.properties.disputed === 1
						)
					: [];
				expect(disputed.length, `${name} z${zoom}`).toBeGreaterThan(0);
			}
		}
	});

	test('draws a disputed border dashed and an agreed one solid', async ({ page }) => {
		// Egypt and Sudan meet along 22° N: agreed west of the Nile (31.5° E), disputed east of it
		// (Hala'ib and Bir Tawil).
		await openAt(page, 7, 21.995, 31.5);
		const { width, height } = await mapSize(page);
		const land = rgb(lightPalette.land);
		/** The row of a strip most covered by the line: its share and its runs of line pixels. */
		const line = async (x: number) => {
			const strip = await pixels(page, Math.round(x), Math.round(height / 2) - 3, 250, 7);
			let best = { share: 0, runs: 0 };
			for (let row = 0; row < strip.rows; row++) {
				let n = 0;
				let runs = 0;
				let inRun = false;
				for (let px = 0; px < strip.width; px++) {
					// Half the line's colour or more: an antialiased gap's edge is not a dash.
					const on = distance(strip.at(px, row), land) > 70;
					if (on) n++;
					if (on && !inRun) runs++;
					inRun = on;
				}
				if (n / strip.width > best.share) best = { share: n / strip.width, runs };
			}
			return best;
		};
		const agreed = await line(width / 2 - 290);
		expect(agreed.share, JSON.stringify(agreed)).toBeGreaterThan(0.8);
		expect(agreed.runs, JSON.stringify(agreed)).toBeLessThan(5);
		const disputed = await line(width / 2 + 40);
		expect(disputed.share, JSON.stringify(disputed)).toBeGreaterThan(0.2);
		expect(disputed.share, JSON.stringify(disputed)).toBeLessThan(0.85);
		expect(disputed.runs, JSON.stringify(disputed)).toBeGreaterThan(15);
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
		// Lake Victoria: the lake in the dark water colour, the land around it in the dark land's.
		await openAt(page, 7, -1.5, 32.9);
		const { width, height } = await mapSize(page);
		expect(await share(page, width / 2, height / 2, darkPalette.water)).toBeGreaterThan(0.9);
		expect(await share(page, width / 2 + 260, height / 2 + 60, darkPalette.land)).toBeGreaterThan(
			0.8
		);
	});
});

/**
 * Written for this test: a flood in western Kenya, and one word from Brussels. (A bare
 * "Washington" here is now kept off the map as a far outlier of many namesakes, #16.)
 */
const FLOOD = [
	'Floods swept through Kisumu on Monday after days of rain on the lake shore.',
	'In Kisumu, rescue teams moved families to schools on higher ground, and roads to Kakamega and Busia were cut.',
	'Farmers near Homa Bay lost their crops. Kisumu county officials said the water was still rising.',
	'A spokesman for the European Union in Brussels said emergency funds would be released.'
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
		// A title naming no place: titles are parsed too, and this test is about the text's places.
		await page.getByLabel('Title').fill('Floods on the lake shore');
		await page.getByLabel('Article text').fill(FLOOD);
		await page.getByRole('button', { name: 'Make the map' }).click();
		await expect(page).toHaveURL(/\/a\/[A-Za-z0-9_-]{16}$/);
		const map = page.getByTestId('map');
		await expect(map).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		const first = await camera(page);
		expect(first.lng).toBeGreaterThan(33);
		expect(first.lng).toBeLessThan(36);
		expect(first.zoom).toBeGreaterThan(6);
		const outside = page.getByRole('button', { name: /^\+1 outside: Brussels/ });
		await expect(outside).toBeVisible();

		await outside.click();
		await expect(map).toHaveAttribute('data-moving', 'false');
		await expect(outside).toBeHidden();
		await expect.poll(async () => (await camera(page)).zoom).toBeLessThan(4);
		const markers = page.getByRole('group', { name: 'Places on the map' });
		await expect(markers.getByRole('button', { name: 'Brussels', exact: true })).toBeVisible();
	});
});
