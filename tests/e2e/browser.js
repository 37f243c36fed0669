// Which Chromium the e2e suite drives: an explicit environment variable first, then the system's
// Chromium (Debian's `chromium` package), then Playwright's own download.
import { existsSync } from 'node:fs';

/** Environment variable naming a Chromium/Chrome executable to use. */
export const BROWSER_ENV = 'PLAYWRIGHT_CHROMIUM_EXECUTABLE';

const SYSTEM_CHROMIUMS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable'
];

/** @returns {string | undefined} the executable, or undefined to use Playwright's own browser */
export function chromiumExecutable() {
	const fromEnv = process.env[BROWSER_ENV];
	if (fromEnv) return fromEnv;
	return SYSTEM_CHROMIUMS.find((path) => existsSync(path));
}

/**
 * Flags for headless WebGL through SwiftShader (MapLibre needs WebGL), and for a closed network:
 * without the background-networking flags Chromium keeps trying to reach Google's hosts.
 */
export function chromiumArgs() {
	const args = [
		'--use-angle=swiftshader',
		'--enable-unsafe-swiftshader',
		'--disable-background-networking',
		'--disable-component-update',
		'--no-first-run'
	];
	// Chromium refuses to start as root with its sandbox on.
	if (process.getuid?.() === 0) args.push('--no-sandbox');
	return args;
}
