// `npm start`: build the production app if it is missing or older than its sources, then serve it
// (src/cli/serve.js: adapter-node's request handler in our own Node server) and say where to open it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from './serve.js';

const root = resolve(import.meta.dirname, '../..');
const buildDir = join(root, 'build');
const serverEntry = join(buildDir, 'index.js');
const inputs = ['src', 'static', 'geo', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

/**
 * Newest modification time under a path, in ms (0 when it does not exist).
 * @param {string} path
 * @returns {number}
 */
function newest(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let latest = stat.mtimeMs;
	for (const entry of readdirSync(path)) {
		if (entry === 'node_modules' || entry === 'out') continue;
		latest = Math.max(latest, newest(join(path, entry)));
	}
	return latest;
}

/** @param {string} script */
function run(script) {
	const result = spawnSync('npm', ['run', '-s', script], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) {
		console.error(
			`\n\`npm run ${script}\` failed; fix the error above and run \`npm start\` again.`
		);
		process.exit(result.status ?? 1);
	}
}

// The gazetteer artifact is normally built by `npm install`; build it here if it is missing or stale.
run('geo:ensure');

const builtAt = existsSync(serverEntry) ? statSync(serverEntry).mtimeMs : 0;
if (builtAt < Math.max(...inputs.map((input) => newest(join(root, input))))) {
	console.log('Building the app (first start, or the sources changed)…');
	run('build');
}

process.env.PORT ||= '3000';
process.env.HOST ||= '0.0.0.0';
process.env.ORIGIN ||= `http://localhost:${process.env.PORT}`;
await serve(buildDir);
console.log(`\nArticle map is running: open ${process.env.ORIGIN}/ (Ctrl+C stops it)\n`);
