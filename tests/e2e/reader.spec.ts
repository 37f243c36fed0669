import { test, expect } from './fixtures';
import {
	article,
	clickMarker,
	liveRegion,
	markerOf,
	markers,
	mentionCount,
	mentionLinks,
	openReader,
	placeItem
} from './reader';

test.describe('the map reader', () => {
	test('a mention opens its place on the map, and says which mention it is', async ({ page }) => {
		await openReader(page);
		const total = await mentionLinks(page).count();
		expect(total).toBeGreaterThan(0);

		const baghdad = article(page).getByRole('link', { name: 'Baghdad', exact: true }).first();
		await baghdad.click();
		const popup = page.getByRole('dialog', { name: 'Baghdad' });
		await expect(popup).toBeVisible();
		await expect(popup).toContainText('Iraq');
		await expect(popup).toContainText(/\d+\.\d{4}° N, \d+\.\d{4}° E/);
		await expect(popup).toContainText(/\d+%/);
		await expect(popup.locator('mark')).toHaveText('Baghdad');
		await expect(baghdad).toHaveAttribute('aria-current', 'true');

		const index = Number(await baghdad.getAttribute('data-mention'));
		await expect(liveRegion(page)).toHaveText(`Mention ${index + 1} of ${total}: Baghdad, Iraq`);
		// The map flew there: the place's marker is inside the map.
		await expect(markerOf(page, 'Baghdad').first()).toBeInViewport();
	});

	test('a marker opens its passages, steps through them and scrolls the text', async ({ page }) => {
		await openReader(page);
		const count = await mentionCount(page, 'Camp Taji');
		expect(count).toBeGreaterThan(0);
		await expect(markerOf(page, 'Camp Taji')).not.toHaveCount(0);

		await clickMarker(page, 'Camp Taji');
		const popup = page.getByRole('dialog', { name: 'Camp Taji' });
		await expect(popup).toBeVisible();
		await expect(popup).toContainText(`1 of ${count}`);
		const current = article(page).locator('[aria-current="true"]');
		await expect(current).toBeInViewport();
		const first = await current.getAttribute('data-mention');

		if (count > 1) {
			await popup.getByRole('button', { name: 'Next mention of Camp Taji' }).click();
			await expect(popup).toContainText(`2 of ${count}`);
			await expect(current).not.toHaveAttribute('data-mention', first!);
			await expect(current).toBeInViewport();
		}
		await page.keyboard.press('Escape');
		await expect(popup).toBeHidden();
	});

	test('overlapping markers open as a list, and every place has a marker', async ({ page }) => {
		await openReader(page);
		const places = await page.locator('#places li').count();
		// Every place is on the map: alone, or counted in a group.
		const counted = await markers(page)
			.getByRole('button')
			.evaluateAll((buttons) =>
				buttons.reduce((n, b) => n + Number(b.getAttribute('data-group') ?? 1), 0)
			);
		expect(counted).toBe(places);

		// A group in view (the first view frames the story's main places; others lie outside).
		const box = (await page.getByTestId('map').boundingBox())!;
		const inView = await markers(page)
			.locator('[data-group]')
			.evaluateAll(
				(buttons, b) =>
					buttons.findIndex((button) => {
						const r = button.getBoundingClientRect();
						const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
						return x > b.x && y > b.y && x < b.x + b.width && y < b.y + b.height;
					}),
				box
			);
		if (inView < 0) test.skip(true, 'no markers overlap at this view');
		const group = markers(page).locator('[data-group]').nth(inView);
		const size = Number(await group.getAttribute('data-group'));
		await group.click();
		const list = page.getByRole('dialog', { name: `${size} places here` });
		await expect(list).toBeVisible();
		await expect(list.getByRole('listitem')).toHaveCount(size);
		await expect(liveRegion(page)).toContainText(`${size} places here`);
	});

	test('j/k and the arrow keys step through mentions in reading order; Escape closes', async ({
		page
	}) => {
		await openReader(page);
		const total = await mentionLinks(page).count();
		await page.keyboard.press('j');
		await expect(liveRegion(page)).toHaveText(new RegExp(`^Mention 1 of ${total}: `));
		await page.keyboard.press('j');
		await expect(liveRegion(page)).toHaveText(new RegExp(`^Mention 2 of ${total}: `));
		await page.keyboard.press('k');
		await expect(liveRegion(page)).toHaveText(new RegExp(`^Mention 1 of ${total}: `));
		await page.keyboard.press('k');
		await expect(liveRegion(page)).toHaveText(new RegExp(`^Mention ${total} of ${total}: `));
		await expect(page.getByRole('dialog')).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('dialog')).toBeHidden();

		// From a focused mention, Enter selects it (focus goes to its popup, and Escape brings it
		// back), and the arrows move focus along the text.
		const second = mentionLinks(page).nth(1);
		await second.focus();
		await page.keyboard.press('Enter');
		await expect(second).toHaveAttribute('aria-current', 'true');
		await page.keyboard.press('Escape');
		await expect(second).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect(mentionLinks(page).nth(2)).toBeFocused();
		await expect(mentionLinks(page).nth(2)).toHaveAttribute('aria-current', 'true');
		await expect(liveRegion(page)).toHaveText(new RegExp(`^Mention 3 of ${total}: `));
	});

	test('Tab reaches mentions and markers', async ({ page }) => {
		await openReader(page);
		await page.locator('body').press('Tab');
		let reachedMention = false;
		let reachedMarker = false;
		for (let i = 0; i < 400 && !(reachedMention && reachedMarker); i++) {
			const where = await page.evaluate(() => {
				const el = document.activeElement;
				return { mention: !!el?.matches('a.mention'), marker: !!el?.matches('.marker') };
			});
			reachedMention ||= where.mention;
			reachedMarker ||= where.marker;
			await page.keyboard.press('Tab');
		}
		expect(reachedMention).toBe(true);
		expect(reachedMarker).toBe(true);
	});

	test('hovering a mention highlights its marker, and hovering a marker its mentions', async ({
		page
	}) => {
		await openReader(page);
		const baghdad = article(page).getByRole('link', { name: 'Baghdad', exact: true }).first();
		await baghdad.hover();
		await expect(markerOf(page, 'Baghdad').first()).toHaveClass(/\bhovered\b/);

		// A marker of one place, inside the map's visible area.
		const map = (await page.getByTestId('map').boundingBox())!;
		const singles = markers(page).locator('.marker:not(.group)');
		let single = singles.first();
		for (const candidate of await singles.all()) {
			const box = await candidate.boundingBox();
			if (box && box.x > map.x && box.y > map.y && box.x + box.width < map.x + map.width) {
				single = candidate;
				break;
			}
		}
		const id = await single.getAttribute('data-place');
		const name = await single.getAttribute('aria-label');
		await single.hover();
		const highlighted = article(page).locator('a.mention.hovered');
		await expect(highlighted).not.toHaveCount(0);
		expect(await highlighted.count()).toBe(await mentionCount(page, name!));
		expect(id).toBeTruthy();
	});

	test('choosing a place in the list selects it', async ({ page }) => {
		await openReader(page);
		const list = page.getByRole('region', { name: 'Places in this article' });
		const items = list.getByRole('listitem');
		await expect(items).not.toHaveCount(0);
		// Literal places come first: the first item is not marked associative only.
		await expect(items.first()).not.toContainText('associative only');
		const choose = items.nth(1).getByRole('button');
		const name = (await choose.textContent())!.replace(/^\s*\d+\s*/, '').trim();
		await choose.click();
		await expect(page.getByRole('dialog', { name })).toBeVisible();
		await expect(choose).toHaveAttribute('aria-pressed', 'true');
	});

	/**
	 * Clicks the Baghdad mention and returns the most distinct positions any one marker took while
	 * the camera moved: one per frame along a flight, one after a jump. Every marker counts, not
	 * only Baghdad's: along the flight Baghdad shares a group marker with its neighbours most of
	 * the way, and on a loaded machine a flight has few frames left once it stands alone.
	 */
	async function markerPositionsWhileMoving(page: import('@playwright/test').Page) {
		await page.evaluate(() => {
			const seen = new Map<string, Set<string>>();
			(window as unknown as { positions: Map<string, Set<string>> }).positions = seen;
			const record = () => {
				for (const marker of document.querySelectorAll<HTMLElement>('.markers .marker')) {
					const label = marker.getAttribute('aria-label') ?? '';
					let positions = seen.get(label);
					if (!positions) seen.set(label, (positions = new Set()));
					positions.add(marker.style.translate);
				}
			};
			new MutationObserver(record).observe(document.querySelector('.markers')!, {
				subtree: true,
				childList: true,
				attributes: true,
				attributeFilter: ['style']
			});
		});
		await article(page).getByRole('link', { name: 'Baghdad', exact: true }).first().click();
		await expect(page.getByRole('dialog', { name: 'Baghdad' })).toBeVisible();
		await expect(
			markers(page).getByRole('button', { name: 'Baghdad', exact: true })
		).toBeInViewport();
		await page.waitForTimeout(1500);
		return page.evaluate(() =>
			Math.max(
				0,
				...[
					...(window as unknown as { positions: Map<string, Set<string>> }).positions.values()
				].map((p) => p.size)
			)
		);
	}

	test('reduced motion: a mention jumps the map instead of flying', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openReader(page);
		expect(await markerPositionsWhileMoving(page)).toBe(1);
	});

	test('without reduced motion the map flies (the check above can tell the two apart)', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		await openReader(page);
		expect(await markerPositionsWhileMoving(page)).toBeGreaterThan(3);
	});

	test('phone: map above the text, both usable', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await openReader(page);
		const map = (await page.getByTestId('map').boundingBox())!;
		const heading = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
		expect(map.y + map.height).toBeLessThanOrEqual(heading.y + 1);
		expect(map.height).toBeGreaterThan(200);
		expect(map.width).toBeGreaterThan(380);

		await article(page).getByRole('link', { name: 'Baghdad', exact: true }).first().click();
		const popup = page.getByRole('dialog', { name: 'Baghdad' });
		await expect(popup).toBeInViewport();
		await expect(article(page).locator('[aria-current="true"]')).toBeInViewport();
		// No sideways scrolling on a phone.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
	});

	test('phone: an area chosen after a point still fits the map (the popup’s room counted once)', async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const consoleMessages: string[] = [];
		page.on('console', (m) => consoleMessages.push(m.text()));
		await openReader(page);
		const center = async () =>
			(await page.getByTestId('map').getAttribute('data-center'))!.split(',').map(Number);

		await article(page).getByRole('link', { name: 'Camp Taji' }).first().click();
		await expect(page.getByRole('dialog', { name: 'Camp Taji' })).toBeVisible();
		await expect.poll(async () => (await center())[1]).toBeGreaterThan(33.3);

		// Karbala Province lies south-west of Baghdad, between 32° and 33° N.
		await article(page).getByRole('link', { name: 'Karbala Province' }).first().click();
		await expect(page.getByRole('dialog', { name: 'Karbala', exact: true })).toBeVisible();
		await expect.poll(async () => (await center())[1]).toBeLessThan(33);
		const [lng, lat] = await center();
		expect(lng).toBeGreaterThan(42.5);
		expect(lng).toBeLessThan(44.5);
		expect(lat).toBeGreaterThan(31.5);
		expect(consoleMessages.filter((m) => /cannot fit/i.test(m))).toEqual([]);
	});

	test('labels use glyphs the app serves itself', async ({ page, baseURL }) => {
		const glyphs: string[] = [];
		page.on('request', (r) => {
			if (new URL(r.url()).pathname.startsWith('/glyphs/')) glyphs.push(r.url());
		});
		await openReader(page);
		expect(glyphs.length).toBeGreaterThan(0);
		for (const url of glyphs) {
			expect(new URL(url).origin).toBe(new URL(baseURL!).origin);
			expect(new URL(url).pathname).toMatch(/^\/glyphs\/Noto%20Sans%20\w+\/\d+-\d+\.pbf$/);
		}
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the article shows its places marked, and the place list its coordinates', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Camp Taji');
		await expect(mentionLinks(page)).not.toHaveCount(0);
		await expect(
			article(page).getByRole('link', { name: 'Baghdad', exact: true }).first()
		).toBeVisible();
		const list = page.getByRole('region', { name: 'Places in this article' });
		await expect(placeItem(list, 'Baghdad')).toContainText(/\d+\.\d{4}° N, \d+\.\d{4}° E/);
		await expect(list.getByRole('listitem').filter({ hasText: 'Camp Taji' })).toContainText(
			/mention/
		);
	});
});
