/**
 * Migrations run with foreign keys off (SQLite rebuilds a changed table by copying it), so what
 * they leave is checked before the database is served: a start that migrated refuses rows pointing
 * at missing rows; a start with nothing to migrate does not read the whole database for it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './connection';

let dir: string | null = null;

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

/** A migrated database holding an attachment of a submission that does not exist (written with foreign keys off). */
function databaseWithDanglingRow(): string {
  dir = mkdtempSync(join(tmpdir(), 'kevyt-migrate-'));
  const path = join(dir, 'kevyt.db');
  const { sqlite } = openDatabase(path);
  sqlite.pragma('foreign_keys = OFF');
  sqlite.prepare(`INSERT INTO attachments (id, submission_id, name, mime, size, sha256) VALUES ('a1', 999999, 'x.pdf', 'application/pdf', 1, 'x')`).run();
  return path;
}

describe('opening a database', () => {
  it('refuses to serve what a migration left pointing at missing rows', () => {
    const path = databaseWithDanglingRow();
    {
      const { sqlite } = openDatabase(path);
      // As if the last migration had not been applied yet: the next start applies it again.
      sqlite.prepare('DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)').run();
      sqlite.close();
    }
    expect(() => openDatabase(path)).toThrow(/The migrations left 1 rows pointing at missing rows/);
  });

  it('does not check the whole database again when there was nothing to migrate', () => {
    const path = databaseWithDanglingRow();
    // The row would be refused by the check (see above); this start applied nothing, so it opens.
    const { sqlite } = openDatabase(path);
    expect(sqlite.pragma('foreign_key_check')).toHaveLength(1);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    sqlite.close();
  });
});
