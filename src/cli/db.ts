/**
 * `npm run db:backup -- FILE` / `npm run db:restore -- FILE`: back up the article store (the
 * database `ARTICLE_DB`, default data/articles.sqlite) while the app runs, or restore a backup
 * while no server holds it. See src/lib/server/store/maintenance.ts.
 */
import { articleDbPath, articleStoreUrl } from '../lib/server/store/index';
import { backupDatabase, restoreDatabase } from '../lib/server/store/maintenance';

const [command, file] = process.argv.slice(2);
if ((command !== 'backup' && command !== 'restore') || !file) {
	console.error('Usage: npm run db:backup -- FILE   or   npm run db:restore -- FILE');
	process.exit(2);
}
if (articleStoreUrl()) {
	console.error(
		"ARTICLE_STORE_URL names a PostgreSQL store: back it up and restore it with PostgreSQL's own " +
			'tools (pg_dump, pg_restore, or continuous archiving). db:backup and db:restore are for the SQLite file.'
	);
	process.exit(2);
}
const db = articleDbPath();
try {
	if (command === 'backup') {
		const { articles } = await backupDatabase(db, file);
		console.log(`Backed up ${articles} articles from ${db} to ${file}.`);
	} else {
		const { articles } = await restoreDatabase(db, file);
		console.log(`Restored ${articles} articles from ${file} into ${db}.`);
	}
} catch (error) {
	console.error(`Cannot ${command}: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
