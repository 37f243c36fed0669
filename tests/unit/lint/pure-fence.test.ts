/**
 * The ESLint fence on the pure folders (eslint.config.js): a file in src/lib/geoparse,
 * src/lib/gazetteer or src/lib/share that imports Node, Svelte, MapLibre or SvelteKit's runtime
 * fails lint; the same import elsewhere (src/lib/server) passes. Linted through ESLint's Node
 * API with the project's own config, on text (no file is written).
 */

import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;
beforeAll(() => {
	eslint = new ESLint({ cwd: process.cwd() });
});

/** The no-restricted-imports messages ESLint reports for `code` as the file at `path`. */
async function fenceErrors(path: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: path });
	return (result?.messages ?? [])
		.filter((m) => m.ruleId === 'no-restricted-imports')
		.map((m) => m.message);
}

const NODE_FS = "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n";

describe('the pure-core import fence', () => {
	it('fails a file in geoparse that imports node:fs', async () => {
		const errors = await fenceErrors('src/lib/geoparse/fence-probe.ts', NODE_FS);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(/Node built-in/);
	});

	it('fails bare built-ins, Svelte, MapLibre and SvelteKit runtime in each pure folder', async () => {
		const imports = [
			"import { gunzipSync } from 'zlib';",
			"import { writable } from 'svelte/store';",
			"import { mount } from 'svelte';",
			"import maplibregl from 'maplibre-gl';",
			"import { goto } from '$app/navigation';",
			"import { env } from '$env/dynamic/public';"
		];
		const code = imports.join('\n') + '\nexport {};\n';
		for (const folder of ['geoparse', 'gazetteer', 'share']) {
			const errors = await fenceErrors(`src/lib/${folder}/fence-probe.ts`, code);
			expect(errors, folder).toHaveLength(imports.length);
		}
	});

	it('lets server code and pure imports through', async () => {
		expect(await fenceErrors('src/lib/server/fence-probe.ts', NODE_FS)).toEqual([]);
		const pure = "import { nameKey } from '../gazetteer/normalize';\nexport const k = nameKey;\n";
		expect(await fenceErrors('src/lib/geoparse/fence-probe.ts', pure)).toEqual([]);
	});
});
