/**
 * Sends in SQLite. The write joins the connection's group commit (server/db/group-commit): sends
 * arriving in the same event-loop turn commit together, and `store` resolves only after that
 * COMMIT. A batch remembers the keys it stored and the last send's time (batch state), so two
 * sends with one key cannot both insert; across processes the unique index on idempotency_key
 * decides and the loser reads the winner's row.
 */
import type { Statement } from 'better-sqlite3';
import { createSqliteOutboxWriter } from '../alerts/sqlite-outbox-repository';
import { createSqliteAuditWriter } from '../audit/sqlite-audit-repository';
import type { Sqlite } from '../db/connection';
import type { ProjectRepository } from '../projects/project-repository';
import type { Synchronous } from '../db/promised';
import type { GroupCommit } from '../db/group-commit';
import { createSqliteWebhookQueue } from '../webhooks/sqlite-webhook-repository';
import { webhookEventsOf, type CaseHistoryFact } from '../webhooks/webhook-events';
import { createReferenceCounter } from './reference-number';
import type { AuthorityNames, MunicipalityNames, NewSend, StoredSend, SubmissionRepository } from './submission-repository';
import { newSubmissionValues, STORED_SEND_COLUMNS, storedSend, SUBMISSION_INSERT_COLUMNS, type NewSubmission } from './submission-row';

/** What the writes of one batch share (group-commit batch state, rolled back with a failed write). */
interface BatchMemory {
  /** submitted_at of the last send stored, read from the database once per batch. */
  lastAt: string | null | undefined;
  /** The sends stored in this batch by idempotency key. */
  byKey: Map<string, StoredSend>;
}

/** Thrown inside a write to roll it back when a referenced file was claimed meanwhile. */
class AttachmentTaken extends Error {
  constructor(readonly path: string) {
    super('attachment taken');
  }
}

function isUniqueViolation(err: unknown, column: string): boolean {
  return err instanceof Error && 'code' in err && err.code === 'SQLITE_CONSTRAINT_UNIQUE' && err.message.includes(column);
}

function cachedName<K, V>(cache: Map<K, V>, key: K, read: (key: K) => V | undefined): V | undefined {
  let value = cache.get(key);
  if (value === undefined) {
    value = read(key);
    if (value !== undefined) cache.set(key, value);
  }
  return value;
}

export function createSqliteSubmissionRepository(sqlite: Sqlite, group: GroupCommit, projects: Synchronous<Pick<ProjectRepository, 'linkSent'>>): SubmissionRepository {
  const audit = createSqliteAuditWriter(sqlite);
  const outbox = createSqliteOutboxWriter(sqlite);
  const webhooks = createSqliteWebhookQueue(sqlite);
  const takeReference = createReferenceCounter(sqlite, group);
  const byKey: Statement<[string], StoredSend> = sqlite.prepare(`SELECT ${STORED_SEND_COLUMNS} FROM submissions WHERE idempotency_key = ?`);
  const lastSubmittedAt = sqlite.prepare<[], { at: string }>('SELECT submitted_at AS at FROM submissions ORDER BY id DESC LIMIT 1');
  const deploymentExists = sqlite.prepare<[number], { id: number }>('SELECT id FROM deployments WHERE id = ?');
  const authority = sqlite.prepare<[string], AuthorityNames>('SELECT name_fi AS nameFi, name_sv AS nameSv, name_en AS nameEn FROM authorities WHERE id = ?');
  const municipality = sqlite.prepare<[string], MunicipalityNames>('SELECT name_fi AS nameFi, name_sv AS nameSv FROM municipalities WHERE code = ?');
  // change_seq is the id the send's 'submitted' history row gets, inserted next in this write
  // (AUTOINCREMENT: one above both the largest id ever handed out and the largest now held), so
  // the feed's trigger finds the case already in place and writes nothing (migration 0027).
  const insert = sqlite.prepare<NewSubmission>(
    `INSERT INTO submissions (${SUBMISSION_INSERT_COLUMNS}, change_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
       max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'case_events'), 0), coalesce((SELECT max(id) FROM case_events), 0)) + 1)`,
  );
  const claim = sqlite.prepare<[number, string]>('UPDATE attachments SET submission_id = ? WHERE id = ? AND submission_id IS NULL');
  const event = sqlite.prepare<[number, string, string]>(
    `INSERT INTO case_events (submission_id, at, kind, actor_kind, to_status, customer_visible)
     VALUES (?, ?, 'submitted', 'customer', ?, 1)`,
  );
  const batchMemory = group.state<BatchMemory>({
    load: () => ({ lastAt: undefined, byKey: new Map() }),
    copy: (m) => ({ lastAt: m.lastAt, byKey: new Map(m.byKey) }),
    store: () => {},
  });
  // Reference rows are only ever inserted (server/seed/reference.ts: INSERT OR IGNORE), never
  // renamed, so a name once found stays right for the life of the process.
  const authorityNames = new Map<string, AuthorityNames>();
  const municipalityNames = new Map<string, MunicipalityNames>();

  const write = (send: NewSend, clock: () => Date): { created: boolean; send: StoredSend } => {
    const batch = batchMemory.current();
    // Not found before the caller's checks, so either stored by an earlier write of this batch or
    // by another process (then the unique index throws, see below).
    const again = batch.byKey.get(send.idempotencyKey);
    if (again) return { created: false, send: again };
    // Never before the last stored send, even if the clock steps back: submitted_at then never
    // decreases with the id, and the inbox finds a date range as an id range by binary search
    // (server/cases/inbox-date-ids.ts) instead of needing an index on submitted_at. Read inside
    // the batch's transaction (once; then carried from write to write), so it sees every send
    // committed or batched before this one.
    const now = clock();
    const time = now.toISOString();
    if (batch.lastAt === undefined) batch.lastAt = lastSubmittedAt.get()?.at ?? null;
    const last = batch.lastAt;
    const at = last !== null && last > time ? last : time;
    const reference = takeReference(now);
    const due = send.dueDates(at);
    const id = Number(insert.run(...newSubmissionValues(send, reference, at, due)).lastInsertRowid);
    for (const ref of send.attachments) {
      if (claim.run(id, ref.id).changes !== 1) throw new AttachmentTaken(ref.path);
    }
    event.run(id, at, send.status);
    // The 'submitted' history row's webhook events, queued in this batch's transaction (webhook-events.ts).
    if (webhooks.hasEndpoints(send.authorityId)) {
      const row: CaseHistoryFact = { kind: 'submitted', actorKind: 'customer', event: null, fromStatus: null, toStatus: send.status };
      webhooks.queue(send.authorityId, id, webhookEventsOf(row, { id, reference, status: send.status }, at), at);
    }
    if (send.projectPermit) projects.linkSent(send.projectPermit.permitId, id, send.projectPermit.projectDataJson, at);
    const { alerts, audit: record } = send.consequences({ id, reference, at });
    for (const alert of alerts) outbox.insert(alert);
    audit.write(record);
    const stored = storedSend(send, id, reference, at, due.dueDate);
    batch.lastAt = at;
    batch.byKey.set(send.idempotencyKey, stored);
    return { created: true, send: stored };
  };

  return {
    byIdempotencyKey: async (key) => byKey.get(key),
    deploymentExists: async (id) => deploymentExists.get(id) !== undefined,
    authorityNames: async (id) => cachedName(authorityNames, id, (key) => authority.get(key)),
    municipalityNames: async (code) => cachedName(municipalityNames, code, (key) => municipality.get(key)),
    async store(send, clock) {
      try {
        const written = await group.run(() => write(send, clock));
        return { kind: written.created ? 'created' : 'existing', send: written.send };
      } catch (err) {
        if (err instanceof AttachmentTaken) return { kind: 'attachmentTaken', path: err.path };
        if (isUniqueViolation(err, 'idempotency_key')) {
          const winner = byKey.get(send.idempotencyKey);
          if (winner) return { kind: 'existing', send: winner };
        }
        throw err;
      }
    },
  };
}
