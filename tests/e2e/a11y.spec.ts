import { seriousViolations } from './axe';
import { test, expect } from './fixtures';
import { article, openReader } from './reader';

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

for (const view of views.filter((v) => v.colorScheme === 'light' || v.name === 'desktop-dark')) {
	test(`axe finds nothing serious in the reader's editing states (${view.name})`, async ({
		page
	}, info) => {
		test.slow();
		await page.setViewportSize({ width: view.width, height: view.height });
		await page.emulateMedia({ colorScheme: view.colorScheme });
		await openReader(page);

		// Filtered to the doubtful places: flags in the list, dashed markers on the map.
		await page.getByRole('combobox', { name: 'Confidence' }).selectOption('low');
		expect(await seriousViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Show all' }).click();

		// Mark as place, with its search and pin form.
		await page.evaluate(() => {
			const paragraph = [...document.querySelectorAll('article p[data-start]')].find((p) =>
				p.textContent?.includes('Irish Yeomanry')
			)!;
			const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const at = node.textContent!.indexOf('Yeomanry');
				if (at < 0) continue;
				const range = document.createRange();
				range.setStart(node, at);
				range.setEnd(node, at + 'Yeomanry'.length);
				document.getSelection()!.removeAllRanges();
				document.getSelection()!.addRange(range);
				break;
			}
		});
		await expect(page.getByRole('button', { name: /^Mark “Yeomanry” as place/ })).toBeVisible();
		expect(await seriousViolations(page)).toEqual([]);
		await page.keyboard.press('m');
		const mark = page.getByRole('dialog', { name: 'Mark “Yeomanry” as a place' });
		await mark.getByRole('radio', { name: 'Area' }).check();
		await mark.getByRole('textbox', { name: 'Coordinates' }).fill('54.6, -5.93');
		await page.screenshot({ path: info.outputPath(`${view.name}-mark.png`) });
		expect(await seriousViolations(page)).toEqual([]);
		await mark.getByRole('button', { name: 'Pin “Yeomanry” here' }).click();

		// Review mode, and the popup with every passage listed.
		await page.getByRole('button', { name: /^Review places/ }).click();
		await expect(page.getByRole('dialog', { name: /^Review 1 of / })).toBeVisible();
		await page.screenshot({ path: info.outputPath(`${view.name}-review.png`) });
		expect(await seriousViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Close review' }).click();
		await article(page).getByRole('link', { name: 'Iran', exact: true }).first().click();
		const popup = page.getByRole('dialog', { name: 'Iran' });
		await popup.getByText(/^All \d+ passages$/).click();
		await popup.getByRole('button', { name: 'Wrong place?' }).click();
		await page.screenshot({ path: info.outputPath(`${view.name}-passages.png`) });
		expect(await seriousViolations(page)).toEqual([]);
	});
}
