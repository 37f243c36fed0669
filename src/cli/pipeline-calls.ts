/**
 * The source of src/lib/geoparse/pipeline.generated.ts, written from the rule lists that
 * `pipeline.ts` declares: every rule of a hot list called at a call site of its own. A loop over
 * a list of rules is one call site for all of them, which the engine cannot inline (measured: the
 * reject stage's loop cost the demo article about a tenth of its parse); a chain written by hand
 * misses the rules that other work adds to the list. Generated from the list, the chain can do
 * neither: `npm run geoparse:pipeline` rewrites it, and a unit test fails when it is stale.
 *
 * `pipeline.ts` is read as TypeScript syntax: each list is an array literal of names, each
 * name imported from its rule's file; the generated module imports the rules from those files.
 */

import { format, resolveConfig } from 'prettier';
import ts from 'typescript';

export const PIPELINE_PATH = 'src/lib/geoparse/pipeline.ts';
export const GENERATED_PATH = 'src/lib/geoparse/pipeline.generated.ts';

/** One generated function: its signature, and the statement it makes of each rule `R`. */
interface Chain {
	/** The list of `pipeline.ts` it is made from. */
	list: string;
	doc: string;
	signature: string;
	call: (rule: string) => string;
	/** What the function ends with (`return null;`), if anything. */
	end?: string;
	/** A function the chain calls, written before it. */
	helper?: string;
}

const CHAINS: readonly Chain[] = [
	{
		list: 'NAME_REJECT_RULES',
		doc: 'The first rule of `NAME_REJECT_RULES` that holds for a name, or null.',
		signature: 'export function rejectName(x: RejectInput): RejectRule | null',
		call: (r) => `if (${r}.test(x)) return ${r};`,
		end: 'return null;'
	},
	{
		list: 'DEMONYM_REJECT_RULES',
		doc: 'The first rule of `DEMONYM_REJECT_RULES` that holds for a demonym, or null.',
		signature: 'export function rejectDemonym(x: RejectInput): RejectRule | null',
		call: (r) => `if (${r}.test(x)) return ${r};`,
		end: 'return null;'
	},
	{
		list: 'EVIDENCE_RULES',
		doc: "Every rule of `EVIDENCE_RULES`, in order, reads one mention into its group's evidence.",
		signature: 'export function readEvidence(m: MentionView, g: Group): void',
		call: (r) => `${r}.mention(m, g);`
	},
	{
		list: 'EVIDENCE_RULES',
		doc: "The id of every rule of `EVIDENCE_RULES` whose evidence holds, on the group's trace.",
		signature: 'export function traceEvidence(g: Group): void',
		call: (r) => `traceIf(g, ${r}.holds(g), ${r}.id);`,
		// Every rule's id read and one push for all: a push or a read at a rule's own site, first
		// made when a rare evidence first holds (after the chain is optimised), would throw the
		// optimised chain away.
		helper: [
			"/** Adds `id` to the group's trace when `holds`. */",
			'function traceIf(g: Group, holds: boolean, id: string): void {',
			'if (holds) g.trace.push(id);',
			'}'
		].join('\n')
	}
];

/** The types the signatures name, and where they come from (relative to `pipeline.ts`). */
const TYPE_IMPORTS = [
	"import type { MentionView } from './evidence/mention';",
	"import type { Group } from './record';",
	"import type { RejectInput, RejectRule } from './reject/input';"
];

/** Name → module of every named import of `pipeline.ts`. */
function importedNames(file: ts.SourceFile): Map<string, string> {
	const from = new Map<string, string>();
	for (const st of file.statements) {
		if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
		const bindings = st.importClause?.namedBindings;
		if (!bindings || !ts.isNamedImports(bindings)) continue;
		for (const el of bindings.elements) {
			if (!el.isTypeOnly && !st.importClause?.isTypeOnly)
				from.set(el.name.text, st.moduleSpecifier.text);
		}
	}
	return from;
}

/** The names in the array literal `export const NAME … = [ … ]` of `pipeline.ts`, in order. */
function listedNames(file: ts.SourceFile, list: string): string[] {
	for (const st of file.statements) {
		if (!ts.isVariableStatement(st)) continue;
		for (const d of st.declarationList.declarations) {
			if (!ts.isIdentifier(d.name) || d.name.text !== list) continue;
			const init = d.initializer;
			if (!init || !ts.isArrayLiteralExpression(init))
				throw new Error(`${PIPELINE_PATH}: ${list} is not an array literal`);
			return init.elements.map((e) => {
				if (!ts.isIdentifier(e))
					throw new Error(`${PIPELINE_PATH}: ${list} lists something other than a rule's name`);
				return e.text;
			});
		}
	}
	throw new Error(`${PIPELINE_PATH}: no list ${list}`);
}

/** The generated module for the source text of `pipeline.ts`, formatted as the repository is. */
export async function generatedSource(pipeline: string): Promise<string> {
	const file = ts.createSourceFile(PIPELINE_PATH, pipeline, ts.ScriptTarget.Latest, true);
	const from = importedNames(file);
	const modules = new Map<string, Set<string>>();
	const bodies: string[] = [];
	for (const chain of CHAINS) {
		const rules = listedNames(file, chain.list);
		for (const r of rules) {
			const module = from.get(r);
			if (module === undefined)
				throw new Error(`${PIPELINE_PATH}: ${chain.list} lists ${r}, which it does not import`);
			if (!modules.has(module)) modules.set(module, new Set());
			modules.get(module)?.add(r);
		}
		const lines = [...rules.map(chain.call), ...(chain.end ? [chain.end] : [])];
		if (chain.helper) bodies.push(chain.helper);
		bodies.push(`/** ${chain.doc} */\n${chain.signature} {\n${lines.join('\n')}\n}`);
	}
	const imports = [...modules]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([module, names]) => `import { ${[...names].sort().join(', ')} } from '${module}';`);
	const source = [
		'// Generated from pipeline.ts by src/cli/geoparse-pipeline.ts (npm run geoparse:pipeline).',
		'// Do not edit: change the lists in pipeline.ts and run the script again.',
		'',
		'/**',
		' * The hot rule lists of `pipeline.ts`, each rule called at a call site of its own so the engine',
		' * can inline it (a loop over a list is one call site for every rule in it).',
		' */',
		'',
		...TYPE_IMPORTS,
		...imports,
		'',
		bodies.join('\n\n'),
		''
	].join('\n');
	const options = await resolveConfig(GENERATED_PATH);
	return format(source, { ...options, filepath: GENERATED_PATH });
}
