/**
 * A title given apart from the text is geoparsed with it: a place only the title names is on the
 * map, linked both ways, corrected like any mention, kept in the link and in the downloads.
 */
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { test, expect } from './fixtures';
import { article, freshPage, markerOf } from './reader';

/** Written for this test: the body never names the lake its title names. */
const TITLE = 'Flooding hits Lake Chad';
const ARTICLE = [
	'Thousands of families fled their homes as the water rose this week, aid groups in Maiduguri said.',
	'Boats came from Kano on Monday, and more rain is forecast.'
].join('\n\n');

const map = (page: Page) => page.getByTestId('map');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const lake = (page: Page) => heading(page).getByRole('link', { name: 'Lake Chad', exact: true });

/** Stores the article through the form (which works without script too). */
async function store(page: Page) {
	await page.goto('/new');
	await page.getByLabel('Title').fill(TITLE);
	await page.getByLabel('Article text').fill(ARTICLE);
	await page.getByRole('button', { name: 'Make the map' }).click();
	await expect(page).toHaveURL(/\/a\/[A-Za-z0-9_-]{16}$/);
}

test('a place only the title names is on the map, linked both ways, corrected and shared', async ({
	page,
	browser,
	baseURL
}, testInfo) => {
	test.slow();
	await page.setViewportSize({ width: 1280, height: 800 });
	await store(page);
	await expect(map(page)).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await expect(article(page).locator('.body')).not.toContainText('Lake Chad');

	// Title → marker: the title's place is a mention like the text's, with its popup.
	await expect(lake(page)).toBeVisible();
	await expect(markerOf(page, 'Lake Chad')).toHaveCount(1);
	await lake(page).click();
	const popup = page.getByRole('dialog', { name: 'Lake Chad' });
	await expect(popup).toBeVisible();
	await expect(popup.locator('blockquote')).toContainText(`In the title: ${TITLE}`);
	await expect(lake(page)).toHaveAttribute('aria-current', 'true');
	await expect(new URL(page.url()).searchParams.get('m')).toBe(`t${TITLE.indexOf('Lake Chad')}`);
	// As a11y.spec does: let the highlight's transition and the camera settle before axe reads colours.
	await page.waitForTimeout(1500);
	expect(await seriousViolations(page), 'axe, the title place selected').toEqual([]);
	await page.screenshot({ path: testInfo.outputPath('title-1280x800.png') });

	// Marker → title: away to another place, then the lake's marker selects the title's mention.
	await article(page).getByRole('link', { name: 'Kano', exact: true }).click();
	await expect(page.getByRole('dialog', { name: 'Kano' })).toBeVisible();
	await expect(lake(page)).not.toHaveAttribute('aria-current', 'true');
	// The map is on Kano now, the lake's marker out of view: reach it by keyboard, as a reader can.
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog', { name: 'Kano' })).toBeHidden();
	const marker = markerOf(page, 'Lake Chad').first();
	await marker.focus();
	await page.keyboard.press('Enter');
	if ((await marker.getAttribute('aria-label')) !== 'Lake Chad') {
		await page
			.getByRole('dialog', { name: /places here/ })
			.getByRole('button', { name: /^Lake Chad\b/ })
			.click();
	}
	await expect(popup).toBeVisible();
	await expect(lake(page)).toHaveAttribute('aria-current', 'true');

	// Corrected from the title: "Wrong place?" → the gazetteer's first "Chad".
	await popup.getByRole('button', { name: 'Wrong place?' }).click();
	const box = popup.getByRole('combobox', { name: 'Search the gazetteer' });
	await box.pressSequentially('Chad', { delay: 30 });
	const first = popup.getByRole('option').first();
	await expect(first).toBeVisible();
	const target = (await first.locator('.name').textContent())!.trim();
	expect(target).not.toBe('Lake Chad');
	await box.press('ArrowDown');
	await box.press('Enter');
	await expect(page.getByRole('dialog', { name: target })).toBeVisible();
	await expect(lake(page)).toHaveAttribute('title', new RegExp(`^${target}\\b`));
	await expect(lake(page)).toHaveAttribute('aria-current', 'true');
	await expect.poll(() => new URL(page.url()).searchParams.getAll('fix')).toHaveLength(1);
	const link = page.url();
	expect(new URL(link).searchParams.get('v')).toBe('3');

	// The link reopens it all in a fresh browser: the fix, and the title's mention selected.
	const other = await freshPage(browser, baseURL!);
	await other.page.goto(link);
	await expect(map(other.page)).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await expect(other.page.getByRole('dialog', { name: target })).toBeVisible();
	await expect(lake(other.page)).toHaveAttribute('aria-current', 'true');
	await expect(lake(other.page)).toHaveAttribute('title', new RegExp(`^${target}\\b`));

	// The downloads of that view say the mention is in the title, and where it now points.
	const href = await other.page.getByRole('link', { name: 'GeoJSON' }).getAttribute('href');
	const exported = (await (await other.page.request.get(href!)).json()) as {
		features: {
			properties: {
				name: string;
				source: string;
				mentions: { text: string; part: string; start: number }[];
			};
		}[];
	};
	const inTitle = exported.features.filter((f) =>
		f.properties.mentions.some((m) => m.part === 'title')
	);
	expect(inTitle.map((f) => [f.properties.name, f.properties.source])).toEqual([
		[target, 'reader']
	]);
	expect(inTitle[0]!.properties.mentions).toContainEqual(
		expect.objectContaining({ text: 'Lake Chad', part: 'title', start: TITLE.indexOf('Lake Chad') })
	);
	const csvHref = await other.page.getByRole('link', { name: 'CSV' }).getAttribute('href');
	const csv = await (await other.page.request.get(csvHref!)).text();
	expect(csv.split('\r\n')[1]).toMatch(/,Lake Chad,literal,1,reader,false,resolved,title$/);
	expect(other.problems).toEqual([]);
	await other.context.close();

	// Words of the title can be marked as a place too (here with a pin of the reader's own).
	await page.evaluate((words) => {
		const title = document.querySelector('article h1[data-part="title"]')!;
		const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const at = node.textContent!.indexOf(words);
			if (at < 0) continue;
			const range = document.createRange();
			range.setStart(node, at);
			range.setEnd(node, at + words.length);
			document.getSelection()!.removeAllRanges();
			document.getSelection()!.addRange(range);
			return;
		}
	}, 'Flooding');
	await page.keyboard.press('m');
	const pin = page.getByRole('dialog', { name: 'Mark “Flooding” as a place' });
	await pin.getByRole('textbox', { name: 'Coordinates' }).fill('13.1, 14.2');
	await pin.getByRole('button', { name: 'Pin “Flooding” here' }).click();
	await expect(page).toHaveURL(/[?&]add=t0_8_p/);
	await expect(heading(page).getByRole('link', { name: 'Flooding', exact: true })).toBeVisible();

	// On a phone: the same title place, the popup docked.
	await page.setViewportSize({ width: 390, height: 844 });
	await lake(page).click();
	await expect(page.getByRole('dialog', { name: target })).toBeVisible();
	await page.waitForTimeout(1500);
	expect(await seriousViolations(page), 'axe on a phone').toEqual([]);
	await page.screenshot({ path: testInfo.outputPath('title-390x844.png') });
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the title’s place is marked in the title and listed with the places', async ({ page }) => {
		await store(page);
		const href = await lake(page).getAttribute('href');
		expect(href).toMatch(/^#place-\d+$/);
		await expect(page.locator(href!)).toContainText('Lake Chad');
	});
});
