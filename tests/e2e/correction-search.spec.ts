/**
 * The correction search reads "Name County, State": a reader who means the county where the
 * story names its seat types "Lamar County, Texas", and only places in Texas are offered, the
 * county first (there are Lamar Counties in four other states).
 */
import { test, expect } from './fixtures';
import { article } from './reader';

/** Written for this test as a reader might paste it: small-town news from north-east Texas. */
const ARTICLE = [
	'The Lamar County fair opened in Paris on Friday, with growers from Clarksville and Honey Grove.',
	'Organisers in Paris said next year the fair may move to Sulphur Springs.'
].join('\n\n');

test('"Wrong place?" finds "Lamar County, Texas" and re-pins every mention to it', async ({
	page
}) => {
	await page.goto('/new');
	await page.getByLabel('Title').fill('County fair');
	await page.getByLabel('Article text').fill(ARTICLE);
	await page.getByRole('button', { name: 'Make a private link' }).click();
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });

	await article(page).getByRole('link', { name: 'Paris', exact: true }).first().click();
	const popup = page.getByRole('dialog', { name: 'Paris' });
	await popup.getByRole('button', { name: 'Wrong place?' }).click();
	const box = popup.getByRole('combobox', { name: 'Search the gazetteer' });
	await box.pressSequentially('Lamar County, Texas', { delay: 20 });
	const first = popup.getByRole('option').first();
	await expect(first).toContainText('Lamar County');
	await expect(first).toContainText('Texas');
	// Every option is in Texas: the qualifier narrows the search. Polled, because on a slow
	// machine the answer for "Lamar County" (typed so far) can show before the final one.
	await expect
		.poll(async () => {
			const options = await popup.getByRole('option').allTextContents();
			return options.length > 0 && options.every((text) => text.includes('Texas'));
		})
		.toBe(true);
	await first.click();

	// Both mentions of Paris now name the county.
	const titles = await article(page)
		.locator('a.mention')
		.evaluateAll((links) =>
			links.filter((a) => a.textContent?.trim() === 'Paris').map((a) => a.getAttribute('title'))
		);
	expect(titles).toHaveLength(2);
	for (const title of titles) expect(title).toMatch(/^Lamar County\b/);
});
