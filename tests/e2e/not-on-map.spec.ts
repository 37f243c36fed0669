import type { Browser, Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { test, expect } from './fixtures';
import { article, freshPage, markers, mentionsNamed } from './reader';

/** Written for this test: a lake the gazetteer lacks, whose namesake town is in another country. */
const ARTICLE = [
	'Floodwater from Manchar Lake spilled into villages near Sehwan, officials in Sindh said.',
	'Crews from Karachi and Hyderabad joined the effort in Pakistan on Monday. The level of Manchar Lake kept rising.'
].join('\n\n');

const map = (page: Page) => page.getByTestId('map');
const offMap = (page: Page) => page.getByRole('region', { name: 'Not on the map' });
const manchar = (page: Page) => mentionsNamed(page, 'Manchar Lake');

/** Stores the article (or makes a private link) and waits for its map. */
async function open(page: Page, button: 'Make the map' | 'Make a private link' = 'Make the map') {
	await page.goto('/new');
	await page.getByLabel('Title').fill('Manchar Lake floods');
	await page.getByLabel('Article text').fill(ARTICLE);
	await page.getByRole('button', { name: button }).click();
	if (button === 'Make the map') await expect(page).toHaveURL(/\/a\/[A-Za-z0-9_-]{16}$/);
	await expect(map(page)).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
}

/** A fresh browser opens `link` with both mentions of the lake placed and nothing off the map. */
async function expectPlacedElsewhere(browser: Browser, baseURL: string, link: string) {
	const other = await freshPage(browser, baseURL);
	await other.page.goto(link);
	await expect(map(other.page)).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await expect(manchar(other.page)).toHaveCount(3);
	await expect(offMap(other.page)).toHaveCount(0);
	expect(other.problems).toEqual([]);
	await other.context.close();
}

/** The export `name` (GeoJSON, CSV, KML) of the view as it is now. */
async function download(page: Page, name: string) {
	const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
	return page.request.get(href!);
}

test('a place the text names but the map cannot show is listed as not on the map', async ({
	page
}) => {
	await open(page);
	await expect(offMap(page)).toBeVisible();
	await expect(offMap(page).getByRole('listitem')).toHaveCount(1);
	await expect(offMap(page).getByRole('listitem')).toContainText('Manchar Lake');
	await expect(offMap(page).getByRole('status')).toContainText('could not find');
	// In the title (parsed with the text) and the text in its own style, never a link to a place.
	await expect(article(page).locator('.unresolved')).toHaveText([
		'Manchar Lake',
		'Manchar Lake',
		'Manchar Lake'
	]);
	await expect(manchar(page)).toHaveCount(0);

	// The map key shows that style and says what it means.
	const key = page.getByRole('group', { name: 'Map key' });
	await key.getByText('Key', { exact: true }).click();
	const entry = key.getByRole('listitem').filter({ hasText: 'not on the map' });
	await expect(entry).toBeVisible();
	const underline = (el: Locator) =>
		el.evaluate((node) => {
			const style = getComputedStyle(node);
			return [style.borderBottomStyle, style.borderBottomWidth, style.borderBottomColor];
		});
	const sample = await underline(entry.locator('.unresolved'));
	expect(sample[0]).toBe('dotted');
	expect(sample).toEqual(await underline(article(page).locator('.unresolved').first()));

	// Every export lists it, without coordinates.
	const geojson = (await (await download(page, 'GeoJSON')).json()) as {
		features: { geometry: unknown; properties: { name: string; status: string } }[];
	};
	const off = geojson.features.filter((f) => f.geometry === null);
	expect(off.map((f) => [f.properties.name, f.properties.status])).toEqual([
		['Manchar Lake', 'unresolved']
	]);
	const csv = await (await download(page, 'CSV')).text();
	const rows = csv.trim().split('\r\n');
	expect(rows[0]!.split(',').slice(-2)).toEqual(['status', 'part']);
	expect(rows.filter((r) => r.includes(',unresolved,'))).toHaveLength(3);
	expect(rows.filter((r) => r.endsWith(',unresolved,title'))).toHaveLength(1);
	expect(rows.find((r) => r.endsWith(',unresolved,text'))).toMatch(/^,Manchar Lake,,,,,\d+,\d+,/);
	const kml = await (await download(page, 'KML')).text();
	const description = kml.slice(0, kml.indexOf('<Placemark'));
	expect(description).toContain('Not on the map');
	expect(description).toContain('Floodwater from [Manchar Lake] spilled');
});

test('one click from the list: find it in the gazetteer; it travels in the link', async ({
	page,
	browser,
	baseURL
}, info) => {
	await open(page);
	await offMap(page).getByRole('button', { name: 'Find or pin “Manchar Lake”' }).click();
	const dialog = page.getByRole('dialog', { name: 'Find or pin “Manchar Lake”' });
	const search = dialog.getByRole('combobox', { name: 'Search the gazetteer' });
	await expect(search).toBeFocused();
	await expect(search).toHaveValue('Manchar Lake');
	await expect(dialog.getByRole('status').filter({ hasText: 'No places found.' })).toBeVisible();
	// "Pin it on the map" is right there.
	await expect(dialog.getByRole('button', { name: 'Pick on the map' })).toBeVisible();
	await page.screenshot({ path: info.outputPath('find-or-pin.png') });
	expect(await seriousViolations(page)).toEqual([]);

	await search.fill('Sehwan');
	await dialog.getByRole('option', { name: /^Sehwan city/ }).click();
	await expect(dialog).toBeHidden();
	// Every mention of the name (the title's too) is now the reader's place, and the list is gone.
	await expect(manchar(page)).toHaveCount(3);
	await expect(manchar(page).first()).toHaveAttribute('title', /^Sehwan, Sindh/);
	await expect(offMap(page)).toHaveCount(0);
	await expect(page).toHaveURL(/[?&]add=\d+_\d+_gn%3A1165789.*&add=/);
	const geojson = (await (await download(page, 'GeoJSON')).json()) as {
		features: { geometry: unknown; properties: { source: string; mentions: { text: string }[] } }[];
	};
	expect(geojson.features.filter((f) => f.geometry === null)).toEqual([]);
	const sehwan = geojson.features.find((f) =>
		f.properties.mentions.some((m) => m.text === 'Manchar Lake')
	)!;
	expect(sehwan.properties.mentions.map((m) => m.text)).toContain('Sehwan');

	// A fresh browser opens the link with it placed.
	await expectPlacedElsewhere(browser, baseURL!, page.url());
});

test('one click on the name in the text: pin it by coordinates, or say it is not a place', async ({
	page
}) => {
	await open(page);
	await article(page).getByRole('button', { name: 'Manchar Lake' }).first().click();
	const dialog = page.getByRole('dialog', { name: 'Find or pin “Manchar Lake”' });
	await dialog.getByRole('textbox', { name: 'Coordinates' }).fill('26°25′N 67°40′E');
	await dialog.getByRole('radio', { name: 'Area' }).check();
	await dialog.getByRole('spinbutton').fill('8');
	await dialog.getByRole('button', { name: 'Pin “Manchar Lake” here' }).click();
	await expect(dialog).toBeHidden();
	await expect(manchar(page)).toHaveCount(3);
	await expect(
		markers(page).getByRole('button', { name: 'Manchar Lake', exact: true })
	).toBeVisible();
	await expect(page).toHaveURL(/[?&]add=\d+_\d+_a26\.41667_67\.66667_8(&|$)/);
	const csv = await (await download(page, 'CSV')).text();
	expect(csv).not.toContain(',unresolved');

	// Undone, it is off the map again; "Not a place" then takes it off the list for good.
	const yours = page.getByRole('region', { name: 'Your corrections' });
	while ((await yours.getByRole('button', { name: /^Undo/ }).count()) > 0) {
		await yours.getByRole('button', { name: /^Undo/ }).first().click();
	}
	await expect(offMap(page)).toBeVisible();
	await article(page).getByRole('button', { name: 'Manchar Lake' }).last().click();
	await page
		.getByRole('dialog', { name: 'Find or pin “Manchar Lake”' })
		.getByRole('button', { name: 'Not a place' })
		.click();
	await expect(offMap(page)).toHaveCount(0);
	await expect(article(page).locator('.unresolved')).toHaveCount(0);
	await expect(page).toHaveURL(/[?&]fix=manchar\+lake%7Enone(&|$)/);
	const kml = await (await download(page, 'KML')).text();
	expect(kml).not.toContain('Not on the map');
});

test('review steps through names not on the map: Find, Pin, Not a place by keyboard', async ({
	page
}, info) => {
	await open(page);
	await page.getByRole('button', { name: /^Review places \(\d+ to check\)/ }).click();
	const review = page.getByRole('dialog', {
		name: /^Review 1 of \d+: “Manchar Lake”, not on the map/
	});
	await expect(review).toBeFocused();
	await expect(review.getByRole('button', { name: 'Find' })).toHaveAttribute(
		'aria-keyshortcuts',
		'F'
	);
	await expect(review.getByRole('button', { name: 'Pin' })).toHaveAttribute(
		'aria-keyshortcuts',
		'P'
	);
	await expect(review.getByRole('button', { name: 'Not a place' })).toHaveAttribute(
		'aria-keyshortcuts',
		'N'
	);
	await page.screenshot({ path: info.outputPath('review-off-map.png') });
	expect(await seriousViolations(page)).toEqual([]);
	await page.keyboard.press('f');
	await expect(review.getByRole('combobox', { name: 'Search the gazetteer' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(review.getByRole('combobox')).toHaveCount(0);
	await page.keyboard.press('p');
	const coordinates = review.getByRole('textbox', { name: 'Coordinates' });
	await expect(coordinates).toBeFocused();
	await coordinates.fill('26.42, 67.67');
	await coordinates.press('Enter');
	await expect(page.getByRole('dialog', { name: /^Review 2 of / })).toBeVisible();
	await expect(manchar(page)).toHaveCount(3);
	await expect(offMap(page)).toHaveCount(0);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	test.slow();

	test('a private link: tap the name, find or pin it; a fresh browser sees it placed', async ({
		page,
		browser,
		baseURL
	}, info) => {
		await open(page, 'Make a private link');
		await expect(offMap(page).getByRole('listitem')).toContainText('Manchar Lake');
		await article(page).getByRole('button', { name: 'Manchar Lake' }).first().tap();
		const dialog = page.getByRole('dialog', { name: 'Find or pin “Manchar Lake”' });
		await expect(dialog).toBeInViewport();
		await page.screenshot({ path: info.outputPath('phone-find-or-pin.png') });
		expect(await seriousViolations(page)).toEqual([]);
		await dialog.getByRole('textbox', { name: 'Coordinates' }).fill('26.42 67.67');
		await dialog.getByRole('button', { name: 'Pin “Manchar Lake” here' }).tap();
		await expect(manchar(page)).toHaveCount(3);
		await expect(page).toHaveURL(/add=.*#t=/);

		await page.getByRole('button', { name: /^Review places/ }).tap();
		const review = page.getByRole('dialog', { name: /^Review 1 of / });
		await expect(review).toBeInViewport();
		await page.getByRole('button', { name: 'Close review' }).tap();

		await expectPlacedElsewhere(browser, baseURL!, page.url());
	});
});
