/**
 * A case's history (case_events): written by every case action, read by the handler's view (all
 * of it) and the customer's view (only rows marked customer-visible; notes never are).
 */
import type { Statement } from 'better-sqlite3';
import type { AppContext } from '../context';
import type { Sqlite } from '../db/connection';

export type CaseEventKind = 'submitted' | 'status' | 'note' | 'message' | 'supplement' | 'assignment';

export interface CaseEventInsert {
  submissionId: number;
  at: string;
  kind: CaseEventKind;
  actorKind: 'customer' | 'handler' | 'system';
  actorUserId: number | null;
  event: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  body: string | null;
  /** JSON of the row's details (case-event-details.ts), or null. */
  detailsJson: string | null;
  customerVisible: 0 | 1;
}

export interface CaseEventRow extends Omit<CaseEventInsert, 'customerVisible'> {
  id: number;
  customerVisible: number;
  actorName: string | null;
}

interface Statements {
  insert: Statement<[CaseEventInsert]>;
  all: Statement<[number], CaseEventRow>;
  visible: Statement<[number], CaseEventRow>;
}

const cache = new WeakMap<Sqlite, Statements>();

const SELECT = `SELECT e.id, e.submission_id AS submissionId, e.at, e.kind, e.actor_kind AS actorKind, e.actor_user_id AS actorUserId,
  e.event, e.from_status AS fromStatus, e.to_status AS toStatus, e.body, e.details_json AS detailsJson, e.customer_visible AS customerVisible, u.name AS actorName
  FROM case_events e LEFT JOIN users u ON u.id = e.actor_user_id`;

function statements(sqlite: Sqlite): Statements {
  let s = cache.get(sqlite);
  if (!s) {
    s = {
      insert: sqlite.prepare(
        `INSERT INTO case_events (submission_id, at, kind, actor_kind, actor_user_id, event, from_status, to_status, body, details_json, customer_visible)
         VALUES (@submissionId, @at, @kind, @actorKind, @actorUserId, @event, @fromStatus, @toStatus, @body, @detailsJson, @customerVisible)`,
      ),
      all: sqlite.prepare(`${SELECT} WHERE e.submission_id = ? ORDER BY e.id`),
      visible: sqlite.prepare(`${SELECT} WHERE e.submission_id = ? AND e.customer_visible = 1 ORDER BY e.id`),
    };
    cache.set(sqlite, s);
  }
  return s;
}

export function addCaseEvent(
  ctx: AppContext,
  row: Omit<CaseEventInsert, 'event' | 'fromStatus' | 'toStatus' | 'body' | 'actorUserId' | 'detailsJson'> & Partial<CaseEventInsert>,
): void {
  statements(ctx.sqlite).insert.run({ event: null, fromStatus: null, toStatus: null, body: null, actorUserId: null, detailsJson: null, ...row });
}

export function caseHistory(ctx: AppContext, submissionId: number): CaseEventRow[] {
  return statements(ctx.sqlite).all.all(submissionId);
}

export function customerVisibleHistory(ctx: AppContext, submissionId: number): CaseEventRow[] {
  return statements(ctx.sqlite).visible.all(submissionId);
}
