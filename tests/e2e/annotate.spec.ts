import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { article, markers, mentionLinks, openReader } from './reader';

/** Selects `words` in the article's paragraph that contains `context`, as a drag would. */
async function selectWords(page: Page, context: string, words: string) {
	await page.evaluate(
		({ context, words }) => {
			const paragraph = [...document.querySelectorAll('article p[data-start]')].find((p) =>
				p.textContent?.includes(context)
			)!;
			const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
			const range = document.createRange();
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const at = node.textContent!.indexOf(words);
				if (at < 0) continue;
				range.setStart(node, at);
				range.setEnd(node, at + words.length);
				break;
			}
			const selection = document.getSelection()!;
			selection.removeAllRanges();
			selection.addRange(range);
		},
		{ context, words }
	);
}

/** The centre of `words` in the article paragraph containing `context`, on screen. */
async function wordCentre(page: Page, context: string, words: string) {
	return page.evaluate(
		({ context, words }) => {
			const paragraph = [...document.querySelectorAll('article p[data-start]')].find((p) =>
				p.textContent?.includes(context)
			)!;
			const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const at = node.textContent!.indexOf(words);
				if (at < 0) continue;
				const range = document.createRange();
				range.setStart(node, at);
				range.setEnd(node, at + words.length);
				range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
				const rect = range.getBoundingClientRect();
				return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
			}
			throw new Error(`${words} not found`);
		},
		{ context, words }
	);
}

test.describe('tag a missed place', () => {
	test('by mouse: a word inside a longer name, the search opens with it, choose an entry', async ({
		page
	}) => {
		await openReader(page);
		const mentions = await mentionLinks(page).count();
		// A double-click selects one word, as a reader would: "Scottish" in a regiment's name.
		const spot = await wordCentre(page, 'Irish Yeomanry', 'Scottish');
		await page.mouse.dblclick(spot.x, spot.y);
		await page.getByRole('button', { name: /^Mark “Scottish” as place/ }).click();
		const dialog = page.getByRole('dialog', { name: 'Mark “Scottish” as a place' });
		const search = dialog.getByRole('combobox');
		await expect(search).toBeFocused();
		await expect(search).toHaveValue('Scottish');
		await search.fill('Scotland');
		await dialog.getByRole('option', { name: /^Scotland province or state/ }).click();
		await expect(dialog).toBeHidden();
		await expect(mentionLinks(page)).toHaveCount(mentions + 1);
		const added = article(page).getByRole('link', { name: 'Scottish', exact: true });
		await expect(added).toHaveAttribute('title', /^Scotland, United Kingdom/);
		await expect(added).toHaveAttribute('aria-current', 'true');
		await expect(page.getByRole('dialog', { name: 'Scotland' })).toBeVisible();
		await expect(page).toHaveURL(/[?&]add=\d+_\d+_admin1%3AGB\.SCT/);
		await expect(page).toHaveURL(/[?&]v=2/);
	});
});
