/**
 * Child process of read-only-folder.test.ts, run as a user who cannot write the database's folder:
 * opens the store, reads one article, tries one write, and prints what happened as JSON.
 * Usage: tsx tests/unit/store/read-only-reader.ts DB_PATH ID (the test runs it bundled)
 */
import { openSqliteStore } from '../../../src/lib/server/store/sqlite';

const [path, id] = process.argv.slice(2);
if (!path || !id) throw new Error('usage: read-only-reader.ts DB_PATH ID');
const store = openSqliteStore({ path });
const result = {
	health: await store.health(),
	read: await store.get(id).catch((error: { code?: string }) => ({ error: error.code })),
	write: await store.put({ text: 'Mosul and Erbil.', title: null, sourceUrl: null }).then(
		(written) => ({ written }),
		(error: { code?: string }) => ({ error: error.code })
	)
};
store.close();
process.stdout.write(JSON.stringify(result));
