import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { test, expect } from './fixtures';
import {
	article,
	freshPage,
	markers,
	mentionLinks,
	mentionsNamed,
	openPasted,
	openReader
} from './reader';

const map = (page: Page) => page.getByTestId('map');
const mention = (page: Page, name: string, nth = 0) => mentionsNamed(page, name).nth(nth);
const titles = (page: Page, name: string) =>
	mentionsNamed(page, name).evaluateAll((links) => links.map((a) => a.getAttribute('title') ?? ''));

/** Selects `words` in the article's paragraph that contains `context`, as a drag would. */
async function selectWords(page: Page, context: string, words: string) {
	await page.evaluate(
		({ context, words }) => {
			const paragraph = [...document.querySelectorAll('article p[data-start]')].find((p) =>
				p.textContent?.includes(context)
			)!;
			const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
			const range = document.createRange();
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const at = node.textContent!.indexOf(words);
				if (at < 0) continue;
				range.setStart(node, at);
				range.setEnd(node, at + words.length);
				break;
			}
			const selection = document.getSelection()!;
			selection.removeAllRanges();
			selection.addRange(range);
		},
		{ context, words }
	);
}

/** The centre of `words` in the article paragraph containing `context`, on screen. */
async function wordCentre(page: Page, context: string, words: string) {
	return page.evaluate(
		({ context, words }) => {
			const paragraph = [...document.querySelectorAll('article p[data-start]')].find((p) =>
				p.textContent?.includes(context)
			)!;
			const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const at = node.textContent!.indexOf(words);
				if (at < 0) continue;
				const range = document.createRange();
				range.setStart(node, at);
				range.setEnd(node, at + words.length);
				range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
				const rect = range.getBoundingClientRect();
				return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
			}
			throw new Error(`${words} not found`);
		},
		{ context, words }
	);
}

test.describe('tag a missed place', () => {
	test('by mouse: a word inside a longer name, the search opens with it, choose an entry', async ({
		page
	}) => {
		await openReader(page);
		const mentions = await mentionLinks(page).count();
		// A double-click selects one word, as a reader would: "Scottish" in a regiment's name.
		const spot = await wordCentre(page, 'Irish Yeomanry', 'Scottish');
		await page.mouse.dblclick(spot.x, spot.y);
		await page.getByRole('button', { name: /^Mark “Scottish” as place/ }).click();
		const dialog = page.getByRole('dialog', { name: 'Mark “Scottish” as a place' });
		const search = dialog.getByRole('combobox');
		await expect(search).toBeFocused();
		await expect(search).toHaveValue('Scottish');
		await search.fill('Scotland');
		await dialog.getByRole('option', { name: /^Scotland province or state/ }).click();
		await expect(dialog).toBeHidden();
		await expect(mentionLinks(page)).toHaveCount(mentions + 1);
		const added = article(page).getByRole('link', { name: 'Scottish', exact: true });
		await expect(added).toHaveAttribute('title', /^Scotland, United Kingdom/);
		await expect(added).toHaveAttribute('aria-current', 'true');
		await expect(page.getByRole('dialog', { name: 'Scotland' })).toBeVisible();
		await expect(page).toHaveURL(/[?&]add=\d+_\d+_admin1%3AGB\.SCT/);
		await expect(page).toHaveURL(/[?&]v=2/);
	});
});

test.describe('tag a missed place, by keyboard', () => {
	test('a selection, M, type in the search, arrow and Enter', async ({ page }) => {
		await openReader(page);
		await selectWords(page, 'Irish Yeomanry', 'Scottish');
		await page.keyboard.press('m');
		const dialog = page.getByRole('dialog', { name: 'Mark “Scottish” as a place' });
		const search = dialog.getByRole('combobox', { name: 'Search the gazetteer' });
		await expect(search).toBeFocused();
		await search.fill('');
		await search.pressSequentially('Scotland', { delay: 20 });
		await expect(dialog.getByRole('option').first()).toBeVisible();
		await search.press('ArrowDown');
		await search.press('Enter');
		await expect(dialog).toBeHidden();
		expect(await titles(page, 'Scottish')).toEqual([expect.stringMatching(/^Scotland\b/)]);
		// Escape on a second marking closes it and gives focus back.
		await selectWords(page, 'Irish Yeomanry', 'Yeomanry');
		await page.keyboard.press('m');
		await expect(page.getByRole('dialog', { name: /^Mark “Yeomanry”/ })).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('dialog', { name: /^Mark “Yeomanry”/ })).toBeHidden();
	});
});

test.describe('pin it yourself', () => {
	test('by clicking the map: an area with a radius', async ({ page }) => {
		await openReader(page);
		await selectWords(page, 'Irish Yeomanry', 'North Irish Yeomanry');
		await page.getByRole('button', { name: /^Mark “North Irish Yeomanry” as place/ }).click();
		const dialog = page.getByRole('dialog', { name: 'Mark “North Irish Yeomanry” as a place' });
		await dialog.getByRole('button', { name: 'Pick on the map' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Click the map' })).toBeVisible();
		const box = (await map(page).boundingBox())!;
		await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.4);
		const coordinates = dialog.getByRole('textbox', { name: 'Coordinates' });
		await expect(coordinates).toHaveValue(/^-?\d+\.\d{5}, -?\d+\.\d{5}$/);
		await expect(page.getByTestId('pick-spot')).toBeVisible();
		await dialog.getByRole('radio', { name: 'Area' }).check();
		await dialog.getByRole('spinbutton').fill('40');
		await dialog.getByRole('button', { name: 'Pin “North Irish Yeomanry” here' }).click();
		await expect(dialog).toBeHidden();
		await expect(page).toHaveURL(/[?&]add=\d+_\d+_a-?[\d.]+_-?[\d.]+_40(&|$)/);
		await expect(
			markers(page).getByRole('button', { name: 'North Irish Yeomanry', exact: true })
		).toBeVisible();
		await expect(page.getByRole('listitem').filter({ hasText: 'placed by a reader' })).toHaveCount(
			1
		);
	});

	test('by typing degrees, minutes and seconds, for an existing mention', async ({ page }) => {
		await openReader(page);
		await mention(page, 'Taji').click();
		const popup = page.getByRole('dialog', { name: 'Taji' });
		await popup.getByRole('button', { name: 'Wrong place?' }).click();
		const coordinates = popup.getByRole('textbox', { name: 'Coordinates' });
		await coordinates.fill('33°31′N 44°14′E');
		await expect(popup.getByText('33.5167° N, 44.2333° E')).toBeVisible();
		await popup.getByRole('button', { name: 'Pin “Taji” here' }).click();
		await expect(page).toHaveURL(/[?&]fix=taji%7Ep33\.51667_44\.23333(&|$)/);
		await expect(mention(page, 'Taji')).toHaveAttribute('title', /^Taji \(place/);
	});
});

test.describe('fix one mention or all', () => {
	test('“this mention only” leaves the name’s other mentions alone', async ({ page }) => {
		await openReader(page);
		const before = (await titles(page, 'Iraq')).length;
		expect(before).toBeGreaterThan(2);
		await mention(page, 'Iraq', 1).click();
		const popup = page.getByRole('dialog', { name: 'Iraq' });
		await popup.getByRole('button', { name: 'Wrong place?' }).click();
		await expect(
			popup.getByRole('radio', { name: `all ${before} mentions of “Iraq”` })
		).toBeChecked();
		await popup.getByRole('radio', { name: 'this mention only' }).check();
		await popup.getByRole('button', { name: 'Not a place' }).click();
		expect((await titles(page, 'Iraq')).length).toBe(before - 1);
		await expect(article(page)).toContainText('Iraq');
		await expect(page).toHaveURL(/[?&]one=\d+_none(&|$)/);
		// Listed with an undo, which brings it back.
		await page
			.getByRole('button', { name: /^Undo: “Iraq” \(this mention only\): not a place/ })
			.click();
		expect((await titles(page, 'Iraq')).length).toBe(before);
	});
});

/** A story of ours with places the parser is unsure of (Lake Titicaca, Copacabana). */
const LOW_CONFIDENCE_STORY =
	'Protesters blocked the highway between Cochabamba and Santa Cruz on Thursday, cutting ' +
	"Bolivia's two largest economies apart. In El Alto, the sprawling city above La Paz, queues " +
	"at petrol stations stretched for blocks. Lake Titicaca's tourist towns, including " +
	'Copacabana, reported cancellations. In Sucre, students marched to the Supreme Court.';

test.describe('uncertainty and review', () => {
	test('low-confidence places are flagged; review steps through them by keyboard', async ({
		page
	}) => {
		// The demo's places are all confidently placed: a story with doubtful ones, pasted.
		await openPasted(page, 'Roadblocks in Bolivia', LOW_CONFIDENCE_STORY);
		const places = page.getByRole('region', { name: 'Places in this article' });
		const low = places.getByRole('listitem').filter({ hasText: /low confidence/ });
		await expect(low.first()).toBeVisible();
		// The filter keeps only them.
		await page.getByRole('combobox', { name: 'Confidence' }).selectOption('low');
		const list = places.getByRole('listitem');
		await expect(list.first()).toContainText('low confidence');
		for (const text of await list.allTextContents()) expect(text).toMatch(/low confidence/);
		// On the map, a doubtful place is drawn apart (a dashed ring and a question mark).
		const lowMarker = markers(page).locator('.marker.low').first();
		await expect(lowMarker).toBeVisible();
		expect(await lowMarker.evaluate((el) => getComputedStyle(el, '::after').content)).toContain(
			'?'
		);
		await expect(lowMarker).toHaveAttribute('title', /low confidence \(\d+%\)/);
		await page.getByRole('combobox', { name: 'Confidence' }).selectOption('any');
		const launch = page.getByRole('button', { name: /^Review places \(\d+ to check\)/ });
		const waiting = Number(/\((\d+)/.exec((await launch.textContent())!)![1]);
		await launch.click();
		const review = page.getByRole('dialog', { name: /^Review 1 of \d+: / });
		await expect(review).toBeFocused();
		const first = (await review.getByRole('heading').textContent())!.replace(
			/^Review 1 of \d+: /,
			''
		);
		await expect(review.getByRole('button', { name: 'Accept' })).toHaveAttribute(
			'aria-keyshortcuts',
			'A'
		);
		await page.keyboard.press('a');
		await expect(page.getByRole('dialog', { name: /^Review 2 of / })).toBeVisible();
		const second = (await page
			.getByRole('dialog', { name: /^Review 2 of / })
			.getByRole('heading')
			.textContent())!.replace(/^Review 2 of \d+: /, '');
		await page.keyboard.press('n');
		await expect(page.getByRole('dialog', { name: /^Review 3 of / })).toBeVisible();
		await page.keyboard.press('s');
		await page.keyboard.press('Escape');
		await expect(page.getByRole('dialog', { name: /^Review/ })).toBeHidden();
		await expect(launch).toBeFocused();
		const firstName = first.split(',')[0]!;
		await expect(
			page.getByRole('listitem').filter({ hasText: firstName }).filter({ hasText: 'checked' })
		).toHaveCount(1);
		await expect(
			page.getByRole('button', { name: `Review places (${waiting - 2} to check)` })
		).toBeVisible();
		const url = new URL(page.url());
		expect(url.searchParams.getAll('ok')).toHaveLength(1);
		expect(second).not.toBe(first);
	});

	test('review by pointer: Change re-pins through the search', async ({ page }) => {
		await openReader(page);
		await page.getByRole('button', { name: /^Review places/ }).click();
		const review = page.getByRole('dialog', { name: /^Review 1 of / });
		await review.getByRole('button', { name: 'Change' }).click();
		const search = review.getByRole('combobox', { name: 'Search the gazetteer' });
		await expect(search).toBeFocused();
		await search.pressSequentially('Baghdad', { delay: 20 });
		await review.getByRole('option', { name: /^Baghdad city/ }).click();
		await expect(page.getByRole('dialog', { name: /^Review 2 of / })).toBeVisible();
	});
});

test.describe('find and filter', () => {
	test('the list and the map keep only what the filter keeps', async ({ page }) => {
		await openReader(page);
		const list = page.getByRole('region', { name: 'Places in this article' }).getByRole('listitem');
		const all = await list.count();
		await page.getByRole('searchbox', { name: 'Find a place' }).fill('tehr');
		await expect(list).toHaveCount(1);
		await expect(list.first()).toContainText('Tehran');
		await expect(map(page)).toHaveAttribute('data-markers', '1');
		await expect(
			page.getByRole('status').filter({ hasText: `Showing 1 of ${all} places.` })
		).toBeVisible();
		await page.getByRole('button', { name: 'Show all' }).click();
		await expect(list).toHaveCount(all);
		// (The confidence filter is tried on a story with doubtful places, above.)
		await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'country' });
		for (const text of await list.allTextContents()) expect(text).toMatch(/· country/);
		await page.getByRole('combobox', { name: 'Role' }).selectOption('associative');
		await page.getByRole('combobox', { name: 'Checked' }).selectOption('unchecked');
		await page.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'Russia' });
		await expect(list).toHaveCount(1);
		await expect(list.first()).toContainText('Russia');
	});
});

test.describe('every passage of a place', () => {
	test('listed in the popup, each a link to its spot in the text', async ({ page }) => {
		await openReader(page);
		await mention(page, 'Iran').click();
		const popup = page.getByRole('dialog', { name: 'Iran' });
		const count = (await titles(page, 'Iran')).length;
		await popup.getByText(/^All \d+ passages$/).click();
		const links = popup.getByRole('link');
		expect(await links.count()).toBeGreaterThanOrEqual(count);
		const third = links.nth(2);
		const href = (await third.getAttribute('href'))!;
		await third.click();
		const target = page.locator(href);
		await expect(target).toHaveAttribute('aria-current', 'true');
		await expect(target).toBeFocused();
		await expect(target).toBeInViewport();
	});
});

/** Tag "Scottish" as Scotland, pin "Yeomanry" by coordinates, drop one "Iraq", accept a place. */
async function annotate(page: Page) {
	await selectWords(page, 'Irish Yeomanry', 'Scottish');
	await page.keyboard.press('m');
	const tag = page.getByRole('dialog', { name: 'Mark “Scottish” as a place' });
	await tag.getByRole('combobox').fill('Scotland');
	await tag.getByRole('option', { name: /^Scotland province or state/ }).click();
	await expect(tag).toBeHidden();

	await selectWords(page, 'Irish Yeomanry', 'Yeomanry');
	await page.keyboard.press('m');
	const pin = page.getByRole('dialog', { name: 'Mark “Yeomanry” as a place' });
	await pin.getByRole('textbox', { name: 'Coordinates' }).fill('54.6, -5.93');
	await pin.getByRole('button', { name: 'Pin “Yeomanry” here' }).click();
	await expect(pin).toBeHidden();

	await mention(page, 'Iraq', 1).click();
	const popup = page.getByRole('dialog', { name: 'Iraq' });
	await popup.getByRole('button', { name: 'Wrong place?' }).click();
	await popup.getByRole('radio', { name: 'this mention only' }).check();
	await popup.getByRole('button', { name: 'Not a place' }).click();

	await page.getByRole('button', { name: /^Review places/ }).click();
	const review = page.getByRole('dialog', { name: /^Review 1 of / });
	const accepted = (await review.getByRole('heading').textContent())!
		.replace(/^Review 1 of \d+: /, '')
		.split(',')[0]!;
	await review.getByRole('button', { name: 'Accept' }).click();
	await page.keyboard.press('Escape');
	return accepted;
}

/** What the reader shows of those edits. */
async function expectAnnotated(page: Page, accepted: string, iraq: number) {
	expect(await titles(page, 'Scottish')).toEqual([expect.stringMatching(/^Scotland\b/)]);
	expect(await titles(page, 'Yeomanry')).toEqual([expect.stringMatching(/^Yeomanry \(place/)]);
	expect((await titles(page, 'Iraq')).length).toBe(iraq);
	const places = page.getByRole('region', { name: 'Places in this article' });
	await expect(
		places.getByRole('listitem').filter({ hasText: accepted }).filter({ hasText: '✓ checked' })
	).toHaveCount(1);
	await expect(places.getByRole('listitem').filter({ hasText: 'placed by a reader' })).toHaveCount(
		2
	);
	const yours = page.getByRole('region', { name: 'Your corrections' });
	await expect(yours.getByRole('button', { name: /^Undo/ })).toHaveCount(4);
}

test.describe('it all travels', () => {
	// Many steps, then a second browser: three times the usual time on a busy machine.
	test.slow();
	test('a fresh browser opens a link carrying every kind of edit, exactly', async ({
		page,
		browser,
		baseURL
	}) => {
		await openReader(page);
		const iraq = (await titles(page, 'Iraq')).length;
		const accepted = await annotate(page);
		await expectAnnotated(page, accepted, iraq - 1);
		const link = page.url();
		expect(link.length).toBeLessThan(2000);
		const params = new URL(link).searchParams;
		expect(params.get('v')).toBe('2');
		expect(params.getAll('add')).toHaveLength(2);
		expect(params.getAll('one')).toHaveLength(1);
		expect(params.getAll('ok')).toHaveLength(1);

		const other = await freshPage(browser, baseURL!);
		await other.page.goto(link);
		await expect(map(other.page)).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		await expectAnnotated(other.page, accepted, iraq - 1);
		await expect(other.page.getByText(/could not be used|was dropped/)).toHaveCount(0);
		expect(other.page.url()).toBe(link);
		expect(other.problems).toEqual([]);
		await other.context.close();
	});

	test('a stored article: downloads say who placed what; the embed shows it', async ({ page }) => {
		await page.goto('/new');
		await page.getByLabel('Title').fill('Yeomanry report');
		await page
			.getByLabel('Article text')
			.fill(
				'One of the soldiers who died served with the Scottish and North Irish Yeomanry.\n\nShe died after missiles were fired at Camp Taji, north of Baghdad, in Iraq. Iraq protested.'
			);
		await page.getByRole('button', { name: 'Make the map' }).click();
		await expect(page).toHaveURL(/\/a\/[A-Za-z0-9_-]{16}$/);
		await expect(map(page)).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		await selectWords(page, 'Irish Yeomanry', 'Yeomanry');
		await page.keyboard.press('m');
		const pin = page.getByRole('dialog', { name: 'Mark “Yeomanry” as a place' });
		await pin.getByRole('textbox', { name: 'Coordinates' }).fill('54°36′N 5°56′W');
		await pin.getByRole('button', { name: 'Pin “Yeomanry” here' }).click();
		await expect(page).toHaveURL(/add=/);

		const get = async (name: string) =>
			page.request.get((await page.getByRole('link', { name, exact: true }).getAttribute('href'))!);
		const geojson = (await (await get('GeoJSON')).json()) as {
			features: { properties: { name: string; source: string; mentions: { source: string }[] } }[];
		};
		const yeomanry = geojson.features.find((f) => f.properties.name === 'Yeomanry')!;
		expect(yeomanry.properties.source).toBe('reader');
		expect(yeomanry.properties.mentions[0]!.source).toBe('reader');
		expect(geojson.features.filter((f) => f.properties.source === 'parser').length).toBeGreaterThan(
			0
		);

		const csv = await (await get('CSV')).text();
		const [header, ...rows] = csv.trim().split('\r\n');
		expect(header!.split(',').slice(-4)).toEqual(['source', 'checked', 'status', 'part']);
		expect(rows.find((r) => r.includes(',Yeomanry,'))).toMatch(/,reader,false,resolved,text$/);

		const kml = await (await get('KML')).text();
		expect(kml).toContain('<Data name="source"><value>reader</value></Data>');
		expect(kml).toContain('North Irish [Yeomanry].');
		expect(kml).not.toMatch(/” at \d+–\d+/);

		await page.getByText('Embed', { exact: true }).click();
		const snippet = await page.getByRole('textbox', { name: /Paste this/ }).inputValue();
		const src = new URL(/src="([^"]+)"/.exec(snippet)![1]!.replaceAll('&amp;', '&'));
		await page.goto(src.pathname + src.search);
		await expect(map(page)).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		expect(await titles(page, 'Yeomanry')).toEqual([expect.stringMatching(/^Yeomanry \(place/)]);
	});

	test('a private link (/view) carries the edits too', async ({ page, browser, baseURL }) => {
		await page.goto('/new');
		await page.getByLabel('Title').fill('Private yeomanry');
		await page
			.getByLabel('Article text')
			.fill('She served with the Scottish and North Irish Yeomanry, and died near Baghdad.');
		await page.getByRole('button', { name: 'Make a private link' }).click();
		await expect(map(page)).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		await selectWords(page, 'Irish Yeomanry', 'Scottish');
		await page.keyboard.press('m');
		const tag = page.getByRole('dialog', { name: 'Mark “Scottish” as a place' });
		await tag.getByRole('combobox').fill('Scotland');
		await tag.getByRole('option', { name: /^Scotland province or state/ }).click();
		await expect(page).toHaveURL(/add=.*#t=/);
		const other = await freshPage(browser, baseURL!);
		await other.page.goto(page.url());
		await expect(map(other.page)).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		expect(await titles(other.page, 'Scottish')).toEqual([expect.stringMatching(/^Scotland\b/)]);
		expect(other.problems).toEqual([]);
		await other.context.close();
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	test.slow();

	test('tag by tapping the button, pin by coordinates, review by tapping', async ({ page }) => {
		await openReader(page);
		await selectWords(page, 'Irish Yeomanry', 'Yeomanry');
		await page.getByRole('button', { name: /^Mark “Yeomanry” as place/ }).tap();
		const dialog = page.getByRole('dialog', { name: 'Mark “Yeomanry” as a place' });
		await expect(dialog).toBeInViewport();
		await dialog.getByRole('textbox', { name: 'Coordinates' }).fill('54.6 -5.93');
		await dialog.getByRole('button', { name: 'Pin “Yeomanry” here' }).tap();
		expect(await titles(page, 'Yeomanry')).toEqual([expect.stringMatching(/^Yeomanry \(place/)]);

		await page.getByRole('button', { name: /^Review places/ }).tap();
		const review = page.getByRole('dialog', { name: /^Review 1 of / });
		await expect(review).toBeInViewport();
		await review.getByRole('button', { name: 'Skip' }).tap();
		await expect(page.getByRole('dialog', { name: /^Review 2 of / })).toBeVisible();
		await page
			.getByRole('dialog', { name: /^Review 2 of / })
			.getByRole('button', { name: 'Accept' })
			.tap();
		await expect(page.getByRole('dialog', { name: /^Review 3 of / })).toBeVisible();
		await page.getByRole('button', { name: 'Close review' }).tap();

		await page.getByRole('searchbox', { name: 'Find a place' }).fill('bagh');
		await expect(map(page)).toHaveAttribute('data-markers', '1');
	});
});

test.describe('accept without review', () => {
	test('the popup’s Accept, by keyboard: checked in the popup, the list, the map and the link', async ({
		page
	}, info) => {
		await openReader(page);
		await mention(page, 'Taji').focus();
		await page.keyboard.press('Enter');
		const popup = page.getByRole('dialog', { name: 'Taji' });
		const accept = popup.getByRole('button', { name: 'Accept' });
		await expect(accept).toHaveAttribute('aria-pressed', 'false');
		// Reached with Tab from where the popup puts focus, pressed with the space bar.
		for (let i = 0; i < 30 && !(await accept.evaluate((el) => el === document.activeElement)); i++)
			await page.keyboard.press('Tab');
		await expect(accept).toBeFocused();
		await page.keyboard.press('Space');
		await expect(accept).toHaveAttribute('aria-pressed', 'true');
		await expect(popup).toContainText('✓ checked');
		await expect(page).toHaveURL(/[?&]ok=[^&]+/);
		await expect(markers(page).getByRole('button', { name: 'Taji', exact: true })).toHaveAttribute(
			'title',
			/checked/
		);
		await expect(mention(page, 'Taji')).toHaveAttribute('title', /^Taji\b.*, checked\)$/);
		await page.getByRole('combobox', { name: 'Checked' }).selectOption('checked');
		const list = page.getByRole('region', { name: 'Places in this article' }).getByRole('listitem');
		await expect(list).toHaveCount(1);
		await expect(list.first()).toContainText('Taji');
		await expect(list.first()).toContainText('✓ checked');
		await page.screenshot({ path: info.outputPath('accepted.png') });
		expect(await seriousViolations(page)).toEqual([]);
		// Pressed again, the mark goes.
		await page.getByRole('button', { name: 'Show all' }).click();
		await mention(page, 'Taji').click();
		await popup.getByRole('button', { name: 'Accept' }).click();
		await expect(popup.getByRole('button', { name: 'Accept' })).toHaveAttribute(
			'aria-pressed',
			'false'
		);
		expect(new URL(page.url()).searchParams.getAll('ok')).toEqual([]);
	});
});

test.describe('the filter and the text', () => {
	test('mentions of the places filtered out are plain text, said to screen readers; Show all restores them', async ({
		page
	}, info) => {
		await openReader(page);
		const all = await mentionLinks(page).count();
		const tehran = (await titles(page, 'Tehran')).length;
		expect(tehran).toBeGreaterThan(0);
		await page.getByRole('searchbox', { name: 'Find a place' }).fill('tehr');
		await expect(mentionLinks(page)).toHaveCount(tehran);
		await expect(article(page).locator('.filtered[data-mention]')).toHaveCount(all - tehran);
		await expect(
			page.getByRole('status').filter({ hasText: 'of the others are plain text in the article' })
		).toContainText(`${all - tehran} mentions`);
		await page.screenshot({ path: info.outputPath('filtered-text.png') });
		expect(await seriousViolations(page)).toEqual([]);
		// j steps through the mentions still shown only.
		await page.locator('body').click({ position: { x: 5, y: 5 } });
		await page.keyboard.press('j');
		await expect(article(page).locator('a.mention[aria-current="true"]')).toHaveAttribute(
			'title',
			/^Tehran/
		);
		await page.keyboard.press('Escape');
		await page.getByRole('button', { name: 'Show all' }).click();
		await expect(mentionLinks(page)).toHaveCount(all);
		await expect(article(page).locator('.filtered')).toHaveCount(0);
	});
});

test.describe('accept and filter on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	test.slow();

	test('tap Accept in the popup; a filter turns the others’ mentions to plain text', async ({
		page
	}, info) => {
		await openReader(page);
		await mention(page, 'Baghdad').tap();
		const popup = page.getByRole('dialog', { name: 'Baghdad' });
		await popup.getByRole('button', { name: 'Accept' }).tap();
		await expect(popup.getByRole('button', { name: 'Accept' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await page.screenshot({ path: info.outputPath('phone-accepted.png') });
		expect(await seriousViolations(page)).toEqual([]);
		await popup.getByRole('button', { name: 'Close' }).tap();
		await page.getByRole('combobox', { name: 'Checked' }).selectOption('checked');
		await expect(mentionLinks(page)).toHaveCount((await titles(page, 'Baghdad')).length);
		await expect(article(page).locator('.filtered').first()).toBeAttached();
		await page.screenshot({ path: info.outputPath('phone-filtered.png'), fullPage: false });
		expect(await seriousViolations(page)).toEqual([]);
	});
});
