import { encodeArticleFragment } from '../../src/lib/share/fragment';
import { test, expect } from './fixtures';
import { article } from './reader';

/** Written for this test: Springfield names many places, so the parser has other candidates. */
const TEXT =
	'Rockets struck Camp Taji, north of Baghdad. The mayor of Springfield, Illinois, spoke.';

test('a private link offers the other candidates under “Wrong place?”', async ({ page }) => {
	const fragment = await encodeArticleFragment({ text: TEXT, title: 'Alternatives' });
	await page.goto(`/view#${fragment}`);
	await expect(page.getByTestId('map')).toHaveAttribute('data-status', 'loaded', {
		timeout: 30_000
	});
	await article(page).getByRole('link', { name: 'Springfield', exact: true }).click();
	const popup = page.getByRole('dialog', { name: 'Springfield' });
	await popup.getByRole('button', { name: 'Wrong place?' }).click();
	const others = popup.getByRole('list', { name: 'Other candidates' });
	await expect(others).toBeVisible();
	await expect(others.getByRole('button')).not.toHaveCount(0);
});

test('a town is named with its state in the list, the popup and the corrections', async ({
	page
}) => {
	const fragment = await encodeArticleFragment({ text: TEXT, title: 'Namesakes' });
	await page.goto(`/view#${fragment}`);
	await expect(page.getByTestId('map')).toHaveAttribute('data-status', 'loaded', {
		timeout: 30_000
	});
	const list = page.getByRole('region', { name: 'Places in this article' });
	await expect(list.getByRole('listitem').filter({ hasText: 'Springfield' })).toContainText(
		'Illinois, United States'
	);
	await article(page).getByRole('link', { name: 'Springfield', exact: true }).click();
	const popup = page.getByRole('dialog', { name: 'Springfield' });
	await expect(popup).toContainText('Illinois, United States');
	// Re-pinned to another Springfield, the corrections list says which one.
	await popup.getByRole('button', { name: 'Wrong place?' }).click();
	const other = popup.getByRole('list', { name: 'Other candidates' }).getByRole('button').first();
	const state = (await other.locator('.meta').textContent())!.split(', ')[1]!;
	await other.click();
	await expect(page.getByRole('region', { name: 'Your corrections' })).toContainText(
		`pinned to Springfield, ${state}, United States`
	);
});
