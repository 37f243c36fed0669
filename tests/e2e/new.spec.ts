import type { Browser, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Written for this test; the places are ones any gazetteer knows. */
const ARTICLE = [
	'Rockets struck Camp Taji, north of Baghdad, late on Wednesday.',
	'Officials in Basra said the launchers were found near Mosul the next morning.'
].join('\n\n');

const placeNames = (page: Page) =>
	page
		.getByRole('region', { name: 'Places in this article' })
		.getByRole('listitem')
		.locator('.name');

/** A fresh browser context: no cookies, no storage, nothing shared with the first. */
async function inFreshContext(browser: Browser, url: string, baseURL: string | undefined) {
	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	await page.goto(url);
	return { context, page, errors };
}

test('paste an article, make the map, land on /a/{id} with its places; the link reopens it', async ({
	page,
	browser,
	baseURL
}) => {
	await page.goto('/new');
	await page.getByLabel('Title').fill('Rockets on Camp Taji');
	await page.getByLabel('Source address').fill('https://example.org/taji');
	await page.getByLabel('Article text').fill(ARTICLE);
	await page.getByRole('button', { name: 'Make the map' }).click();

	await expect(page).toHaveURL(/\/a\/[A-Za-z0-9_-]{16}$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rockets on Camp Taji');
	await expect(placeNames(page)).toContainText(['Baghdad', 'Basra', 'Mosul']);
	await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
		'content',
		/Baghdad/
	);

	// A correction and a selection in the link, opened in another browser context.
	const shared = `${new URL(page.url()).pathname}?fix=basra~none&place=${await firstPlaceId(page)}`;
	const fresh = await inFreshContext(browser, shared, baseURL);
	await expect(fresh.page.getByRole('heading', { level: 1 })).toHaveText('Rockets on Camp Taji');
	await expect(placeNames(fresh.page)).toContainText(['Baghdad', 'Mosul']);
	await expect(placeNames(fresh.page)).not.toContainText(['Basra']);
	await expect(
		fresh.page
			.getByRole('region', { name: 'Places in this article' })
			.getByRole('button', { pressed: true })
	).toHaveCount(1);
	expect(fresh.errors).toEqual([]);
	await fresh.context.close();
});

test('a private link carries the text in the fragment and reopens in a fresh context', async ({
	page,
	browser,
	baseURL
}) => {
	await page.goto('/new');
	await page.getByLabel('Title').fill('Private report');
	await page.getByLabel('Article text').fill(ARTICLE);
	await page.getByRole('button', { name: 'Make a private link' }).click();

	await expect(page).toHaveURL(/\/view#t=[A-Za-z0-9_-]+$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Private report');
	await expect(placeNames(page)).toContainText(['Baghdad', 'Basra', 'Mosul']);

	const link = `${new URL(page.url()).pathname}?fix=mosul~none${new URL(page.url()).hash}`;
	const fresh = await inFreshContext(browser, link, baseURL);
	await expect(fresh.page.getByRole('heading', { level: 1 })).toHaveText('Private report');
	await expect(placeNames(fresh.page)).toContainText(['Baghdad', 'Basra']);
	await expect(placeNames(fresh.page)).not.toContainText(['Mosul']);
	expect(fresh.errors).toEqual([]);
	await fresh.context.close();
});

test('a damaged private link says so instead of failing', async ({ page }) => {
	await page.goto('/view#t=AAAA-not-a-real-link');
	await expect(page.getByRole('alert')).toContainText(/damaged|cut short/);
});

test('text over 200 KB gets a clear message and nothing typed is lost; a reload keeps the draft', async ({
	page
}) => {
	await page.goto('/new');
	const big = `${ARTICLE}\n\n${'More words about nothing in particular. '.repeat(5500)}`;
	const text = page.getByLabel('Article text');
	await text.fill(big);
	await expect(page.getByRole('alert')).toContainText('the limit is 200 KB');
	await page.getByRole('button', { name: 'Make the map' }).click();
	await expect(page).toHaveURL(/\/new$/);
	expect((await text.inputValue()).length).toBe(big.length);

	await text.fill(ARTICLE);
	await page.getByLabel('Title').fill('Draft title');
	await page.waitForTimeout(500); // the draft is saved 300 ms after the last keystroke
	await page.reload();
	await expect(page.getByLabel('Article text')).toHaveValue(ARTICLE);
	await expect(page.getByLabel('Title')).toHaveValue('Draft title');
});

test('a dropped HTML file becomes its text, without its scripts', async ({ page }) => {
	await page.goto('/new');
	// A file chosen before the page is interactive has no handler to read it.
	await expect(page.locator('form[data-hydrated="true"]')).toBeVisible();
	await page.getByLabel('Or choose a file').setInputFiles({
		name: 'report.html',
		mimeType: 'text/html',
		buffer: Buffer.from(
			'<html><head><title>From a file</title><script>document.title="pwned"</script></head><body><p>Rockets hit <b>Baghdad</b>.</p><p>Then Basra.</p></body></html>'
		)
	});
	await expect(page.getByLabel('Article text')).toHaveValue('Rockets hit Baghdad.\n\nThen Basra.');
	await expect(page.getByLabel('Title')).toHaveValue('From a file');
});

/** Pastes into the focused text box as a browser would, with the clipboard's flavours. */
async function paste(page: Page, flavours: Record<string, string>) {
	await page.getByLabel('Article text').evaluate((box, data) => {
		const transfer = new DataTransfer();
		for (const [type, value] of Object.entries(data)) transfer.setData(type, value);
		box.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true })
		);
	}, flavours);
}

test('a copied page is pasted as its text; its headline is the title, places marked', async ({
	page
}) => {
	await page.goto('/new');
	await expect(page.locator('form[data-hydrated="true"]')).toBeVisible();
	await page.getByLabel('Article text').focus();
	await paste(page, {
		'text/plain': 'Rockets hit Camp Taji',
		'text/html':
			'<meta charset="utf-8"><style>h1{color:red}</style><h1>Rockets hit Camp Taji</h1>' +
			'<p>Officials in <b>Baghdad</b> said &ldquo;two&rdquo; died.</p>' +
			'<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>' +
			'<p>Troops left Karbala.</p>'
	});
	await expect(page.getByLabel('Article text')).toHaveValue(
		'Rockets hit Camp Taji\n\nOfficials in Baghdad said “two” died.\n\nTroops left Karbala.'
	);
	await page.getByRole('button', { name: 'Make the map' }).click();
	await expect(page).toHaveURL(/\/a\/[A-Za-z0-9_-]{16}$/);
	await expect(page).toHaveTitle('Rockets hit Camp Taji · Article map');
	// The headline is the title, shown once, and its place links like the body's.
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText(/^Rockets hit Camp Taji\d*$/);
	await expect(page.getByRole('article').getByText('Rockets hit', { exact: false })).toHaveCount(1);
	const taji = heading.getByRole('link', { name: /Camp Taji/ });
	await expect(taji).toBeVisible();
	await taji.click();
	await expect(page.getByRole('dialog')).toContainText('Camp Taji');
});

test('HTML source pasted as plain text is reduced; prose is pasted as it is', async ({ page }) => {
	await page.goto('/new');
	await expect(page.locator('form[data-hydrated="true"]')).toBeVisible();
	await page.getByLabel('Article text').focus();
	await paste(page, {
		'text/plain':
			'<div class="story">\n<p>Rockets hit Camp Taji.</p>\n<p>Then Baghdad &amp; Basra.</p></div>'
	});
	await expect(page.getByLabel('Article text')).toHaveValue(
		'Rockets hit Camp Taji.\n\nThen Baghdad & Basra.'
	);
	// Plain prose is left to the text box's own paste.
	await page.getByLabel('Article text').fill('');
	await paste(page, { 'text/plain': 'Rockets hit <Baghdad>.' });
	await expect(page.getByLabel('Article text')).toHaveValue('');
});

test('a Markdown heading becomes the title, without its marks, with its places marked', async ({
	page
}) => {
	await page.goto('/new');
	await page.getByLabel('Article text').fill(`# Floods in Basra\n\n${ARTICLE}`);
	await page.getByRole('button', { name: 'Make the map' }).click();
	await expect(page).toHaveURL(/\/a\/[A-Za-z0-9_-]{16}$/);
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText(/^Floods in Basra\d*$/);
	await expect(heading.getByRole('link', { name: /Basra/ })).toBeVisible();
	await expect(page.getByRole('article')).not.toContainText('#');
});

async function firstPlaceId(page: Page): Promise<string> {
	const response = await page.request.get(`${new URL(page.url()).pathname}/export.geojson`);
	const doc = (await response.json()) as { features: { id: string }[] };
	return doc.features[0]!.id;
}
