/**
 * Liveness and readiness as load balancers ask them. Live: the process answers. Ready: the
 * database answers with every migration of this build applied, and the instance is not draining
 * for a shutdown (then the balancer stops sending it new requests while it finishes its own).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS_FOLDER } from '../db/connection';
import type { DatabaseReadiness } from './health-repository';

export type Readiness =
  | { status: 'ready'; migrations: number }
  | { status: 'not_ready'; reason: 'draining' | 'database_unreachable' | 'migrations_pending'; applied?: number; expected?: number };

/** The migrations this build ships (drizzle's journal), read once. */
export function shippedMigrations(folder = MIGRATIONS_FOLDER): number {
  const journal = JSON.parse(readFileSync(join(folder, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
  return journal.entries.length;
}

export async function readiness(db: DatabaseReadiness, expected: number, draining: boolean): Promise<Readiness> {
  if (draining) return { status: 'not_ready', reason: 'draining' };
  const applied = await db.appliedMigrations();
  if (applied === null) return { status: 'not_ready', reason: 'database_unreachable' };
  if (applied < expected) return { status: 'not_ready', reason: 'migrations_pending', applied, expected };
  return { status: 'ready', migrations: applied };
}
