import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Sqlite } from '../db/connection';
import { createGroupCommit, type GroupCommit } from '../db/group-commit';
import { createReferenceCounter, formatReference, parseReference, referenceYear, type ReferenceCounter } from './reference-number';

/** Each test connection's group commit and counter, made once as the app context makes them. */
const made = new Map<Sqlite, { group: GroupCommit; take: ReferenceCounter }>();
function of(sqlite: Sqlite) {
  let m = made.get(sqlite);
  if (!m) {
    const group = createGroupCommit(sqlite);
    m = { group, take: createReferenceCounter(sqlite, group) };
    made.set(sqlite, m);
  }
  return m;
}
const groupCommitOf = (sqlite: Sqlite) => of(sqlite).group;
const takeReference = (sqlite: Sqlite, at: Date) => of(sqlite).take(at);

describe('reference numbers', () => {
  it('pads the yearly sequence to six digits', () => {
    expect(formatReference(2026, 123)).toBe('KV-2026-000123');
    expect(formatReference(2026, 1_234_567)).toBe('KV-2026-1234567');
  });

  it('parses what it formats and rejects anything else', () => {
    expect(parseReference('KV-2026-000123')).toEqual({ year: 2026, sequence: 123 });
    expect(parseReference(' kv-2026-000123 ')).toEqual({ year: 2026, sequence: 123 });
    expect(parseReference('KV-26-1')).toBeNull();
    expect(parseReference('Helsinki')).toBeNull();
  });

  it('counts the year in Finnish time, so New Year’s night belongs to the new year', () => {
    expect(referenceYear(new Date('2026-12-31T22:30:00Z'))).toBe(2027);
    expect(referenceYear(new Date('2026-12-31T21:30:00Z'))).toBe(2026);
  });

  it('numbers each year from 1 and never repeats a number', () => {
    const sqlite = new Database(':memory:');
    sqlite.exec('CREATE TABLE reference_counters (year integer PRIMARY KEY NOT NULL, last integer NOT NULL)');
    const in2026 = new Date('2026-06-01T10:00:00Z');
    expect(takeReference(sqlite, in2026)).toBe('KV-2026-000001');
    expect(takeReference(sqlite, in2026)).toBe('KV-2026-000002');
    expect(takeReference(sqlite, new Date('2027-02-01T10:00:00Z'))).toBe('KV-2027-000001');
    expect(takeReference(sqlite, in2026)).toBe('KV-2026-000003');
  });

  it('gives the number back when the submission’s transaction rolls back', () => {
    const sqlite = new Database(':memory:');
    sqlite.exec('CREATE TABLE reference_counters (year integer PRIMARY KEY NOT NULL, last integer NOT NULL)');
    const at = new Date('2026-06-01T10:00:00Z');
    const send = sqlite.transaction(() => {
      takeReference(sqlite, at);
      throw new Error('validation failed after numbering');
    });
    expect(() => send()).toThrow('validation failed');
    expect(takeReference(sqlite, at)).toBe('KV-2026-000001');
  });

  describe('in group-committed sends', () => {
    const in2026 = new Date('2026-06-01T10:00:00Z');
    /** A database file with the counter and a table of numbered sends, as one server process opens it. */
    const openAt = (path: string): Sqlite => {
      const sqlite = new Database(path);
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('busy_timeout = 5000');
      sqlite.exec(`CREATE TABLE IF NOT EXISTS reference_counters (year integer PRIMARY KEY NOT NULL, last integer NOT NULL);
        CREATE TABLE IF NOT EXISTS sends (id integer PRIMARY KEY, reference text NOT NULL UNIQUE)`);
      return sqlite;
    };
    const numberedSend = (sqlite: Sqlite, fail = false) =>
      groupCommitOf(sqlite).run(() => {
        const reference = takeReference(sqlite, in2026);
        sqlite.prepare('INSERT INTO sends (reference) VALUES (?)').run(reference);
        if (fail) throw new Error('the attachment already belongs to another submission');
        return reference;
      });
    const withFile = async (walk: (path: string) => Promise<void>) => {
      const dir = mkdtempSync(join(tmpdir(), 'kevyt-reference-'));
      try {
        await walk(join(dir, 'kevyt.db'));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    const counterOf = (sqlite: Sqlite) => (sqlite.prepare('SELECT last FROM reference_counters WHERE year = 2026').get() as { last: number } | undefined)?.last;

    it('numbers a batch without gaps, gives back the number of a send that fails, and stores the counter with the batch', () =>
      withFile(async (path) => {
        const sqlite = openAt(path);
        const batch = [numberedSend(sqlite), numberedSend(sqlite, true), numberedSend(sqlite), numberedSend(sqlite)];
        await expect(batch[1]).rejects.toThrow('already belongs');
        expect(await Promise.all([batch[0], batch[2], batch[3]])).toEqual(['KV-2026-000001', 'KV-2026-000002', 'KV-2026-000003']);
        expect(counterOf(sqlite)).toBe(3);
        sqlite.close();
      }));

    it('goes on from the stored counter after a restart', () =>
      withFile(async (path) => {
        const before = openAt(path);
        await Promise.all([numberedSend(before), numberedSend(before)]);
        before.close();
        const after = openAt(path);
        expect(await numberedSend(after)).toBe('KV-2026-000003');
        after.close();
      }));

    it('never repeats a number when two processes send into one database', () =>
      withFile(async (path) => {
        const one = openAt(path);
        const two = openAt(path);
        const references: string[] = [];
        for (let round = 0; round < 3; round++) {
          references.push(...(await Promise.all([numberedSend(one), numberedSend(one)])));
          references.push(...(await Promise.all([numberedSend(two), numberedSend(two), numberedSend(two)])));
        }
        expect(references).toEqual(Array.from({ length: 15 }, (_, i) => formatReference(2026, i + 1)));
        expect(counterOf(one)).toBe(15);
        one.close();
        two.close();
      }));
  });
});
