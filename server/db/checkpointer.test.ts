import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCheckpointer } from './checkpointer';
import { openDatabase, type Sqlite } from './connection';

let dir: string;
let sqlite: Sqlite;

afterEach(() => {
  sqlite.close();
  rmSync(dir, { recursive: true, force: true });
});

function open(): Sqlite {
  dir = mkdtempSync(join(tmpdir(), 'kevyt-checkpoint-'));
  sqlite = openDatabase(join(dir, 'kevyt.db')).sqlite;
  sqlite.exec('CREATE TABLE notes (text TEXT NOT NULL)');
  return sqlite;
}

/** WAL frames written since the WAL was last reset (a PASSIVE checkpoint reports them as `log`). */
function walFrames(db: Sqlite): number {
  const [row] = db.pragma('wal_checkpoint(PASSIVE)') as Array<{ log: number }>;
  return row.log;
}

describe('background WAL checkpoints', () => {
  it('copies committed pages into the database file off the request connection, so the WAL starts over', async () => {
    const db = open();
    const stop = startCheckpointer(db, join(dir, 'kevyt.db'));
    const insert = db.prepare('INSERT INTO notes (text) VALUES (?)');
    for (let i = 0; i < 300; i++) insert.run(`Helsingin ilmoitus ${i} `.repeat(20));
    // The request connection would not checkpoint by itself below its 16 000-page safety threshold.
    await new Promise((resolveWait) => setTimeout(resolveWait, 1000));
    insert.run('Espoon ilmoitus');
    expect(walFrames(db)).toBeLessThan(10);
    expect(db.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 301 });
    await stop();
  });

  it('does nothing for an in-memory database', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kevyt-checkpoint-'));
    sqlite = openDatabase(':memory:').sqlite;
    const stop = startCheckpointer(sqlite, ':memory:');
    await expect(stop()).resolves.toBeUndefined();
  });
});
