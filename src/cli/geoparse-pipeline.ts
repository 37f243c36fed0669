/**
 * npm run geoparse:pipeline            rewrite src/lib/geoparse/pipeline.generated.ts
 * npm run geoparse:pipeline -- --check fail (exit 1) when it is out of date with pipeline.ts
 *
 * The generated module calls every rule of the hot lists of `pipeline.ts` at its own call site
 * (see `pipeline-calls.ts`). Run it after adding, removing or moving a rule in those lists.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { GENERATED_PATH, generatedSource, PIPELINE_PATH } from './pipeline-calls';

const want = await generatedSource(readFileSync(PIPELINE_PATH, 'utf8'));
let have = '';
try {
	have = readFileSync(GENERATED_PATH, 'utf8');
} catch {
	// Not written yet.
}
if (process.argv.includes('--check')) {
	if (have !== want) {
		console.error(`${GENERATED_PATH} is out of date: run npm run geoparse:pipeline`);
		process.exit(1);
	}
	console.log(`${GENERATED_PATH} is up to date`);
} else if (have === want) {
	console.log(`${GENERATED_PATH}: unchanged`);
} else {
	writeFileSync(GENERATED_PATH, want);
	console.log(`${GENERATED_PATH}: written`);
}
