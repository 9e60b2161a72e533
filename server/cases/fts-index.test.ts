import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Sqlite } from '../db/connection';
import { createTextIndexer } from './fts-index';

let dir: string;
let sqlite: Sqlite;
const indexQueuedText = (db: Sqlite, opts?: { batch?: number; maxRounds?: number }) => createTextIndexer(db)(opts);

const match = (q: string) => (sqlite.prepare('SELECT rowid FROM submissions_fts WHERE submissions_fts MATCH ? ORDER BY rowid').all(q) as Array<{ rowid: number }>).map((r) => r.rowid);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kevyt-fts-'));
  sqlite = openDatabase(join(dir, 'fts.db')).sqlite;
  sqlite.exec(`
    INSERT INTO municipalities VALUES ('638','Porvoo','Borgå','fi-sv','01');
    INSERT INTO authorities VALUES ('municipality-638','municipality','Porvoon kaupunki','Borgå stad','City of Porvoo');
    INSERT INTO packs (slug, draft_json, draft_updated_at) VALUES ('building-and-environment','{}','2026-01-01T00:00:00Z');
    INSERT INTO deployments (authority_id, pack_id, pack_version, service_id) VALUES ('municipality-638',1,1,'wastewater-exemption');
  `);
  const insert = sqlite.prepare(`INSERT INTO submissions (reference, deployment_id, authority_id, pack_id, pack_version, service_id,
    municipality_code, data_json, contact_name, contact_email, lang, status, status_since, submitted_at, updated_at, idempotency_key)
    VALUES (?, 1, 'municipality-638', 1, 1, 'wastewater-exemption', '638', ?, ?, 'erik@example.fi', 'sv', 'SUBMITTED', 'x', 'x', 'x', ?)`);
  insert.run('KV-2026-000001', JSON.stringify({ propertyId: '638-412-3-87', currentSystem: 'Saostuskaivot' }), 'Erik Holmström', 'k1');
  insert.run('KV-2026-000002', JSON.stringify({ propertyId: '638-1-2-3', currentSystem: 'Pienpuhdistamo' }), 'Aino Virtanen', 'k2');
});
afterAll(() => {
  sqlite.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('free-text index queue', () => {
  it('queues sends and indexes them in one go, answers’ values but not their keys', () => {
    expect(match('"holmstrom"')).toEqual([]);
    expect(indexQueuedText(sqlite)).toBe(2);
    expect(match('"holmstrom"')).toEqual([1]);
    expect(match('"saostuskaivot"')).toEqual([1]);
    expect(match('"currentSystem"')).toEqual([]);
    expect(indexQueuedText(sqlite)).toBe(0);
  });

  it('re-indexes a supplemented answer and forgets the old text', () => {
    sqlite.prepare('UPDATE submissions SET data_json = ? WHERE id = 2').run(JSON.stringify({ currentSystem: 'Umpisäiliö' }));
    expect(match('"pienpuhdistamo"')).toEqual([]);
    indexQueuedText(sqlite);
    expect(match('"umpisailio"')).toEqual([2]);
  });

  it('indexes a bounded number of batches when asked to', () => {
    const insert = sqlite.prepare(`INSERT INTO submissions (reference, deployment_id, authority_id, pack_id, pack_version, service_id,
      municipality_code, data_json, contact_name, contact_email, lang, status, status_since, submitted_at, updated_at, idempotency_key)
      VALUES (?, 1, 'municipality-638', 1, 1, 'wastewater-exemption', '638', '{}', 'Sofia Nieminen', 's@example.fi', 'fi', 'SUBMITTED', 'x', 'x', 'x', ?)`);
    for (let i = 3; i <= 12; i++) insert.run(`KV-2026-${String(i).padStart(6, '0')}`, `k${i}`);
    expect(indexQueuedText(sqlite, { batch: 3, maxRounds: 2 })).toBe(6);
    expect(indexQueuedText(sqlite)).toBe(4);
  });
});
