/**
 * Sends in PostgreSQL: each send is one transaction on a client of the pool (no group commit; the
 * pool gives concurrency), holding everything SQLite's write holds: the numbered submission, its
 * claimed attachments, project permit link, 'submitted' history event (its id is the case's place
 * in the integration feed, change_seq, set in the submission's own INSERT: migrations 0004, 0006),
 * webhook deliveries, alerts and audit row.
 *
 * Several instances share the database:
 * - The integration feed's change-order lock is taken first, with BEGIN, in one round trip
 *   (server/integration/pg-change-order.ts): held until COMMIT, it orders every send and every case
 *   change the feed counts, so change_seq follows commit order, across a New Year too (where the two
 *   years' counter rows order nothing).
 * - Every send queues for that lock, so the send holds it for three round trips only: the year's
 *   reference counter bumped (its row lock makes numbers unique and gap-free: a rolled-back send
 *   gives its number back) with the new row's id, its change_seq and the last send's time drawn in
 *   the same statement (its snapshot is taken after the lock, so that time is the latest committed:
 *   submitted_at never decreases with the id, as on SQLite); then everything the send writes in one
 *   statement (data-modifying CTEs); then COMMIT. What that statement writes is computed in between,
 *   in TypeScript, from the id, reference and time.
 * - The unique index on idempotency_key decides between two sends with one key: the insert waits
 *   for the other's transaction, then inserts nothing; the send rolls back (its number too) and
 *   answers with the first send's row.
 */
import type pg from 'pg';
import { OUTBOX_INSERT_COLUMNS, outboxValues } from '../alerts/outbox-row';
import { AUDIT_COLUMNS, auditValues } from '../audit/audit-row';
import type { Promised } from '../db/promised';
import { inTransaction } from '../db/postgres/transaction';
import { createPgProjectRepository } from '../projects/pg-project-repository';
import { CHANGE_ORDER_LOCK } from '../integration/pg-change-order';
import { messageId, webhookEventsOf, type CaseHistoryFact } from '../webhooks/webhook-events';
import { formatReference, referenceYear } from './reference-number';
import type { AuthorityNames, MunicipalityNames, NewSend, StoredSend, SubmissionRepository } from './submission-repository';
import { newSubmissionValues, STORED_SEND_COLUMNS, storedSend, SUBMISSION_INSERT_COLUMNS } from './submission-row';

const BY_KEY = `SELECT ${STORED_SEND_COLUMNS} FROM submissions WHERE idempotency_key = $1`;
// One simple-protocol round trip: the transaction and the feed's change-order lock (pg-change-order.ts).
const BEGIN_IN_CHANGE_ORDER = `BEGIN; SELECT ${CHANGE_ORDER_LOCK}`;
// Under the lock: the year's number, the new row's id and change_seq (the id its 'submitted' history
// row takes, so the trigger finds the case in place: migration 0006), and the last send's time.
const NUMBER = `INSERT INTO reference_counters (year, last) VALUES ($1, 1)
  ON CONFLICT (year) DO UPDATE SET last = reference_counters.last + 1
  RETURNING last, nextval('submissions_id_seq') AS id, nextval('case_events_id_seq') AS "changeSeq",
    (SELECT submitted_at FROM submissions ORDER BY id DESC LIMIT 1) AS "lastAt"`;
// Everything the send writes, in one statement; each part writes only when the submission was
// inserted (another send with the same key stored first: nothing is written, and the send rolls back).
const OUTBOX_ROW = `kind text, audience text, authority_id text, submission_id bigint, to_email text, subject text, body text, secret text,
  status text, next_attempt_at text, created_at text`;
const WRITE = `WITH sub AS (
    INSERT INTO submissions (id, ${SUBMISSION_INSERT_COLUMNS}, change_seq)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25)
    ON CONFLICT (idempotency_key) DO NOTHING RETURNING id),
  claimed AS (
    UPDATE attachments SET submission_id = sub.id FROM sub WHERE attachments.id = ANY($26::text[]) AND attachments.submission_id IS NULL
    RETURNING attachments.id),
  event AS (
    INSERT INTO case_events (id, submission_id, at, kind, actor_kind, to_status, customer_visible)
    SELECT $25, sub.id, $16, 'submitted', 'customer', $14, true FROM sub),
  alerts AS (
    INSERT INTO outbox (${OUTBOX_INSERT_COLUMNS}) SELECT r.* FROM sub, jsonb_to_recordset($27::jsonb) AS r(${OUTBOX_ROW})
    ON CONFLICT DO NOTHING),
  audit AS (
    INSERT INTO audit_log (${AUDIT_COLUMNS}) SELECT $28, $29, $30, $31, $32, $33, $34, $35 FROM sub),
  hooks AS (
    INSERT INTO webhook_deliveries (endpoint_id, msg_id, event_type, submission_id, payload_json, status, attempts, next_attempt_at, created_at)
    SELECT e.id, p.msg_id, p.event_type, sub.id, p.payload_json, 'pending', 0, CASE WHEN e.paused_at IS NULL THEN $16::text END, $16::text
    FROM sub, jsonb_to_recordset($36::jsonb) AS p(msg_id text, event_type text, payload_json text)
    JOIN webhook_endpoints e ON e.authority_id = $4 AND e.events_json::jsonb ? p.event_type)
  SELECT (SELECT count(*) FROM sub) AS stored, COALESCE((SELECT array_agg(id) FROM claimed), '{}') AS claimed`;

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
  const numbered = await client.query<{ last: number; id: number; changeSeq: number; lastAt: string | null }>({ name: 'submissions.number', text: NUMBER, values: [year] });
  const { last, id, changeSeq, lastAt } = numbered.rows[0];
  const reference = formatReference(year, last);
  const time = now.toISOString();
  // Never before the latest send committed, even if the clock steps back.
  const at = lastAt !== null && lastAt > time ? lastAt : time;
  const due = send.dueDates(at);
  const { alerts, audit } = send.consequences({ id, reference, at });
  const fact: CaseHistoryFact = { kind: 'submitted', actorKind: 'customer', event: null, fromStatus: null, toStatus: send.status };
  const hooks = webhookEventsOf(fact, { id, reference, status: send.status }, at).map((payload) => ({ msg_id: messageId(), event_type: payload.type, payload_json: JSON.stringify(payload) }));
  const alertRows = alerts.map((row) => Object.fromEntries(outboxValues(row).map((value, i) => [OUTBOX_FIELDS[i], value])));
  const written = await client.query<{ stored: number; claimed: string[] }>({
    name: 'submissions.write',
    text: WRITE,
    values: [id, ...newSubmissionValues(send, reference, at, due), changeSeq, send.attachments.map((a) => a.id), JSON.stringify(alertRows), ...auditValues(audit), JSON.stringify(hooks)],
  });
  const { stored, claimed } = written.rows[0];
  if (stored === 0) throw new KeyTaken();
  const taken = send.attachments.find((ref) => !claimed.includes(ref.id));
  if (taken) throw new AttachmentTaken(taken.path);
  if (send.projectPermit) await createPgProjectRepository(client).linkSent(send.projectPermit.permitId, id, send.projectPermit.projectDataJson, at);
  return storedSend(send, id, reference, at, due.dueDate);
}

/** The outbox's insert columns as the JSON rows' keys, in outboxValues' order. */
const OUTBOX_FIELDS = OUTBOX_INSERT_COLUMNS.split(',').map((c) => c.trim());

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
        return { kind: 'created', send: await inTransaction(pool, (client) => write(client, send, clock), BEGIN_IN_CHANGE_ORDER) };
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
