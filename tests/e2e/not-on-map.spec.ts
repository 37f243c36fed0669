import { test, expect } from './fixtures';

/** Written for this test: a lake the gazetteer lacks, whose namesake town is in another country. */
const ARTICLE = [
	'Floodwater from Manchar Lake spilled into villages near Sehwan, officials in Sindh said.',
	'Crews from Karachi and Hyderabad joined the effort in Pakistan on Monday.'
].join('\n\n');

test('a place the text names but the map cannot show is listed as not on the map', async ({
	page
}) => {
	await page.goto('/new');
	await page.getByLabel('Title').fill('Manchar Lake floods');
	await page.getByLabel('Article text').fill(ARTICLE);
	await page.getByRole('button', { name: 'Make the map' }).click();
	await expect(page).toHaveURL(/\/a\/[A-Za-z0-9_-]{16}$/);

	const offMap = page.getByRole('region', { name: 'Not on the map' });
	await expect(offMap).toBeVisible();
	await expect(offMap.getByRole('listitem')).toHaveText(['Manchar Lake']);
	await expect(offMap.getByRole('status')).toContainText('could not find');
	// In the text in its own style, and never a link to a place.
	await expect(page.getByRole('article').locator('.unresolved')).toHaveText('Manchar Lake');
	await expect(
		page.getByRole('article').getByRole('link', { name: 'Manchar Lake', exact: true })
	).toHaveCount(0);

	// The map key shows that style and says what it means.
	const key = page.getByRole('group', { name: 'Map key' });
	await key.getByText('Key', { exact: true }).click();
	const entry = key.getByRole('listitem').filter({ hasText: 'not on the map' });
	await expect(entry).toBeVisible();
	const underline = (el: import('@playwright/test').Locator) =>
		el.evaluate((node) => {
			const style = getComputedStyle(node);
			return [style.borderBottomStyle, style.borderBottomWidth, style.borderBottomColor];
		});
	const sample = await underline(entry.locator('.unresolved'));
	expect(sample[0]).toBe('dotted');
	expect(sample).toEqual(await underline(page.getByRole('article').locator('.unresolved')));
});
