/**
 * Sending a submission: route it to the responsible deployment, validate it against the exact pack
 * version, check its attachments, then write everything in ONE transaction (submission, claimed
 * attachments, the 'submitted' history event, the authority's alert, the customer's receipt,
 * the audit row). The write joins the connection's group commit (server/db/group-commit): sends
 * arriving in the same event-loop turn commit together, and the promise resolves only after that
 * COMMIT, so the caller still answers only after the submission is durable.
 *
 * Idempotency: a retry with the same key gets the first answer. A send looks its key up before
 * validating and queues its write in the same synchronous step, so a send with the same key that
 * it did not find is still waiting in that very batch: the batch remembers the keys it stored
 * (a batch state), and the writes of a batch run one after another, so two sends with one key
 * cannot both insert. Across processes the unique index on idempotency_key decides and the loser
 * reads the winner's row.
 */
import type { Statement } from 'better-sqlite3';
import type { FieldError, FormData, Lang } from '../../form-library/format/types';
import { validateSubmission } from '../../form-library/validation/validate-submission';
import { initialStatus } from '../../workflows/machine/next-status';
import { deskCaseLink, customerCaseLink } from '../alerts/links';
import { queueAuthorityAlert, queueCustomerAlert } from '../alerts/outbox';
import type { AppContext } from '../context';
import type { Sqlite } from '../db/connection';
import { groupCommitOf, type BatchState } from '../db/group-commit';
import { conflict, HttpError, notFound } from '../http/errors';
import { authorityName, responsibleDeployment } from '../routing/routing';
import { attachmentRefs, checkAttachmentRefs } from './attachment-refs';
import { checkContact, type Contact } from '../../form-library/contact';
import { pinnedService } from './pinned-service';
import { takeReference } from './reference-number';
import { submissionMessage } from './submission-messages';
import { localize } from '../../form-library/format/localize';
import { awaitsAnswer } from '../../workflows/machine/case-steps';
import { dueDateOf } from '../cases/due-dates';

export interface SubmitInput {
  deploymentId: number;
  municipality: string;
  data: Record<string, unknown>;
  contact: unknown;
  lang: Lang;
  idempotencyKey: string;
  /**
   * Writes that belong to this send, run inside its transaction right after the case is stored
   * (a project permit's link to its case): they commit with it or not at all.
   */
  alsoStore?: (submissionId: number, at: string) => void;
}

export interface SubmitReceipt {
  id: number;
  reference: string;
  status: string;
  authority: { id: string; name: string };
  submittedAt: string;
  /** The day the answer is due (the deployment's response time), or null. */
  dueDate: string | null;
}

export interface SubmitResult {
  /** false when this was a retry answered with the first result. */
  created: boolean;
  receipt: SubmitReceipt;
}

interface ExistingRow {
  id: number;
  reference: string;
  status: string;
  authorityId: string;
  submittedAt: string;
  deploymentId: number;
  lang: Lang;
  dueDate: string | null;
}

/** The values of a new submissions row, in the column order of `insert` (positional binding is cheaper than named). */
type NewSubmission = [
  reference: string,
  deploymentId: number,
  authorityId: string,
  packId: number,
  packVersion: number,
  serviceId: string,
  municipality: string,
  data: string,
  name: string,
  email: string,
  phone: string | null,
  lang: Lang,
  status: string,
  statusSince: string,
  submittedAt: string,
  updatedAt: string,
  key: string,
  dueDate: string | null,
  openDueDate: string | null,
];

type AuthorityNames = { nameFi: string; nameSv: string; nameEn: string };
type MunicipalityNames = { nameFi: string; nameSv: string };

/** What the writes of one batch share (group-commit batch state, rolled back with a failed write). */
interface BatchMemory {
  /** submitted_at of the last send stored, read from the database once per batch. */
  lastAt: string | null | undefined;
  /** The sends stored in this batch by idempotency key. */
  byKey: Map<string, ExistingRow>;
}

interface Statements {
  byKey: Statement<[string], ExistingRow>;
  lastSubmittedAt: Statement<[], { at: string }>;
  deploymentExists: Statement<[number], { id: number }>;
  authority: Statement<[string], AuthorityNames>;
  municipality: Statement<[string], MunicipalityNames>;
  insert: Statement<NewSubmission>;
  claim: Statement<[number, string]>;
  event: Statement<[number, string, string]>;
  audit: Statement<[string, string, string, string]>;
  batch: BatchState<BatchMemory>;
  // Reference rows are only ever inserted (server/seed/reference.ts: INSERT OR IGNORE), never
  // renamed, so a name once found stays right for the life of the process.
  authorityNames: Map<string, AuthorityNames>;
  municipalityNames: Map<string, MunicipalityNames>;
}

const statementCache = new WeakMap<Sqlite, Statements>();

function statements(sqlite: Sqlite): Statements {
  let s = statementCache.get(sqlite);
  if (!s) {
    s = {
      byKey: sqlite.prepare(
        `SELECT id, reference, status, authority_id AS authorityId, submitted_at AS submittedAt, deployment_id AS deploymentId, lang,
           due_date AS dueDate
         FROM submissions WHERE idempotency_key = ?`,
      ),
      lastSubmittedAt: sqlite.prepare('SELECT submitted_at AS at FROM submissions ORDER BY id DESC LIMIT 1'),
      deploymentExists: sqlite.prepare('SELECT id FROM deployments WHERE id = ?'),
      authority: sqlite.prepare('SELECT name_fi AS nameFi, name_sv AS nameSv, name_en AS nameEn FROM authorities WHERE id = ?'),
      municipality: sqlite.prepare('SELECT name_fi AS nameFi, name_sv AS nameSv FROM municipalities WHERE code = ?'),
      insert: sqlite.prepare(
        `INSERT INTO submissions (reference, deployment_id, authority_id, pack_id, pack_version, service_id, municipality_code,
           data_json, contact_name, contact_email, contact_phone, lang, status, status_since, submitted_at, updated_at, idempotency_key,
           due_date, open_due_date)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      claim: sqlite.prepare('UPDATE attachments SET submission_id = ? WHERE id = ? AND submission_id IS NULL'),
      event: sqlite.prepare(
        `INSERT INTO case_events (submission_id, at, kind, actor_kind, to_status, customer_visible)
         VALUES (?, ?, 'submitted', 'customer', ?, 1)`,
      ),
      audit: sqlite.prepare(
        `INSERT INTO audit_log (at, actor_kind, actor_email, action, target_type, target_id, details_json)
         VALUES (?, 'customer', ?, 'submission.create', 'submission', ?, ?)`,
      ),
      batch: groupCommitOf(sqlite).state<BatchMemory>({
        load: () => ({ lastAt: undefined, byKey: new Map() }),
        copy: (m) => ({ lastAt: m.lastAt, byKey: new Map(m.byKey) }),
        store: () => {},
      }),
      authorityNames: new Map(),
      municipalityNames: new Map(),
    };
    statementCache.set(sqlite, s);
  }
  return s;
}

function cachedName<K, V>(cache: Map<K, V>, key: K, read: (key: K) => V | undefined): V | undefined {
  let value = cache.get(key);
  if (value === undefined) {
    value = read(key);
    if (value !== undefined) cache.set(key, value);
  }
  return value;
}

function receiptOf(st: Statements, row: ExistingRow): SubmitReceipt {
  const authority = cachedName(st.authorityNames, row.authorityId, (id) => st.authority.get(id));
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    authority: { id: row.authorityId, name: authority ? authorityName(authority, row.lang) : row.authorityId },
    submittedAt: row.submittedAt,
    dueDate: row.dueDate,
  };
}

function retryAnswer(st: Statements, existing: ExistingRow, input: SubmitInput): SubmitResult {
  if (existing.deploymentId !== input.deploymentId)
    throw conflict('This idempotencyKey was already used for another e-service', [{ path: 'idempotencyKey', message: 'Already used' }]);
  return { created: false, receipt: receiptOf(st, existing) };
}

const validationFailed = (fields: FieldError[]) => new HttpError(422, 'validation_failed', 'Some answers are invalid', fields);

function isUniqueViolation(err: unknown, column: string): boolean {
  return err instanceof Error && 'code' in err && err.code === 'SQLITE_CONSTRAINT_UNIQUE' && err.message.includes(column);
}

export async function submit(ctx: AppContext, input: SubmitInput): Promise<SubmitResult> {
  const st = statements(ctx.sqlite);
  const earlier = st.byKey.get(input.idempotencyKey);
  if (earlier) return retryAnswer(st, earlier, input);

  const deployment = responsibleDeployment(ctx, input.deploymentId, input.municipality);
  if (!deployment) {
    if (!st.deploymentExists.get(input.deploymentId)) throw notFound(`No deployment ${input.deploymentId}`);
    throw validationFailed([
      { path: 'municipality', message: submissionMessage('municipalityNotServed', input.lang, { code: input.municipality }) },
    ]);
  }
  const service = pinnedService(ctx, deployment.packId, deployment.packVersion, deployment.serviceId);
  if (!service) throw notFound(`The e-service of deployment ${deployment.id} is not available`);

  const contactCheck = checkContact(input.contact, input.lang);
  const validation = validateSubmission(service.form, input.data, input.lang);
  // concat, not push(...): the answers' errors are bounded (data-bounds.ts) but spreading them into
  // a call's arguments would still put every one of them on the stack.
  if (!validation.ok || !contactCheck.ok)
    throw validationFailed((validation.ok ? [] : validation.errors).concat(contactCheck.ok ? [] : contactCheck.errors));
  const data: FormData = validation.data;
  const contact: Contact = contactCheck.contact;
  const refs = attachmentRefs(service.form, data);
  const attachmentErrors = checkAttachmentRefs(ctx.sqlite, refs, input.lang);
  if (attachmentErrors.length) throw validationFailed(attachmentErrors);

  const write = (): SubmitResult => {
    const batch = st.batch.current();
    // Not found before validation, so either stored by an earlier write of this batch or by
    // another process (then the unique index throws, see below).
    const again = batch.byKey.get(input.idempotencyKey);
    if (again) return retryAnswer(st, again, input);
    const now = ctx.now();
    // Never before the last stored send, even if the clock steps back: submitted_at then never
    // decreases with the id, and the inbox finds a date range as an id range by binary search
    // (server/cases/inbox-date-ids.ts) instead of needing an index on submitted_at. Read inside
    // the batch's transaction (once; then carried from write to write), so it sees every send
    // committed or batched before this one.
    const clock = now.toISOString();
    if (batch.lastAt === undefined) batch.lastAt = st.lastSubmittedAt.get()?.at ?? null;
    const last = batch.lastAt;
    const at = last !== null && last > clock ? last : clock;
    const status = initialStatus(service.workflow);
    const reference = takeReference(ctx.sqlite, now);
    const dueDate = dueDateOf(at, deployment.respondWithinDays);
    // A new case waits for the answer unless its workflow starts in a final status.
    const openDueDate = awaitsAnswer(service.workflow, status, false) ? dueDate : null;
    const id = Number(
      st.insert.run(
        reference, deployment.id, deployment.authorityId, deployment.packId, deployment.packVersion, service.id, input.municipality,
        JSON.stringify(data), contact.name, contact.email, contact.phone, input.lang, status, at, at, at, input.idempotencyKey,
        dueDate, openDueDate,
      ).lastInsertRowid,
    );
    for (const ref of refs) {
      if (st.claim.run(id, ref.id).changes !== 1)
        throw validationFailed([{ path: ref.path, message: submissionMessage('attachmentTaken', input.lang) }]);
    }
    st.event.run(id, at, status);
    input.alsoStore?.(id, at);
    const place = cachedName(st.municipalityNames, input.municipality, (code) => st.municipality.get(code));
    queueAuthorityAlert(ctx, { authorityId: deployment.authorityId, submissionId: id }, {
      kind: 'new_submission',
      reference,
      serviceName: service.name,
      municipalityName: place ? { fi: place.nameFi, sv: place.nameSv, en: place.nameFi } : { fi: input.municipality },
      link: deskCaseLink(ctx.config, id),
    });
    queueCustomerAlert(ctx, { toEmail: contact.email, lang: input.lang, submissionId: id, authorityId: deployment.authorityId }, 'receipt', {
      kind: 'receipt',
      reference,
      serviceName: localize(service.name, input.lang),
      link: customerCaseLink(ctx.config, input.lang, id),
    });
    st.audit.run(at, contact.email, String(id), JSON.stringify({ reference, deploymentId: deployment.id, packVersion: deployment.packVersion }));
    const stored: ExistingRow = { id, reference, status, authorityId: deployment.authorityId, submittedAt: at, deploymentId: deployment.id, lang: input.lang, dueDate };
    batch.lastAt = at;
    batch.byKey.set(input.idempotencyKey, stored);
    return { created: true, receipt: receiptOf(st, stored) };
  };

  try {
    return await groupCommitOf(ctx.sqlite).run(write);
  } catch (err) {
    if (isUniqueViolation(err, 'idempotency_key')) {
      const winner = st.byKey.get(input.idempotencyKey);
      if (winner) return retryAnswer(st, winner, input);
    }
    throw err;
  }
}
