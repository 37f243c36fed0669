/**
 * Child process of store-crash.test.ts: stores articles as fast as it can and prints each id on
 * stdout once `put` has resolved (acknowledged), until it is killed.
 * Usage: tsx tests/unit/faults/store-writer.ts DB_PATH
 */
import { openSqliteStore } from '../../../src/lib/server/store/sqlite';

const path = process.argv[2];
if (!path) throw new Error('usage: store-writer.ts DB_PATH');
const store = openSqliteStore({ path });
let n = 0;
for (;;) {
	const id = await store.put({
		text: `Article ${n} (pid ${process.pid}): rockets hit Camp Taji, north of Baghdad. ${'x'.repeat(n % 5000)}`,
		title: `Crash test ${n}`,
		sourceUrl: null
	});
	process.stdout.write(`${id}\n`);
	n++;
}
