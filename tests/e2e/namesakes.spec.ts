import { test, expect } from './fixtures';

/** Written for this test: one name, and a reader who says its second mention is the other Salem. */
const TEXT =
	'A tornado struck Salem, Ark., on Monday. Crews from Little Rock drove to Salem by nightfall.';
/** The two towns named Salem in Arkansas, in Saline and in Fulton County (GeoNames). */
const SALEMS = ['gn:4129965', 'gn:4129962'];

test('two places of one name in one state say their county; the others do not', async ({
	page
}) => {
	const created = await page.request.post('/api/articles', { data: { text: TEXT } });
	const { url } = (await created.json()) as { url: string };
	const geojson = (await (await page.request.get(`${url}/export.geojson`)).json()) as {
		features: { id: string; properties: { name: string } }[];
	};
	const chosen = geojson.features.find((f) => f.properties.name === 'Salem')?.id;
	expect(SALEMS).toContain(chosen);
	const other = SALEMS.find((id) => id !== chosen)!;
	const second = TEXT.lastIndexOf('Salem');
	await page.goto(`${url}?v=2&one=${second}_${other}`);

	const list = page.getByRole('region', { name: 'Places in this article' });
	const item = (name: string) => list.getByRole('listitem').filter({ hasText: name });
	await expect(item('Saline County')).toContainText('Salem');
	await expect(item('Fulton County')).toContainText('Salem');
	await expect(item('Little Rock')).toContainText('Arkansas');
	await expect(item('Little Rock')).not.toContainText('County');

	// The corrections list and the popup name the county too.
	await expect(page.getByText(/pinned to Salem, (Saline|Fulton) County, Arkansas/)).toBeVisible();
	await page.getByRole('article').locator('a.mention', { hasText: 'Salem' }).last().click();
	await expect(page.getByRole('dialog').first()).toContainText(/(Saline|Fulton) County/);
});
