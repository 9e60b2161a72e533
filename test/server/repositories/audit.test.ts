/** The audit log keeps the same row on SQLite and on PostgreSQL, inside a unit of work or alone. */
import { describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../../server/audit/audit-repository';
import { createPgAuditRepository } from '../../../server/audit/pg-audit-repository';
import { inTransaction } from '../../../server/db/postgres/transaction';
import { POSTGRES_AVAILABLE, useBothDatabases } from '../../support/both-databases';

const ROW = 'SELECT at, actor_kind AS "actorKind", actor_user_id AS "actorUserId", actor_email AS "actorEmail", action, target_type AS "targetType", target_id AS "targetId", details_json AS "detailsJson" FROM audit_log ORDER BY id DESC LIMIT 1';

const records: AuditRecord[] = [
  { at: '2026-12-07T10:00:00.000Z', actor: { kind: 'system' }, action: 'pack.publish', targetType: 'pack', targetId: 7, details: { version: 2 } },
  { at: '2026-12-07T10:00:01.000Z', actor: { kind: 'person', personKey: 'pk-1' }, action: 'project.create', targetType: 'project', targetId: 3, details: 'named' },
];

describe.skipIf(!POSTGRES_AVAILABLE)('the audit log on both databases', () => {
  const both = useBothDatabases('audit_rows');

  it('writes the same row', async () => {
    const { pool, sqlite } = both;
    for (const record of records) {
      await sqlite.ctx.repos.audit.write(record);
      await createPgAuditRepository(pool).write(record);
      expect((await pool.query(ROW)).rows[0]).toEqual(sqlite.ctx.sqlite.prepare(ROW).get());
    }
  });

  it('inside a transaction commits with it, and not when it rolls back', async () => {
    const { pool } = await both.postgres.database('audit_units');
    const count = async () => Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM audit_log')).rows[0].n);
    await inTransaction(pool, (client) => createPgAuditRepository(client).write(records[0]));
    expect(await count()).toBe(1);
    await expect(
      inTransaction(pool, async (client) => {
        await createPgAuditRepository(client).write(records[1]);
        throw new Error('refused later in the unit of work');
      }),
    ).rejects.toThrow('refused later');
    expect(await count()).toBe(1);
  });
});
