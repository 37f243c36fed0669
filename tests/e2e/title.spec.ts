import { test, expect } from './fixtures';
import { openReader } from './reader';

test('a title given apart from the text links the places the article names', async ({ page }) => {
	await openReader(page);
	const heading = page.getByRole('heading', { level: 1 });
	const taji = heading.getByRole('link', { name: /Camp Taji/ });
	await expect(taji).toBeVisible();
	// The body's mentions stay the only tab stops and the only ids.
	await expect(taji).toHaveAttribute('tabindex', '-1');
	await expect(taji).not.toHaveAttribute('id');
	await taji.click();
	const popup = page.getByRole('dialog').first();
	await expect(popup).toBeVisible();
	await expect(popup).toContainText('Camp Taji');
	await expect(page.getByRole('article').locator('a.mention[aria-current="true"]')).toContainText(
		'Camp Taji'
	);
});
