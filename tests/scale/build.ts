/**
 * The production build the scale test and benchmark serve: built (`npm run build`) when missing
 * or older than the sources, the way `npm start` decides (src/cli/start.js).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../bench/server';

const INPUTS = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

function newest(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let latest = stat.mtimeMs;
	for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
	return latest;
}

/** Build the app if it is missing or stale; true once `build/` is current. */
export function ensureBuild(): true {
	const entry = join(ROOT, 'build/index.js');
	const builtAt = existsSync(entry) ? statSync(entry).mtimeMs : 0;
	if (builtAt >= Math.max(...INPUTS.map((input) => newest(join(ROOT, input))))) return true;
	console.log('Building the app (missing, or older than its sources)…');
	const result = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
	if (result.status !== 0) throw new Error('`npm run build` failed');
	return true;
}
