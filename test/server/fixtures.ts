/** Realistic packs and a database context for server tests (no HTTP). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuthorityKind, FormPackContent } from '../../form-library/format/types';
import { completeSqliteConfig, configFromEnv } from '../../server/config';
import { createAppContext, type AppContext, type SqliteAppContext } from '../../server/context';
import { openDatabase } from '../../server/db/connection';
import { referenceData } from '../../server/seed/reference';
import { writeSqliteReference } from '../../server/seed/sqlite-seed-repository';
import { terracePack } from './terrace-pack';
import { createPack, getPack, publishPack } from '../../server/packs/packs';

/** A one-service pack handled by `kind`, e.g. a fireworks notification to the rescue department. */
export function singleServicePack(slug: string, serviceId: string, kind: AuthorityKind): FormPackContent {
  const pack = structuredClone(terracePack);
  pack.slug = slug;
  pack.services[0].id = serviceId;
  pack.services[0].authorityKind = kind;
  return pack;
}

export interface TestContext {
  ctx: SqliteAppContext;
  close(): void;
}

/** A fresh database with the reference data (308 municipalities, real authority areas). */
export function referenceContext(): TestContext {
  const dir = mkdtempSync(join(tmpdir(), 'kevyt-unit-'));
  const path = join(dir, 'kevyt.db');
  const { sqlite, db } = openDatabase(path);
  const ctx = createAppContext({ sqlite, db, config: completeSqliteConfig({ ...configFromEnv(), databasePath: path }, sqlite), now: () => new Date() });
  writeSqliteReference(sqlite, referenceData());
  return {
    ctx,
    close() {
      sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Two app contexts on one fresh database file, each with its own connection, as two server
 * processes would have them (`now` for both; the wall clock by default). `close` closes both.
 */
export function twoProcessContexts(now: () => Date = () => new Date()): TestContext & { first: SqliteAppContext; second: SqliteAppContext } {
  const test = referenceContext();
  const first = createAppContext({ sqlite: test.ctx.sqlite, db: test.ctx.db, config: test.ctx.config, now });
  const { sqlite, db } = openDatabase(test.ctx.config.databasePath);
  const second = createAppContext({ sqlite, db, config: test.ctx.config, now });
  return {
    ctx: first,
    first,
    second,
    close() {
      sqlite.close();
      test.close();
    },
  };
}

/** Creates and publishes a pack as the system; returns its id (version 1). */
export async function publishedPack(ctx: AppContext, content: FormPackContent): Promise<number> {
  const id = await createPack(ctx, content, null, { kind: 'system' });
  const pack = await getPack(ctx, id);
  if (!pack) throw new Error('pack vanished');
  await publishPack(ctx, pack, 'First version', { kind: 'system' });
  return id;
}
