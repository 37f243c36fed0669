/**
 * Basemap bench: builds the vector tiles from the npm data packages into a temporary file and
 * checks the budgets of #17:
 *
 *   npm run bench:basemap
 *
 * - tile build ≤ 90 s (wall clock; CPU time printed beside it, as the machine is shared);
 * - tiles on disk ≤ 150 MB.
 *
 * Prints one JSON figure a line (read by `npm run bench`). Exits 1 when a budget is missed.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBasemap } from '../../geo/scripts/basemap';
import { TILE_MAX_ZOOM } from '../../src/lib/basemap/schema';

const BUDGET = { buildSeconds: 90, diskMB: 150 };

const dir = mkdtempSync(join(tmpdir(), 'basemap-bench-'));
const out = join(dir, 'basemap.mbtiles');
try {
	const loadBefore = loadavg()[0]!;
	const cpu = process.cpuUsage();
	const started = performance.now();
	const { tiles, bytes } = buildBasemap({ out });
	const wall = (performance.now() - started) / 1000;
	const used = process.cpuUsage(cpu);
	const cpuSeconds = (used.user + used.system) / 1e6;
	const diskMB = statSync(out).size / 1e6;
	const figures = [
		{
			metric: 'basemap.build',
			label: 'tile build (wall clock)',
			value: +wall.toFixed(1),
			unit: 's',
			budget: BUDGET.buildSeconds
		},
		{
			metric: 'basemap.build_cpu',
			label: 'tile build (CPU time)',
			value: +cpuSeconds.toFixed(1),
			unit: 's'
		},
		{
			metric: 'basemap.disk',
			label: 'tiles on disk',
			value: +diskMB.toFixed(1),
			unit: 'MB',
			budget: BUDGET.diskMB
		},
		{
			metric: 'basemap.gzip',
			label: 'distinct tiles, gzipped',
			value: +(bytes / 1e6).toFixed(1),
			unit: 'MB'
		},
		{
			// The machine is shared: the wall clock means little without it.
			metric: 'basemap.load_before',
			label: 'load average (1 min) before the build',
			value: +loadBefore.toFixed(1),
			unit: ''
		},
		{
			metric: 'basemap.load_after',
			label: 'load average (1 min) after the build',
			value: +loadavg()[0]!.toFixed(1),
			unit: ''
		},
		{
			metric: 'basemap.tiles',
			label: `tiles stored (zoom 0–${TILE_MAX_ZOOM})`,
			value: tiles,
			unit: 'tiles'
		}
	];
	for (const figure of figures) console.log(JSON.stringify(figure));
	const missed = figures.filter((f) => f.budget !== undefined && f.value > f.budget);
	for (const f of missed)
		console.error(`over budget: ${f.label} ${f.value} ${f.unit} > ${f.budget}`);
	console.log(missed.length ? 'bench:basemap FAILED' : 'bench:basemap: all budgets met');
	process.exitCode = missed.length ? 1 : 0;
} finally {
	rmSync(dir, { recursive: true, force: true });
}
