/**
 * The share link round trip, for the three kinds of article (the demo page, a stored article, a
 * private text-in-link article): correct mentions through the popup, select a place, pan and zoom,
 * copy the link, open it in a fresh browser and find the same state.
 */
import type { Browser, Locator, Page } from '@playwright/test';
import { centerDecimals } from '../../src/lib/share/precision';
import { test, expect } from './fixtures';
import { article, mentionLinks } from './reader';

/** Written for these tests; the places are ones any gazetteer knows. */
const ARTICLE = [
	'Rockets struck Camp Taji, north of Baghdad, late on Wednesday.',
	'Officials in Basra said the launchers were found near Mosul the next morning.'
].join('\n\n');

interface Plan {
	/** The mention selected last (its popup open in the link). */
	select: string;
	/** A mention re-pinned through the gazetteer search… */
	repin: string;
	/** …to the first place the search finds for this. */
	search: string;
	/** A mention marked "not a place". */
	remove: string;
}

const map = (page: Page) => page.getByTestId('map');
const mention = (page: Page, name: string) =>
	article(page).getByRole('link', { name, exact: true }).first();

async function waitForReader(page: Page) {
	await expect(map(page)).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
}

/** The camera once it has come to rest (not moving, and two readings 400 ms apart agree). */
async function restingCamera(page: Page) {
	const read = () =>
		map(page).evaluate((el) => ({
			moving: el.dataset.moving,
			center: el.dataset.center ?? '',
			zoom: Number(el.dataset.zoom),
			bearing: Number(el.dataset.bearing)
		}));
	let last = await read();
	for (let i = 0; i < 40; i++) {
		await page.waitForTimeout(400);
		const now = await read();
		if (now.moving === 'false' && JSON.stringify(now) === JSON.stringify(last)) {
			const [lng, lat] = now.center.split(',').map(Number) as [number, number];
			return { lng, lat, zoom: now.zoom, bearing: now.bearing };
		}
		last = now;
	}
	throw new Error('the map never came to rest');
}

/** "Wrong place?" → search → the first place found; returns its name. */
async function repin(page: Page, name: string, search: string): Promise<string> {
	await mention(page, name).click();
	const popup = page.getByRole('dialog', { name });
	await popup.getByRole('button', { name: 'Wrong place?' }).click();
	const box = popup.getByRole('combobox', { name: 'Search the gazetteer' });
	await expect(box).toBeFocused();
	await box.pressSequentially(search, { delay: 30 });
	const first = popup.getByRole('option').first();
	await expect(first).toBeVisible();
	const target = (await first.locator('.name').textContent())!.trim();
	// The keyboard path of the combobox: arrow to the first option, Enter chooses it.
	await box.press('ArrowDown');
	await expect(box).toHaveAttribute('aria-activedescendant', /opt-0$/);
	await box.press('Enter');
	await expect(page.getByRole('dialog', { name: target })).toBeVisible();
	return target;
}

async function removeMention(page: Page, name: string) {
	await mention(page, name).click();
	const popup = page.getByRole('dialog', { name });
	await popup.getByRole('button', { name: 'Wrong place?' }).click();
	await popup.getByRole('button', { name: 'Not a place' }).click();
	await expect(popup).toBeHidden();
}

/** The mentions whose text is `name`, with the place each is pinned to (from its title). */
async function pins(page: Page, name: string): Promise<string[]> {
	return mentionLinks(page).evaluateAll(
		(links, text) =>
			links.filter((a) => a.textContent?.trim() === text).map((a) => a.getAttribute('title')!),
		name
	);
}

/** Drags the map by its lower left corner (clear of the popup), then zooms in with its button. */
async function panAndZoom(page: Page) {
	const before = await restingCamera(page);
	const box = (await map(page).boundingBox())!;
	// Start on bare map: a drag that starts on a marker or a label does not pan.
	const [x, y] = await page.evaluate(
		({ left, top, height }) => {
			for (let dx = 40; dx < 400; dx += 30) {
				for (let dy = 90; dy < 300; dy += 30) {
					const [px, py] = [left + dx, top + height - dy];
					const hit = document.elementFromPoint(px, py);
					if (hit?.classList.contains('maplibregl-canvas')) return [px, py];
				}
			}
			return [left + 40, top + height - 90];
		},
		{ left: box.x, top: box.y, height: box.height }
	);
	await page.mouse.move(x, y);
	await page.mouse.down();
	for (let i = 1; i <= 10; i++) await page.mouse.move(x + i * 12, y - i * 6);
	await page.mouse.up();
	// The attributes change when the camera comes to rest (moveend), not frame by frame.
	await expect(map(page)).not.toHaveAttribute(
		'data-center',
		`${before.lng.toFixed(6)},${before.lat.toFixed(6)}`
	);
	const panned = await restingCamera(page);
	expect(panned.zoom).toBeCloseTo(before.zoom, 3);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect(map(page)).not.toHaveAttribute('data-zoom', panned.zoom.toFixed(3));
	const zoomed = await restingCamera(page);
	expect(zoomed.zoom).toBeCloseTo(panned.zoom + 1, 1);
	return zoomed;
}

/** Opens `url` in a new browser context (nothing shared) under the same guard as the suite. */
async function fresh(browser: Browser, baseURL: string, url: string) {
	const origin = new URL(baseURL).origin;
	const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('pageerror', (e) => problems.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(m.text());
	});
	await context.route('**/*', (route) => {
		const target = route.request().url();
		if (target.startsWith('data:') || target.startsWith('blob:')) return route.fallback();
		if (new URL(target).origin === origin) return route.fallback();
		problems.push(`request left the app: ${target}`);
		return route.abort('blockedbyclient');
	});
	await page.goto(url);
	return { context, page, problems };
}

/**
 * The whole round trip on an open reader; returns the copied link and the second browser's page
 * (still open) for checks of its own.
 */
async function roundTrip(page: Page, browser: Browser, baseURL: string, plan: Plan) {
	await waitForReader(page);
	const entries = await page.evaluate(() => window.history.length);
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
		origin: new URL(baseURL).origin
	});

	const target = await repin(page, plan.repin, plan.search);
	expect(await pins(page, plan.repin)).not.toHaveLength(0);
	for (const title of await pins(page, plan.repin))
		expect(title).toMatch(new RegExp(`^${target}\\b`));
	await removeMention(page, plan.remove);
	expect(await pins(page, plan.remove)).toEqual([]);
	await expect(article(page)).toContainText(plan.remove);
	await expect(page.getByRole('region', { name: 'Your corrections' })).toContainText(
		`“${plan.remove}”: not a place`
	);

	await mention(page, plan.select).click();
	await expect(page.getByRole('dialog', { name: plan.select })).toBeVisible();
	const selected = await article(page)
		.locator('[aria-current="true"]')
		.getAttribute('data-mention');
	await restingCamera(page);
	const camera = await panAndZoom(page);

	// The URL follows, replacing the history entry rather than adding one per change.
	await expect.poll(() => new URL(page.url()).searchParams.get('map')).not.toBeNull();
	const url = new URL(page.url());
	expect(url.searchParams.getAll('fix')).toHaveLength(2);
	expect(url.searchParams.get('place')).not.toBeNull();
	expect(url.searchParams.get('m')).not.toBeNull();
	expect(await page.evaluate(() => window.history.length)).toBe(entries);

	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toBe(page.url());

	const other = await fresh(browser, baseURL, link);
	const second = other.page;
	await waitForReader(second);
	await expect(second.getByRole('dialog', { name: plan.select })).toBeVisible();
	await expect(article(second).locator('[aria-current="true"]')).toHaveAttribute(
		'data-mention',
		selected!
	);
	const restored = await restingCamera(second);
	const step = 10 ** -centerDecimals(camera.zoom);
	expect(restored.zoom).toBeCloseTo(camera.zoom, 2);
	expect(Math.abs(restored.lng - camera.lng)).toBeLessThanOrEqual(step);
	expect(Math.abs(restored.lat - camera.lat)).toBeLessThanOrEqual(step);
	expect(restored.bearing).toBeCloseTo(camera.bearing, 1);
	for (const title of await pins(second, plan.repin)) {
		expect(title).toMatch(new RegExp(`^${target}\\b`));
	}
	expect(await pins(second, plan.repin)).not.toHaveLength(0);
	expect(await pins(second, plan.remove)).toEqual([]);
	await expect(article(second)).toContainText(plan.remove);
	// Opening the link wrote nothing: it is still the link that was copied.
	expect(second.url()).toBe(link);
	return { link, target, other };
}

async function finish(other: Awaited<ReturnType<typeof fresh>>) {
	expect(other.problems, 'page errors, console errors or outside requests').toEqual([]);
	await other.context.close();
}

test.describe('share links reproduce the view', () => {
	test('the demo page: corrections, selection and camera survive a fresh browser', async ({
		page,
		browser,
		baseURL
	}) => {
		await page.goto('/');
		const { link, other } = await roundTrip(page, browser, baseURL!, {
			select: 'Baghdad',
			repin: 'Tehran',
			search: 'Karb',
			remove: 'Capitol Hill'
		});
		expect(new URL(link).pathname).toBe('/');
		await finish(other);
	});

	test('a pasted article (/new → /a/{id}): the same, and the downloads carry the corrections', async ({
		page,
		browser,
		baseURL
	}) => {
		await page.goto('/new');
		await page.getByLabel('Title').fill('Rockets on Camp Taji');
		await page.getByLabel('Article text').fill(ARTICLE);
		await page.getByRole('button', { name: 'Make the map' }).click();
		await expect(page).toHaveURL(/\/a\/[A-Za-z0-9_-]{16}$/);

		const { link, target, other } = await roundTrip(page, browser, baseURL!, {
			select: 'Baghdad',
			repin: 'Mosul',
			search: 'Karb',
			remove: 'Basra'
		});
		const second = other.page;
		const geojson = second.getByRole('link', { name: 'GeoJSON' });
		expect(new URL((await geojson.getAttribute('href'))!, link).search).toBe(new URL(link).search);
		const exported = (await (
			await second.request.get((await geojson.getAttribute('href'))!)
		).json()) as { features: { properties: { name: string; mentions: { text: string }[] } }[] };
		const byMention = (text: string) =>
			exported.features.filter((f) => f.properties.mentions.some((m) => m.text === text));
		expect(byMention('Mosul').map((f) => f.properties.name)).toEqual([target]);
		expect(byMention('Basra')).toEqual([]);
		const csv = await (
			await second.request.get(
				(await second.getByRole('link', { name: 'CSV' }).getAttribute('href'))!
			)
		).text();
		expect(csv).not.toMatch(/\bBasra\b/);

		// The embed view of the same state, and its snippet.
		await second.getByText('Embed', { exact: true }).click();
		const snippet = await second.getByRole('textbox', { name: /Paste this/ }).inputValue();
		const src = new URL(/src="([^"]+)"/.exec(snippet)![1]!.replaceAll('&amp;', '&'));
		expect(src.pathname).toMatch(/^\/embed\/[A-Za-z0-9_-]{16}$/);
		expect(src.search).toBe(new URL(link).search);
		await second.goto(src.pathname + src.search);
		await waitForReader(second);
		await expect(second.getByRole('dialog', { name: 'Baghdad' })).toBeVisible();
		expect(await pins(second, 'Basra')).toEqual([]);
		await finish(other);
	});

	test('a private link (/view#t=…): the text in the fragment, the view in the query', async ({
		page,
		browser,
		baseURL
	}) => {
		await page.goto('/new');
		await page.getByLabel('Title').fill('Private report');
		await page.getByLabel('Article text').fill(ARTICLE);
		await page.getByRole('button', { name: 'Make a private link' }).click();
		await expect(page).toHaveURL(/\/view#t=[A-Za-z0-9_-]+$/);

		const { link, other } = await roundTrip(page, browser, baseURL!, {
			select: 'Baghdad',
			repin: 'Mosul',
			search: 'Karb',
			remove: 'Basra'
		});
		expect(new URL(link).hash).toMatch(/^#t=/);
		expect(new URL(link).searchParams.getAll('fix')).toHaveLength(2);
		await expect(other.page.getByRole('heading', { level: 1 })).toHaveText('Private report');
		await finish(other);
	});
});

test('undoing a correction restores the parser’s place, and the link follows', async ({ page }) => {
	await page.goto('/');
	await waitForReader(page);
	const before = await pins(page, 'Capitol Hill');
	await removeMention(page, 'Capitol Hill');
	await expect.poll(() => new URL(page.url()).searchParams.getAll('fix')).toHaveLength(1);
	const corrections: Locator = page.getByRole('region', { name: 'Your corrections' });
	await corrections.getByRole('button', { name: 'Undo the correction of Capitol Hill' }).click();
	await expect(corrections).toBeHidden();
	expect(await pins(page, 'Capitol Hill')).toEqual(before);
	await expect.poll(() => new URL(page.url()).searchParams.getAll('fix')).toHaveLength(0);
});
