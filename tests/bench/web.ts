/**
 * Web bench: drives Chromium over the production build and checks the reader's budgets.
 *
 *   flock /tmp/build.lock npm run build && npm run bench:web
 *
 * - the article text is painted before MapLibre is even requested (it is loaded lazily);
 * - our own JavaScript, everything but MapLibre and its worker, ≤ 60 KB gzipped: what the page
 *   requested until the map was idle with its markers (the reader's tools, fetched after that
 *   while the page is idle, are reported on their own);
 * - the map idle with all its markers ≤ 1.5 s (median of RUNS cold loads, headless SwiftShader);
 * - the bytes fetched for the demo's first view, until the map is idle, ≤ 1.5 MB.
 *
 * Environment: BENCH_PORT (default 4187), RUNS (default 5). Exits 1 when a budget is missed.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../e2e/browser.js';

const PORT = Number(process.env.BENCH_PORT ?? 4187);
const RUNS = Number(process.env.RUNS ?? 5);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const BUDGET = { ownJsGzipKB: 60, mapIdleMs: 1500, firstViewKB: 1536 };

/** The built files of MapLibre and its worker, from Vite's manifest of the same build. */
function maplibreFiles(): string[] {
	const manifest = JSON.parse(
		readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
	) as Record<string, { file: string }>;
	return Object.entries(manifest)
		.filter(([source]) => source.includes('node_modules/maplibre-gl/'))
		.map(([, entry]) => entry.file);
}

async function startServer() {
	const server = spawn(process.execPath, ['build'], {
		env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', ORIGIN },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(ORIGIN)).ok) return server;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	server.kill();
	throw new Error(`the build did not start on ${ORIGIN}; run \`npm run build\` first`);
}

interface Run {
	ownJsGzip: number;
	/** Our JavaScript requested after the map was idle: the tools preloaded for later use. */
	preloadedJsGzip: number;
	maplibreJsGzip: number;
	firstContentfulPaint: number;
	maplibreRequested: number;
	mapIdle: number;
	markers: number;
	textInHtml: boolean;
	/** Encoded bytes of every response until the map is idle (the page, code, data, basemap). */
	firstViewBytes: number;
	/** Of which the basemap's tiles and label glyphs. */
	basemapBytes: number;
	phases: { codeLoaded: number; styleLoaded: number; loaded: number };
}

async function measure(
	browser: import('@playwright/test').Browser,
	maplibre: string[]
): Promise<Run> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	// Bodies are read once the map is idle: reading them over the DevTools protocol while the page
	// loads (a megabyte of MapLibre, the basemap) takes the CPU the page is being timed on.
	const responses: import('@playwright/test').Response[] = [];
	page.on('response', (response) => {
		const url = response.url();
		if (url.startsWith(ORIGIN) && (/\.m?js(\?|$)/.test(url) || new URL(url).pathname === '/'))
			responses.push(response);
	});
	await page.goto(ORIGIN);
	await page.waitForSelector('[data-ready="true"]', { timeout: 30_000 });
	// The tools the page fetches once idle, so they are reported (not counted) below.
	await page.waitForLoadState('networkidle');
	const timing = await page.evaluate((files) => {
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
		const idle = performance.getEntriesByName('map-idle')[0]?.startTime ?? NaN;
		// (No helper functions in here: the bench runs through tsx, whose names would not exist
		// in the page.)
		const phases = {
			codeLoaded: performance.getEntriesByName('map-code-loaded')[0]?.startTime ?? NaN,
			styleLoaded: performance.getEntriesByName('map-style-loaded')[0]?.startTime ?? NaN,
			loaded: performance.getEntriesByName('map-loaded')[0]?.startTime ?? NaN
		};
		const requested = performance
			.getEntriesByType('resource')
			.filter((e) => files.some((f) => e.name.endsWith(f)))
			.map((e) => e.startTime);
		const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
		const navigation = performance.getEntriesByType('navigation')[0] as
			PerformanceResourceTiming | undefined;
		const firstView =
			(navigation?.encodedBodySize ?? 0) +
			resources.filter((e) => e.startTime <= idle).reduce((n, e) => n + e.encodedBodySize, 0);
		const basemap = resources
			.filter((e) => /\/(basemap|glyphs)\//.test(new URL(e.name).pathname))
			.reduce((n, e) => n + e.encodedBodySize, 0);
		return {
			fcp,
			idle,
			beforeIdle: resources.filter((e) => e.startTime <= idle).map((e) => e.name),
			firstView,
			basemap,
			phases,
			maplibreRequested: Math.min(...requested),
			markers: Number(document.querySelector('[data-markers]')?.getAttribute('data-markers'))
		};
	}, maplibre);
	const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
	const js: Array<{ url: string; gzip: number }> = [];
	let html = '';
	for (const response of responses) {
		const body = await response.body().catch(() => null);
		if (!body) continue;
		const url = response.url();
		if (new URL(url).pathname === '/') html = body.toString('utf8');
		else js.push({ url, gzip: gzipSync(body, { level: 9 }).length });
	}
	await context.close();
	const isMaplibre = (url: string) => maplibre.some((f) => url.endsWith(f));
	const sum = (list: typeof js) => list.reduce((n, f) => n + f.gzip, 0);
	const beforeIdle = new Set(timing.beforeIdle);
	const own = js.filter((f) => !isMaplibre(f.url));
	return {
		ownJsGzip: sum(own.filter((f) => beforeIdle.has(f.url))),
		preloadedJsGzip: sum(own.filter((f) => !beforeIdle.has(f.url))),
		maplibreJsGzip: sum(js.filter((f) => isMaplibre(f.url))),
		firstContentfulPaint: timing.fcp,
		maplibreRequested: timing.maplibreRequested,
		mapIdle: timing.idle,
		markers: timing.markers,
		firstViewBytes: timing.firstView,
		basemapBytes: timing.basemap,
		phases: timing.phases,
		textInHtml: title.length > 0 && html.includes(title.slice(0, 40))
	};
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const maplibre = maplibreFiles();
const server = await startServer();
const browser = await chromium.launch({
	executablePath: chromiumExecutable(),
	args: chromiumArgs()
});
const runs: Run[] = [];
try {
	// One warm-up load (server start-up, disk cache), then cold browser contexts.
	await measure(browser, maplibre);
	for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, maplibre));
} finally {
	await browser.close();
	server.kill();
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const result = {
	runs: RUNS,
	ownJsGzipKB: kb(median(runs.map((r) => r.ownJsGzip))),
	preloadedJsGzipKB: kb(median(runs.map((r) => r.preloadedJsGzip))),
	maplibreJsGzipKB: kb(median(runs.map((r) => r.maplibreJsGzip))),
	firstContentfulPaintMs: Math.round(median(runs.map((r) => r.firstContentfulPaint))),
	maplibreRequestedMs: Math.round(median(runs.map((r) => r.maplibreRequested))),
	mapIdleMs: {
		median: Math.round(median(runs.map((r) => r.mapIdle))),
		max: Math.round(Math.max(...runs.map((r) => r.mapIdle)))
	},
	// Where the time goes (medians, ms from navigation): MapLibre's code evaluated, the style
	// parsed (markers drawn), the basemap sources loaded and drawn.
	phasesMs: {
		mapCodeLoaded: Math.round(median(runs.map((r) => r.phases.codeLoaded))),
		styleLoaded: Math.round(median(runs.map((r) => r.phases.styleLoaded))),
		basemapLoaded: Math.round(median(runs.map((r) => r.phases.loaded)))
	},
	firstViewKB: kb(median(runs.map((r) => r.firstViewBytes))),
	basemapKB: kb(median(runs.map((r) => r.basemapBytes))),
	markers: runs[0]?.markers ?? 0,
	textInServerHtml: runs.every((r) => r.textInHtml),
	textBeforeMaplibre: runs.every((r) => r.firstContentfulPaint < r.maplibreRequested)
};
console.log(JSON.stringify(result, null, 2));

const failures = [
	result.ownJsGzipKB > BUDGET.ownJsGzipKB &&
		`own JS ${result.ownJsGzipKB} KB gzipped > ${BUDGET.ownJsGzipKB} KB`,
	result.mapIdleMs.median > BUDGET.mapIdleMs &&
		`map idle ${result.mapIdleMs.median} ms > ${BUDGET.mapIdleMs} ms`,
	result.firstViewKB > BUDGET.firstViewKB &&
		`first view fetched ${result.firstViewKB} KB > ${BUDGET.firstViewKB} KB`,
	!result.textInServerHtml && 'the article text is not in the server-rendered HTML',
	!result.textBeforeMaplibre && 'the article was not painted before MapLibre was requested',
	!(result.markers > 0) && 'no markers on the map'
].filter(Boolean);
for (const failure of failures) console.error(`over budget: ${failure}`);
console.log(failures.length ? 'bench:web FAILED' : 'bench:web: all budgets met');
process.exit(failures.length ? 1 : 0);
