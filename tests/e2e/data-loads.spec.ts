import { test, expect } from './fixtures';
import { article, mentionLinks } from './reader';

/** Written for this test: a few places, several mentioned twice. */
const TEXT = [
	'Rockets struck Camp Taji, north of Baghdad, late on Wednesday.',
	'Officials in Basra said the launchers were found near Mosul; Baghdad denied it.',
	'By Friday Basra and Mosul had reopened their roads.'
].join('\n\n');

test('selecting mentions and places on /a/{id} never reloads the page data', async ({ page }) => {
	const created = await page.request.post('/api/articles', {
		data: { text: TEXT, title: 'Data loads' }
	});
	expect(created.status()).toBe(201);
	const { url } = (await created.json()) as { url: string };

	const loads: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname.endsWith('__data.json')) loads.push(request.url());
	});
	await page.goto(url);
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await page.emulateMedia({ reducedMotion: 'reduce' });

	const count = await mentionLinks(page).count();
	expect(count).toBeGreaterThan(3);
	for (let i = 0; i < count; i++) {
		// Hover first, as a pointer does on its way to a click.
		await mentionLinks(page).nth(i).hover();
		await mentionLinks(page).nth(i).click();
		await expect(page.getByRole('dialog')).toBeVisible();
		await expect(page).toHaveURL(/[?&]m=\d+/);
	}
	await page.keyboard.press('Escape');
	await page
		.getByRole('region', { name: 'Places in this article' })
		.getByRole('button')
		.first()
		.click();
	await article(page).getByRole('link', { name: /^Skip/ }).hover();
	await page.waitForTimeout(500);
	expect(loads).toEqual([]);
});
