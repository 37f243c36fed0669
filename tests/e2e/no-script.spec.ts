import { test, expect } from './fixtures';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the map panel says the map needs JavaScript and where the places are', async ({ page }) => {
		await page.goto('/');
		const pane = page.getByRole('region', { name: 'Map of the places in the article' });
		// (Playwright's text matchers skip noscript elements; the rendered text is what counts.)
		expect(await pane.innerText()).toContain('The map needs JavaScript');
		await expect(pane.locator('a[href="#places"]')).toBeVisible();
	});

	test('a private link says it needs JavaScript instead of loading forever', async ({ page }) => {
		await page.goto('/view#t=abc');
		await expect(page.getByText('Reading the article from the link…')).toBeHidden();
		await expect(page.getByText(/needs JavaScript/)).toBeVisible();
	});

	test('the new map form: a chosen file makes the map; the private link says what it needs', async ({
		page
	}) => {
		await page.goto('/new');
		await expect(page.getByRole('button', { name: 'Make a private link' })).toBeHidden();
		await expect(page.getByText(/Private links need JavaScript/)).toBeVisible();
		await page.getByLabel('Or choose a file').setInputFiles({
			name: 'story.html',
			mimeType: 'text/html',
			// Written for this test.
			buffer: Buffer.from(
				'<html><head><title>Storm</title></head><body><p>Rockets struck Camp Taji, north of Baghdad.</p></body></html>'
			)
		});
		await page
			.getByLabel('Article text')
			.evaluate((t: HTMLTextAreaElement) => (t.required = false));
		await page.getByRole('button', { name: 'Make the map' }).click();
		await expect(page).toHaveURL(/\/a\/[\w-]+$/);
		await expect(page.getByRole('article')).toContainText('Rockets struck Camp Taji');
	});

	test('HTML source pasted into the form is stored as its text, its headline the title', async ({
		page
	}) => {
		await page.goto('/new');
		await page
			.getByLabel('Article text')
			.fill(
				'<h1>Rockets hit Camp Taji</h1>\n<p>Officials in <b>Baghdad</b> said &ldquo;two&rdquo; died.</p>'
			);
		await page.getByRole('button', { name: 'Make the map' }).click();
		await expect(page).toHaveURL(/\/a\/[\w-]+$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Rockets hit Camp Taji\d*$/);
		await expect(page.getByRole('article')).toContainText('Officials in Baghdad said “two” died.');
		await expect(page.getByRole('article')).not.toContainText('<b>');
		// The embed code names the article by that title too.
		await expect(page.getByText(/<iframe/)).toContainText('title="Rockets hit Camp Taji"');
	});
});

test('every reader page links to its places; touch screens get no key hint', async ({
	page,
	browser
}) => {
	const created = await page.request.post('/api/articles', {
		data: { text: 'Rockets struck Camp Taji, north of Baghdad.' }
	});
	const { url } = (await created.json()) as { url: string };
	for (const path of ['/', url]) {
		await page.goto(path);
		const nav = page.getByRole('navigation', { name: 'Page' });
		await expect(nav.getByRole('link', { name: 'Places' })).toHaveAttribute('href', '#places');
		await expect(page.getByRole('article').getByText(/^Keys:/)).toBeVisible();
	}
	const phone = await browser.newContext({
		hasTouch: true,
		isMobile: true,
		viewport: { width: 390, height: 844 }
	});
	const touch = await phone.newPage();
	await touch.goto(url);
	await expect(touch.getByRole('article').locator('.hint')).toBeVisible();
	await expect(touch.getByRole('article').getByText(/^Keys:/)).toBeHidden();
	await phone.close();
});
