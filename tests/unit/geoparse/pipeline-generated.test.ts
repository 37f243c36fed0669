/**
 * `pipeline.generated.ts` calls every rule of the hot lists of `pipeline.ts` at its own site: it
 * must be what `npm run geoparse:pipeline` writes from the lists as they are now, so no rule
 * added to a list can be missed by the parse.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_PATH, generatedSource, PIPELINE_PATH } from '../../../src/cli/pipeline-calls';

const pipeline = readFileSync(PIPELINE_PATH, 'utf8');

describe('pipeline.generated.ts', () => {
	it('is up to date with pipeline.ts (else: npm run geoparse:pipeline)', async () => {
		expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(await generatedSource(pipeline));
	});

	it('calls each listed rule at its own site, in the order of its list', async () => {
		const source = await generatedSource(
			[
				"import { a } from './reject/a';",
				"import { b, c } from './reject/bc';",
				"import { e } from './evidence/e';",
				'export const NAME_REJECT_RULES = [b, a];',
				'export const DEMONYM_REJECT_RULES = [c];',
				'export const EVIDENCE_RULES = [e];'
			].join('\n')
		);
		expect(source).toContain("import { a } from './reject/a';");
		expect(source).toContain("import { b, c } from './reject/bc';");
		const b = source.indexOf('if (b.test(x)) return b;');
		const a = source.indexOf('if (a.test(x)) return a;');
		expect(b).toBeGreaterThan(0);
		expect(a).toBeGreaterThan(b);
		expect(source).toContain('if (c.test(x)) return c;');
		expect(source).toContain('e.mention(m, g);');
		expect(source).toContain('traceIf(g, e.holds(g), e.id);');
	});

	it('changes when a rule is added to a list, and refuses a rule it cannot find', async () => {
		const added = pipeline.replace('\tcalendarWord,\n', '\tcalendarWord,\n\tampersand,\n');
		expect(added).not.toBe(pipeline);
		expect(await generatedSource(added)).not.toBe(await generatedSource(pipeline));
		const unknown = pipeline.replace('\tcalendarWord,\n', '\tcalendarWord,\n\tnoSuchRule,\n');
		await expect(generatedSource(unknown)).rejects.toThrow(/noSuchRule/);
	});
});
