import type { Browser, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Helpers for the reader's e2e specs: everything found by role and DOM, nothing hard-coded. */

export const article = (page: Page) => page.getByRole('article');
export const markers = (page: Page) => page.getByRole('group', { name: 'Places on the map' });
export const liveRegion = (page: Page) => page.locator('[aria-live="polite"]');
export const mentionLinks = (page: Page) => article(page).locator('a.mention');

/**
 * The mentions in the text that read exactly `name` (not the title's links to them, which repeat
 * the names a given title shares with the text).
 */
export const mentionsNamed = (page: Page, name: string) =>
	mentionLinks(page).filter({
		hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
	});

/**
 * The item of the place list named `name`: by its own name, not by a division or country named
 * in another item's line ("Taji · town, Baghdad, Iraq" is no item of Baghdad).
 */
export const placeItem = (list: Locator, name: string) =>
	list.getByRole('listitem').filter({ has: list.page().getByText(name, { exact: true }) });

/**
 * Pastes an article at /new and opens its reader once the map is idle: for what the demo does
 * not show (its places are all confidently placed).
 */
export async function openPasted(page: Page, title: string, text: string) {
	await page.goto('/new');
	await page.getByLabel('Title').fill(title);
	await page.getByLabel('Article text').fill(text);
	await page.getByRole('button', { name: 'Make the map' }).click();
	await expect(page).toHaveURL(/\/a\/[A-Za-z0-9_-]{16}$/);
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
}

/** A fresh browser (no storage, no cache) that notes page and console errors as the guard does. */
export async function freshPage(browser: Browser, baseURL: string) {
	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	return { context, page, problems };
}

/** Opens the reader and waits until the map is idle with its markers placed. */
export async function openReader(page: Page) {
	await page.goto('/');
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
}

/** The marker of a place: its own button, or the group button that holds it. */
export function markerOf(page: Page, name: string): Locator {
	const single = markers(page).getByRole('button', { name, exact: true });
	const group = markers(page).getByRole('button', {
		name: new RegExp(`^\\d+ places: .*\\b${name}\\b`)
	});
	return single.or(group);
}

/** Clicks a place's marker; when it is in a group, opens the group's list and chooses it there. */
export async function clickMarker(page: Page, name: string) {
	const marker = markerOf(page, name).first();
	const label = await marker.getAttribute('aria-label');
	await marker.click();
	if (label !== name) {
		const list = page.getByRole('dialog', { name: /places here/ });
		await expect(list).toBeVisible();
		await list.getByRole('button', { name: new RegExp(`^${name}\\b`) }).click();
	}
}

/** Number of mentions the article shows for a place (the title of each mention names its place). */
export async function mentionCount(page: Page, name: string): Promise<number> {
	return mentionLinks(page).evaluateAll(
		(links, place) =>
			links.filter((a) => {
				const title = a.getAttribute('title') ?? '';
				return title.startsWith(`${place},`) || title.startsWith(`${place} (`);
			}).length,
		name
	);
}
