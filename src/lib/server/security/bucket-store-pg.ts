/**
 * Token buckets in PostgreSQL (table `buckets`, see store/pg-schema.ts), so a client's limits
 * hold across every app server of one database: one statement per draw, an upsert whose row lock
 * makes concurrent draws on one bucket from several servers apply one after the other. Buckets
 * that have refilled completely are the same as absent ones and are swept every minute, so the
 * table holds only the clients seen in the last few refill periods. While the database does not
 * answer, draws fall back to this server's memory (logged), so an outage of the database does not
 * take the limits, or the requests, down with it.
 */
import type pg from 'pg';
import { applyDraw, createMemoryBuckets, type BucketStore } from './buckets';

const SWEEP_MS = 60_000;

export function createPostgresBuckets(pool: pg.Pool, maxClientsInFallback: number): BucketStore {
	const fallback = createMemoryBuckets(maxClientsInFallback);
	/** Each kind seen, with the time after which any of its buckets is full again (ms). */
	const refillMs = new Map<string, number>();
	let warnedAt = -Infinity;

	const sweep = () => {
		const now = Date.now();
		for (const [kind, ms] of refillMs) {
			pool
				.query('DELETE FROM buckets WHERE kind = $1 AND at < $2', [kind, now - ms])
				.catch(() => {}); // the next sweep tries again
		}
	};
	setInterval(sweep, SWEEP_MS).unref();

	return {
		async draw(kind, client, spec, now, draw) {
			// From minus one capacity to full, plus a second of clock skew between servers.
			refillMs.set(kind, Math.ceil((2 * spec.capacity) / spec.refillPerSecond) * 1000 + 1000);
			const fresh = applyDraw(spec, spec.capacity, draw);
			try {
				const { rows } = await pool.query<{ units: number; allowed: boolean }>(DRAW, [
					kind,
					client,
					now,
					spec.capacity,
					spec.refillPerSecond,
					draw.spend,
					draw.atLeast,
					fresh.units,
					fresh.allowed
				]);
				const row = rows[0]!;
				return { allowed: row.allowed, units: row.units };
			} catch (error) {
				if (now - warnedAt > SWEEP_MS) {
					warnedAt = now;
					console.warn(
						`rate limits: the database did not answer (${String(error)}); limiting per server meanwhile`
					);
				}
				return fallback.draw(kind, client, spec, now, draw);
			}
		}
	};
}

/** The level refilled to $3 (now): `refilled` in buckets.ts, in SQL. */
const LEVEL = 'least($4::float8, b.units + greatest(0, $3::bigint - b.at) / 1000.0 * $5::float8)';
const TAKEN = `($7::float8 IS NULL OR ${LEVEL} >= $7::float8)`;

/** One draw: a new bucket starts full ($8, $9 computed by `applyDraw`); an existing one is refilled and drawn. */
const DRAW = `INSERT INTO buckets AS b (kind, client, units, at, allowed)
	VALUES ($1, $2, $8::float8, $3::bigint, $9::boolean)
	ON CONFLICT (kind, client) DO UPDATE SET
		units = CASE WHEN ${TAKEN} THEN greatest(-$4::float8, ${LEVEL} - $6::float8) ELSE ${LEVEL} END,
		allowed = ${TAKEN},
		at = greatest($3::bigint, b.at)
	RETURNING units, allowed`;
