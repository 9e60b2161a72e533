/**
 * Writing alerts into PostgreSQL's outbox: the part of the outbox repository that other units of
 * work (a send, a case change) use on their transaction's client.
 */
import type { Promised } from '../db/promised';
import type { PgQueryable } from '../db/postgres/transaction';
import type { OutboxInsert, OutboxRepository } from './outbox-repository';
import { OUTBOX_INSERT_COLUMNS, outboxValues } from './outbox-row';

const INSERT = `INSERT INTO outbox (${OUTBOX_INSERT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING`;

export type PgOutboxWriter = Pick<Promised<OutboxRepository>, 'insert' | 'insertAll'>;

/**
 * `db` is one transaction's client when the alerts belong to a unit of work; `insertAll` on the pool
 * writes its rows one by one (each alert stands alone, as the delivery loop reads them).
 */
export function createPgOutboxWriter(db: PgQueryable): PgOutboxWriter {
  // ON CONFLICT DO NOTHING: the partial unique index lets some kinds (deadline_near) exist once per case.
  const insert = async (row: OutboxInsert): Promise<boolean> => ((await db.query({ name: 'outbox.insert', text: INSERT, values: outboxValues(row) })).rowCount ?? 0) > 0;
  return {
    insert,
    async insertAll(rows) {
      let written = 0;
      for (const row of rows) if (await insert(row)) written++;
      return written;
    },
  };
}
