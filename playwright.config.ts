import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/e2e/browser.js';

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	// Two cores: one worker keeps the WebGL rendering of SwiftShader from starving the server.
	workers: 1,
	retries: 0,
	reporter: [['list']],
	timeout: 60_000,
	expect: { timeout: 15_000 },
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		...devices['Desktop Chrome'],
		launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs() }
	},
	// The production build served by the real server (`npm start`'s), never the dev server.
	webServer: {
		command: 'npm run -s build && node src/cli/serve.js build',
		port,
		env: { PORT: String(port), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${port}` },
		reuseExistingServer: false,
		timeout: 240_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
