/** One submission as the case routes read it, and the small writes every case action shares. */
import type { Statement } from 'better-sqlite3';
import type { Lang } from '../../form-library/format/types';
import type { AppContext } from '../context';
import type { Sqlite } from '../db/connection';

export interface SubmissionRow {
  id: number;
  reference: string;
  deploymentId: number;
  authorityId: string;
  packId: number;
  packVersion: number;
  serviceId: string;
  municipalityCode: string;
  dataJson: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  lang: Lang;
  status: string;
  statusSince: string;
  submittedAt: string;
  updatedAt: string;
  assigneeId: number | null;
  dueDate: string | null;
  openDueDate: string | null;
  decidedAt: string | null;
}

export const SUBMISSION_COLUMNS = `id, reference, deployment_id AS deploymentId, authority_id AS authorityId, pack_id AS packId,
  pack_version AS packVersion, service_id AS serviceId, municipality_code AS municipalityCode, data_json AS dataJson,
  contact_name AS contactName, contact_email AS contactEmail, contact_phone AS contactPhone, lang, status,
  status_since AS statusSince, submitted_at AS submittedAt, updated_at AS updatedAt, assignee_id AS assigneeId,
  due_date AS dueDate, open_due_date AS openDueDate, decided_at AS decidedAt`;

interface Statements {
  byId: Statement<[number], SubmissionRow>;
  touch: Statement<[string, number]>;
  markRead: Statement<[number, number, string]>;
}

const cache = new WeakMap<Sqlite, Statements>();

function statements(sqlite: Sqlite): Statements {
  let s = cache.get(sqlite);
  if (!s) {
    s = {
      // A case removed as spam (remove-spam.ts) is gone for every reader.
      byId: sqlite.prepare(`SELECT ${SUBMISSION_COLUMNS} FROM submissions WHERE id = ? AND removed_at IS NULL`),
      touch: sqlite.prepare('UPDATE submissions SET updated_at = ? WHERE id = ?'),
      markRead: sqlite.prepare(
        `INSERT INTO case_reads (submission_id, user_id, read_at) VALUES (?, ?, ?)
         ON CONFLICT (submission_id, user_id) DO UPDATE SET read_at = excluded.read_at`,
      ),
    };
    cache.set(sqlite, s);
  }
  return s;
}

export function submissionById(ctx: AppContext, id: number): SubmissionRow | undefined {
  return statements(ctx.sqlite).byId.get(id);
}

/** Marks a change so the case shows as unread to every handler who has not seen it since. */
export function touchSubmission(ctx: AppContext, id: number, at: string): void {
  statements(ctx.sqlite).touch.run(at, id);
}

export function markRead(ctx: AppContext, submissionId: number, userId: number, at: string): void {
  statements(ctx.sqlite).markRead.run(submissionId, userId, at);
}
