/**
 * Sends in PostgreSQL: each send is one transaction on a client of the pool (no group commit; the
 * pool gives concurrency), holding everything SQLite's write holds: the numbered submission, its
 * claimed attachments, project permit link, 'submitted' history event (its id is the case's place
 * in the integration feed, change_seq, set in the submission's own INSERT: migrations 0004, 0006),
 * webhook deliveries, alerts and audit row.
 *
 * Several instances share the database:
 * - The integration feed's change-order lock is taken first (server/integration/pg-change-order.ts):
 *   held until COMMIT, it orders every send and every case change the feed counts, so change_seq
 *   follows commit order, across a New Year too (where the two years' counter rows order nothing).
 * - The year's reference counter is bumped in the same statement (INSERT … ON CONFLICT … DO UPDATE … RETURNING):
 *   its row lock orders the year's sends until COMMIT, so numbers are unique and gap-free (a
 *   rolled-back send gives its number back), and the last send's time read after it is the
 *   latest committed one, so submitted_at never decreases with the id (as on SQLite).
 * - The unique index on idempotency_key decides between two sends with one key: the insert waits
 *   for the other's transaction, then inserts nothing; the send rolls back (its number too) and
 *   answers with the first send's row.
 */
import type pg from 'pg';
import { createPgOutboxWriter } from '../alerts/pg-outbox-writer';
import { createPgAuditRepository } from '../audit/pg-audit-repository';
import type { Promised } from '../db/promised';
import { inTransaction } from '../db/postgres/transaction';
import { createPgProjectRepository } from '../projects/pg-project-repository';
import { CHANGE_ORDER_LOCK } from '../integration/pg-change-order';
import { createPgWebhookQueue } from '../webhooks/pg-webhook-repository';
import { webhookEventsOf, type CaseHistoryFact } from '../webhooks/webhook-events';
import { formatReference, referenceYear } from './reference-number';
import type { AuthorityNames, MunicipalityNames, NewSend, StoredSend, SubmissionRepository } from './submission-repository';
import { newSubmissionValues, STORED_SEND_COLUMNS, storedSend, SUBMISSION_INSERT_COLUMNS } from './submission-row';

const BY_KEY = `SELECT ${STORED_SEND_COLUMNS} FROM submissions WHERE idempotency_key = $1`;
// The feed's change-order lock first (pg-change-order.ts), then the year's counter row.
const BUMP_REFERENCE = `WITH change_order AS (SELECT ${CHANGE_ORDER_LOCK})
  INSERT INTO reference_counters (year, last) SELECT $1, 1 FROM change_order
  ON CONFLICT (year) DO UPDATE SET last = reference_counters.last + 1 RETURNING last`;
const LAST_AT = 'SELECT submitted_at AS at FROM submissions ORDER BY id DESC LIMIT 1';
// change_seq is drawn here, under the change-order lock, and given to the 'submitted' history row as
// its id: the trigger then finds the case in place and writes no second version of the row (migration 0006).
const INSERT = `INSERT INTO submissions (${SUBMISSION_INSERT_COLUMNS}, change_seq)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, nextval('case_events_id_seq'))
  ON CONFLICT (idempotency_key) DO NOTHING RETURNING id, change_seq AS "changeSeq"`;
const CLAIM = 'UPDATE attachments SET submission_id = $1 WHERE id = $2 AND submission_id IS NULL';
const EVENT = `INSERT INTO case_events (id, submission_id, at, kind, actor_kind, to_status, customer_visible) VALUES ($1, $2, $3, 'submitted', 'customer', $4, true)`;

/** Thrown inside the transaction to roll it back when a referenced file was claimed meanwhile. */
class AttachmentTaken extends Error {
  constructor(readonly path: string) {
    super('attachment taken');
  }
}

/** Thrown inside the transaction to roll it back when another send stored the idempotency key first. */
class KeyTaken extends Error {
  constructor() {
    super('idempotency key taken');
  }
}

/** Reference rows are only ever inserted, never renamed, so a name once found stays right (as on SQLite). */
function cachedNames<V>(read: (key: string) => Promise<V | undefined>): (key: string) => Promise<V | undefined> {
  const cache = new Map<string, V>();
  return async (key) => {
    const known = cache.get(key);
    if (known !== undefined) return known;
    const value = await read(key);
    if (value !== undefined) cache.set(key, value);
    return value;
  };
}

async function write(client: pg.PoolClient, send: NewSend, clock: () => Date): Promise<StoredSend> {
  const now = clock();
  const year = referenceYear(now);
  const bumped = await client.query<{ last: number }>({ name: 'submissions.bumpReference', text: BUMP_REFERENCE, values: [year] });
  const reference = formatReference(year, bumped.rows[0].last);
  // Read under the counter's lock: the latest send committed (see above); never before it, even if the clock steps back.
  const last = (await client.query<{ at: string }>({ name: 'submissions.lastAt', text: LAST_AT })).rows[0]?.at ?? null;
  const time = now.toISOString();
  const at = last !== null && last > time ? last : time;
  const due = send.dueDates(at);
  const inserted = await client.query<{ id: number; changeSeq: number }>({ name: 'submissions.insert', text: INSERT, values: newSubmissionValues(send, reference, at, due) });
  if (inserted.rows.length === 0) throw new KeyTaken();
  const { id, changeSeq } = inserted.rows[0];
  for (const ref of send.attachments) {
    const claimed = await client.query({ name: 'submissions.claim', text: CLAIM, values: [id, ref.id] });
    if (claimed.rowCount !== 1) throw new AttachmentTaken(ref.path);
  }
  await client.query({ name: 'submissions.event', text: EVENT, values: [changeSeq, id, at, send.status] });
  const webhooks = createPgWebhookQueue(client);
  if (await webhooks.hasEndpoints(send.authorityId)) {
    const row: CaseHistoryFact = { kind: 'submitted', actorKind: 'customer', event: null, fromStatus: null, toStatus: send.status };
    await webhooks.queue(send.authorityId, id, webhookEventsOf(row, { id, reference, status: send.status }, at), at);
  }
  if (send.projectPermit) await createPgProjectRepository(client).linkSent(send.projectPermit.permitId, id, send.projectPermit.projectDataJson, at);
  const { alerts, audit } = send.consequences({ id, reference, at });
  await createPgOutboxWriter(client).insertAll(alerts);
  await createPgAuditRepository(client).write(audit);
  return storedSend(send, id, reference, at, due.dueDate);
}

export function createPgSubmissionRepository(pool: pg.Pool): Promised<SubmissionRepository> {
  const byKey = async (key: string): Promise<StoredSend | undefined> =>
    (await pool.query<StoredSend>({ name: 'submissions.byKey', text: BY_KEY, values: [key] })).rows[0];
  return {
    byIdempotencyKey: byKey,
    async deploymentExists(id) {
      return ((await pool.query({ name: 'submissions.deploymentExists', text: 'SELECT 1 FROM deployments WHERE id = $1', values: [id] })).rowCount ?? 0) > 0;
    },
    authorityNames: cachedNames(async (id) =>
      (await pool.query<AuthorityNames>('SELECT name_fi AS "nameFi", name_sv AS "nameSv", name_en AS "nameEn" FROM authorities WHERE id = $1', [id])).rows[0],
    ),
    municipalityNames: cachedNames(async (code) =>
      (await pool.query<MunicipalityNames>('SELECT name_fi AS "nameFi", name_sv AS "nameSv" FROM municipalities WHERE code = $1', [code])).rows[0],
    ),
    async store(send, clock) {
      try {
        return { kind: 'created', send: await inTransaction(pool, (client) => write(client, send, clock)) };
      } catch (err) {
        if (err instanceof AttachmentTaken) return { kind: 'attachmentTaken', path: err.path };
        if (err instanceof KeyTaken) {
          const first = await byKey(send.idempotencyKey);
          if (first) return { kind: 'existing', send: first };
        }
        throw err;
      }
    },
  };
}
