// Makes sure the e2e suite has a Chromium to drive, installing one if it can:
// Debian's `chromium` package when running as root with apt, otherwise Playwright's own download.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { BROWSER_ENV, chromiumExecutable } from './browser.js';

/**
 * @param {string} command
 * @param {string[]} args
 */
function sh(command, args) {
	console.log(`$ ${command} ${args.join(' ')}`);
	return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

function ready() {
	const path = chromiumExecutable();
	if (path) return existsSync(path) ? path : undefined;
	const bundled = chromium.executablePath();
	return existsSync(bundled) ? bundled : undefined;
}

if (process.env[BROWSER_ENV] && !existsSync(process.env[BROWSER_ENV])) {
	console.error(
		`${BROWSER_ENV}=${process.env[BROWSER_ENV]} does not exist. Point it at a Chromium.`
	);
	process.exit(1);
}

let found = ready();
if (!found) {
	const isRoot = process.getuid?.() === 0;
	const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
	if (isRoot && hasApt) {
		console.log("No Chromium found: installing Debian's chromium package…");
		if (sh('apt-get', ['update', '-qq'])) {
			sh('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
		}
	} else {
		console.log("No Chromium found: downloading Playwright's own…");
		sh('npx', ['playwright', 'install', 'chromium']);
	}
	found = ready();
}

if (!found) {
	console.error(`
Could not get a Chromium for the end-to-end tests. Do one of these, then run the tests again:
  - Debian/Ubuntu as root:  apt-get install chromium
  - anywhere with internet: npx playwright install chromium
  - an existing browser:    export ${BROWSER_ENV}=/path/to/chromium
`);
	process.exit(1);
}
console.log(`e2e browser: ${found}`);
