import { encodeArticleFragment } from '../../src/lib/share/fragment';
import { test, expect } from './fixtures';
import { article } from './reader';

/** Written for this test: Springfield names many places, so the parser has other candidates. */
const TEXT =
	'Rockets struck Camp Taji, north of Baghdad. The mayor of Springfield, Illinois, spoke.';

test('a private link offers the other candidates under “Wrong place?”', async ({ page }) => {
	const fragment = await encodeArticleFragment({ text: TEXT, title: 'Alternatives' });
	await page.goto(`/view#${fragment.replace(/^#/, '')}`);
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
