import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { article, openReader } from './reader';

/** Serious and critical axe violations, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const views = [
	{ name: 'desktop', width: 1280, height: 800, colorScheme: 'light' as const },
	{ name: 'phone', width: 390, height: 844, colorScheme: 'light' as const },
	{ name: 'desktop-dark', width: 1280, height: 800, colorScheme: 'dark' as const },
	{ name: 'phone-dark', width: 390, height: 844, colorScheme: 'dark' as const }
];

for (const view of views) {
	test(`axe finds nothing serious (${view.name}), with a popup and its corrections open; screenshots`, async ({
		page
	}, info) => {
		await page.setViewportSize({ width: view.width, height: view.height });
		await page.emulateMedia({ colorScheme: view.colorScheme });
		await openReader(page);
		await page.screenshot({ path: info.outputPath(`${view.name}.png`) });
		expect(await seriousViolations(page)).toEqual([]);

		await article(page).getByRole('link', { name: 'Baghdad', exact: true }).first().click();
		await expect(page.getByRole('dialog', { name: 'Baghdad' })).toBeVisible();
		await page.waitForTimeout(1500);
		await page.screenshot({ path: info.outputPath(`${view.name}-popup.png`) });
		expect(await seriousViolations(page)).toEqual([]);

		// The correction tools, with the search's list of places open.
		const popup = page.getByRole('dialog', { name: 'Baghdad' });
		await popup.getByRole('button', { name: 'Wrong place?' }).click();
		await popup.getByRole('combobox', { name: 'Search the gazetteer' }).pressSequentially('Bas');
		await expect(popup.getByRole('option').first()).toBeVisible();
		await page.screenshot({ path: info.outputPath(`${view.name}-correct.png`) });
		expect(await seriousViolations(page)).toEqual([]);
	});
}
