import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sqlite } from './connection';
import { BUSY_RETRY_MS, BUSY_TIMEOUT_MS, isBusy } from './busy';
import { createGroupCommit } from './group-commit';

let dir: string;
let writer: Sqlite;
/** A second connection sees only what is committed. */
let reader: Sqlite;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kevyt-group-commit-'));
  writer = new Database(join(dir, 'kevyt.db'));
  writer.pragma('journal_mode = WAL');
  writer.pragma('foreign_keys = ON');
  writer.exec(`
    CREATE TABLE municipalities (code text PRIMARY KEY);
    INSERT INTO municipalities VALUES ('091'), ('049'), ('853');
    CREATE TABLE sends (id integer PRIMARY KEY, reference text NOT NULL UNIQUE,
      municipality_code text REFERENCES municipalities(code) DEFERRABLE INITIALLY DEFERRED);
  `);
  reader = new Database(join(dir, 'kevyt.db'), { readonly: true });
});

afterEach(() => {
  reader.close();
  writer.close();
  rmSync(dir, { recursive: true, force: true });
});

const committedReferences = () => (reader.prepare('SELECT reference FROM sends ORDER BY id').all() as { reference: string }[]).map((r) => r.reference);
const insert = (reference: string, municipality = '091') =>
  writer.prepare('INSERT INTO sends (reference, municipality_code) VALUES (?, ?)').run(reference, municipality).lastInsertRowid;

describe('group commit', () => {
  it('commits the writes queued in one turn together, and settles each only after that commit', async () => {
    const group = createGroupCommit(writer);
    const seenByOthersWhileWriting: string[][] = [];
    const queued = ['KV-2026-000001', 'KV-2026-000002', 'KV-2026-000003'].map((reference) =>
      group.run(() => {
        seenByOthersWhileWriting.push(committedReferences());
        return insert(reference);
      }),
    );
    const committedAtEachAnswer = await Promise.all(queued.map((p) => p.then(() => committedReferences())));
    // Nothing was committed between the writes: they shared one transaction.
    expect(seenByOthersWhileWriting).toEqual([[], [], []]);
    for (const committed of committedAtEachAnswer) expect(committed).toEqual(['KV-2026-000001', 'KV-2026-000002', 'KV-2026-000003']);
    expect(await Promise.all(queued)).toEqual([1, 2, 3]);
  });

  it('rolls back only the write that threw; the others of its batch are stored', async () => {
    const group = createGroupCommit(writer);
    const first = group.run(() => insert('KV-2026-000010'));
    const failing = group.run(() => {
      insert('KV-2026-000011', '049');
      throw new Error('the attachment already belongs to another submission');
    });
    const duplicate = group.run(() => insert('KV-2026-000010', '853'));
    const last = group.run(() => insert('KV-2026-000012', '853'));
    await expect(failing).rejects.toThrow('already belongs');
    await expect(duplicate).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_UNIQUE' });
    await expect(first).resolves.toBe(1);
    await expect(last).resolves.toBeGreaterThan(1);
    expect(committedReferences()).toEqual(['KV-2026-000010', 'KV-2026-000012']);
  });

  it('after a throw, runs the others of the batch again from scratch, so nothing of the first attempt remains', async () => {
    const group = createGroupCommit(writer);
    const counter = writer.prepare("SELECT COUNT(*) AS n FROM sends WHERE reference LIKE 'KV-2027-%'");
    const seen: number[] = [];
    const before = group.run(() => {
      seen.push((counter.get() as { n: number }).n);
      return insert('KV-2027-000001');
    });
    const failing = group.run(() => {
      throw new Error('validation failed inside the write');
    });
    await expect(failing).rejects.toThrow('validation failed');
    await expect(before).resolves.toBe(1);
    // Both runs of the first write saw an empty table: the first attempt was rolled back entirely.
    expect(seen).toEqual([0, 0]);
    expect(committedReferences()).toEqual(['KV-2027-000001']);
  });

  it('rejects every write of the batch and stores none when the commit itself fails', async () => {
    const group = createGroupCommit(writer);
    const good = group.run(() => insert('KV-2026-000020', '091'));
    // A deferred foreign key is checked only at COMMIT, so this batch's COMMIT fails.
    const dangling = group.run(() => insert('KV-2026-000021', '999'));
    await expect(good).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' });
    await expect(dangling).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' });
    expect(committedReferences()).toEqual([]);
    expect(writer.inTransaction).toBe(false);
    // The next turn starts a fresh batch.
    await expect(group.run(() => insert('KV-2026-000022', '853'))).resolves.toBeGreaterThan(0);
    expect(committedReferences()).toEqual(['KV-2026-000022']);
  });

  it('lets a write see what an earlier write of the same batch wrote', async () => {
    const group = createGroupCommit(writer);
    const lookup = writer.prepare('SELECT id FROM sends WHERE reference = ?');
    const once = (reference: string) => group.run(() => (lookup.get(reference) as { id: number } | undefined)?.id ?? Number(insert(reference)));
    const [a, b] = await Promise.all([once('KV-2026-000030'), once('KV-2026-000030')]);
    expect(a).toBe(b);
    expect(committedReferences()).toEqual(['KV-2026-000030']);
  });

  describe('batch state', () => {
    /** A counter of sends kept in memory per batch and stored once, as reference numbers are. */
    const tallied = () => {
      writer.exec('CREATE TABLE IF NOT EXISTS tally (id integer PRIMARY KEY, n integer NOT NULL); INSERT OR IGNORE INTO tally VALUES (1, 0)');
      const stores: number[] = [];
      let loads = 0;
      const group = createGroupCommit(writer);
      const state = group.state<{ n: number }>({
        load: () => {
          loads++;
          return { n: (writer.prepare('SELECT n FROM tally WHERE id = 1').get() as { n: number }).n };
        },
        copy: (s) => ({ ...s }),
        store: (s) => {
          stores.push(s.n);
          writer.prepare('UPDATE tally SET n = ? WHERE id = 1').run(s.n);
        },
      });
      const countedInsert = (reference: string, municipality = '091') => {
        const s = state.current();
        s.n++;
        insert(reference, municipality);
        return s.n;
      };
      return { group, state, countedInsert, stores, loads: () => loads, stored: () => (reader.prepare('SELECT n FROM tally').get() as { n: number }).n };
    };

    it('is read once per batch, carried from write to write and stored once before the commit', async () => {
      const { group, countedInsert, stores, loads, stored } = tallied();
      const first = await Promise.all(['KV-2026-000101', 'KV-2026-000102', 'KV-2026-000103'].map((r) => group.run(() => countedInsert(r))));
      expect(first).toEqual([1, 2, 3]);
      expect(stores).toEqual([3]);
      expect(loads()).toBe(1);
      expect(stored()).toBe(3);
      // The next batch starts from what the database holds.
      expect(await group.run(() => countedInsert('KV-2026-000104'))).toBe(4);
      expect(loads()).toBe(2);
      expect(stored()).toBe(4);
    });

    it('forgets what a write that threw changed, so the next write of the batch takes its place', async () => {
      const { group, countedInsert, stored } = tallied();
      const a = group.run(() => countedInsert('KV-2026-000201'));
      const failing = group.run(() => {
        countedInsert('KV-2026-000202');
        throw new Error('the attachment already belongs to another submission');
      });
      const c = group.run(() => countedInsert('KV-2026-000203'));
      await expect(failing).rejects.toThrow('already belongs');
      expect([await a, await c]).toEqual([1, 2]);
      expect(stored()).toBe(2);
      expect(committedReferences()).toEqual(['KV-2026-000201', 'KV-2026-000203']);
    });

    it('stores nothing of a batch whose commit fails, and the next batch starts from the database again', async () => {
      const { group, countedInsert, stored } = tallied();
      const good = group.run(() => countedInsert('KV-2026-000301'));
      const dangling = group.run(() => countedInsert('KV-2026-000302', '999'));
      await expect(good).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' });
      await expect(dangling).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' });
      expect(stored()).toBe(0);
      expect(await group.run(() => countedInsert('KV-2026-000303'))).toBe(1);
      expect(stored()).toBe(1);
    });

    it('is only available inside a write', async () => {
      const { group, state } = tallied();
      expect(group.writing).toBe(false);
      expect(() => state.current()).toThrow('inside a group-commit write');
      expect(await group.run(() => group.writing)).toBe(true);
    });
  });
});

describe('group commit on a busy database', () => {
  /** Another process's connection holding the write lock (as a backup or a second instance would). */
  function lockHolder(): Sqlite {
    const other = new Database(join(dir, 'kevyt.db'));
    other.exec('BEGIN IMMEDIATE');
    other.prepare("INSERT INTO municipalities VALUES ('638')").run();
    return other;
  }

  it('waits for the lock off the event loop and commits once it is released', async () => {
    writer.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const other = lockHolder();
    const group = createGroupCommit(writer);
    const stored = group.run(() => insert('KV-2026-000040'));
    // The event loop stays free meanwhile: timers keep firing on time.
    const lags: number[] = [];
    for (let i = 0; i < 10; i++) {
      const started = performance.now();
      await new Promise((r) => setTimeout(r, 20));
      lags.push(performance.now() - started - 20);
    }
    // Each wait for the lock blocks for one busy_timeout at most; a wait until the lock is released
    // would hold every timer for the whole loop (and longer). Room for a machine busy with other tests.
    expect(Math.max(...lags)).toBeLessThan(BUSY_TIMEOUT_MS + 180);
    expect(committedReferences()).toEqual([]);
    other.exec('COMMIT');
    other.close();
    expect(await stored).toBe(1);
    expect(committedReferences()).toEqual(['KV-2026-000040']);
  });

  it('rejects the writes with the busy error once the lock is held past BUSY_RETRY_MS, and writes again after', async () => {
    writer.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const other = lockHolder();
    const group = createGroupCommit(writer);
    const started = Date.now();
    const failed = await group.run(() => insert('KV-2026-000050')).catch((err: unknown) => err);
    expect(isBusy(failed)).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(BUSY_RETRY_MS);
    other.exec('ROLLBACK');
    other.close();
    await group.run(() => insert('KV-2026-000051'));
    expect(committedReferences()).toEqual(['KV-2026-000051']);
  });
});
