import { test, expect } from './fixtures';
import { article, openReader } from './reader';

test.describe('the popup explains its choice', () => {
	test('a place the parser chose says why, in plain words', async ({ page }) => {
		await openReader(page);
		await article(page).getByRole('link', { name: 'Baghdad', exact: true }).first().click();
		const popup = page.getByRole('dialog', { name: 'Baghdad' });
		await expect(popup).toBeVisible();
		const why = popup.getByRole('region', { name: 'Why here?' });
		await expect(why).toBeVisible();
		const reasons = why.getByRole('listitem');
		expect(await reasons.count()).toBeGreaterThan(0);
		expect(await reasons.count()).toBeLessThanOrEqual(3);
		// Words from the trace, not rule ids.
		for (const reason of await reasons.allTextContents()) expect(reason).not.toMatch(/\//);
	});
});
