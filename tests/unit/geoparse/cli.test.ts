/**
 * The command line the held-out measurement uses: `geoparse FILE...` prints one GeoJSON
 * FeatureCollection; `geoparse --jsonl` turns {id, text} lines into {id, toponyms} lines, in
 * order, reporting a bad line on stderr by number and going on.
 */

import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { realGazetteer } from './gazetteer';

const run = (args: string[], input = '') =>
	spawnSync('npx', ['tsx', 'src/cli/geoparse.ts', ...args], { input, encoding: 'utf8' });

beforeAll(async () => {
	await realGazetteer();
}, 180_000);

describe('geoparse CLI', () => {
	it('--jsonl: one line per good input line, in order; bad lines reported and skipped', () => {
		const input = [
			JSON.stringify({ id: 'one', text: 'Rockets hit Camp Taji, north of Baghdad.', extra: 1 }),
			'{not json',
			JSON.stringify({ id: 'two', text: 'Nothing here.' }),
			JSON.stringify({ id: 'three' }),
			JSON.stringify({ id: 'four', text: 'The British and the French met in Paris, Texas.' })
		].join('\n');
		const r = run(['--jsonl'], input);
		expect(r.status).toBe(0);
		expect(r.stderr).toMatch(/line 2\b/);
		expect(r.stderr).toMatch(/line 4\b/);
		const lines = r.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(lines.map((l) => l.id)).toEqual(['one', 'two', 'four']);
		const [one, two, four] = lines;
		expect(one.toponyms.map((t: { name: string }) => t.name)).toEqual(['Camp Taji', 'Baghdad']);
		expect(two.toponyms).toEqual([]);
		// No demonyms in the toponym output; Paris is the one in Texas.
		expect(four.toponyms.map((t: { name: string }) => t.name)).toEqual(['Paris', 'Texas']);
		expect(four.toponyms[0].lat).toBeCloseTo(33.66, 0);
		for (const l of lines) {
			for (const t of l.toponyms) {
				expect(Object.keys(t).sort()).toEqual(
					['confidence', 'end', 'kind', 'lat', 'lon', 'name', 'role', 'start'].sort()
				);
			}
		}
	}, 60_000);

	it('FILE: one FeatureCollection of Point features with the documented properties', () => {
		const r = run(['src/lib/demo/camp-taji.txt']);
		expect(r.status).toBe(0);
		const fc = JSON.parse(r.stdout);
		expect(fc.type).toBe('FeatureCollection');
		expect(fc.features.length).toBeGreaterThan(5);
		for (const f of fc.features) {
			expect(f.geometry.type).toBe('Point');
			const [lng, lat] = f.geometry.coordinates;
			expect(Math.abs(lng)).toBeLessThanOrEqual(180);
			expect(Math.abs(lat)).toBeLessThanOrEqual(90);
			for (const k of ['id', 'name', 'kind', 'country', 'confidence', 'mentions']) {
				expect(f.properties).toHaveProperty(k);
			}
		}
	}, 60_000);

	it('--explain FILE: each mention with the rules that fired, top candidates and why', () => {
		const r = run(['--explain', 'src/lib/demo/camp-taji.txt']);
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/^"Camp Taji" \[\d+, \d+\) place$/m);
		expect(r.stdout).toMatch(/^ {2}recognise\/[a-z-]+: .+$/m);
		expect(r.stdout).toMatch(/^ +-?\d+\.\d\d +\d+% +Baghdad \(city, Baghdad, Iraq\)/m);
		expect(r.stdout).toMatch(/^ {2}why: .+$/m);
	});
});
