/**
 * `npm run db:copy -- --from sqlite:FILE --to postgres://user:password@host:port/database`:
 * copy an SQLite article store (articles, parse cache, quotas, id secret) into PostgreSQL, for
 * moving to several app servers. Safe to run while the SQLite server runs, and again: rows already
 * in PostgreSQL are kept, so a second run only adds what arrived since. See
 * src/lib/server/store/copy.ts and the README.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { articleStoreUrl, createPool, redactedUrl } from '../lib/server/store/index';
import { copySqliteToPostgres } from '../lib/server/store/copy';

const usage =
	'Usage: npm run db:copy -- --from sqlite:FILE --to postgres://user:password@host:port/database';
let from: string | undefined;
let to: string | undefined;
try {
	({ from, to } = parseArgs({
		options: { from: { type: 'string' }, to: { type: 'string' } }
	}).values);
	if (!from?.startsWith('sqlite:') || !to)
		throw new Error('--from sqlite:FILE and --to are required');
	articleStoreUrl({ ARTICLE_STORE_URL: to });
} catch (error) {
	console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
	process.exit(2);
}

const file = resolve(from.slice('sqlite:'.length));
const pool = createPool(to);
try {
	const report = await copySqliteToPostgres(file, pool);
	console.log(
		`Copied ${report.articles} articles, ${report.parses} parses and ${report.quotas} quota rows ` +
			`from ${file} to ${redactedUrl(to)} (rows already there were kept).`
	);
	if (report.secretMismatch) {
		console.warn(
			'The PostgreSQL database already keys ids with another secret: every copied link works ' +
				'(lookups are by id), but an article stored again there gets a new id.'
		);
	}
} catch (error) {
	console.error(`Cannot copy: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
} finally {
	await pool.end();
}
