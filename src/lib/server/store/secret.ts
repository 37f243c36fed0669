/**
 * The secret that keys article ids (`id.ts`): `ARTICLE_ID_SECRET` when set (several servers
 * sharing one store must share it), else the file beside the database, `<db>.secret`, made with
 * 32 random bytes on first start (mode 600) and read on every later one.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

/** The id secret for the database at `dbPath`; null when none can be read or made (read-only). */
export function idSecret(dbPath: string, env: NodeJS.ProcessEnv = process.env): string | null {
	const configured = env.ARTICLE_ID_SECRET?.trim();
	if (configured) return configured;
	const file = `${dbPath}.secret`;
	try {
		return readFileSync(file, 'utf8').trim();
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return null;
	}
	const made = randomBytes(32).toString('base64url');
	try {
		// `wx`: if another server made it first, theirs wins and is read back.
		writeFileSync(file, `${made}\n`, { flag: 'wx', mode: 0o600 });
		return made;
	} catch {
		try {
			return readFileSync(file, 'utf8').trim();
		} catch {
			return null;
		}
	}
}
