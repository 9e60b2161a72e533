/**
 * Where alerts are kept: the outbox. Written inside the unit of work of the change that causes
 * an alert; read by admins (every row of their scope), by the desk (its authority's alerts) and by
 * the delivery loop. Implemented in SQLite by sqlite-outbox-repository.ts.
 */
import type { OutboxItem, OutboxState } from '../../api-contract';
import type { AuditRecord } from '../audit/audit-repository';

export type OutboxKind =
  | 'new_submission'
  | 'receipt'
  | 'status_changed'
  | 'message'
  | 'supplement'
  | 'customer_message'
  | 'cancelled'
  | 'sign_in_code'
  | 'deadline_near'
  | 'webhook_paused';

export interface OutboxInsert {
  kind: OutboxKind;
  /** 'admins': the authority's admins only (what they manage, e.g. a paused webhook endpoint). */
  audience: 'authority' | 'customer' | 'admins';
  authorityId: string | null;
  submissionId: number | null;
  toEmail: string | null;
  subject: string;
  body: string;
  secret: string | null;
  status: 'pending' | 'kept';
  nextAttemptAt: string | null;
  createdAt: string;
}

export interface OutboxQuery {
  /** The authority whose rows are shown; null for a coordinator (every row). */
  authorityId: string | null;
  status: OutboxState | null;
  /** Rows older (smaller id) than this one; null for the newest page. */
  before: number | null;
  limit: number;
}

/** An alert the delivery loop is to send. */
export interface DueAlert {
  id: number;
  audience: string;
  authorityId: string | null;
  toEmail: string | null;
  subject: string;
  body: string;
  secret: string | null;
  attempts: number;
  /** When it fell due; a claim is made on this value (see `claim`). */
  nextAttemptAt: string;
}

/** An alert kept in the outbox (no SMTP), as the console echo prints it. */
export interface KeptAlertRow {
  id: number;
  kind: string;
  audience: string;
  authorityId: string | null;
  toEmail: string | null;
  subject: string;
  body: string;
  secret: string | null;
}

export interface OutboxRepository {
  /** Writes one alert; false when a kind that exists once per case (deadline_near) is there already. */
  insert(row: OutboxInsert): Promise<boolean>;
  /** Writes alerts in one unit of work; how many were written (see `insert`). */
  insertAll(rows: readonly OutboxInsert[]): Promise<number>;
  /** Up to `limit` rows of the query, newest first (callers ask one more to learn whether a next page exists). */
  page(q: OutboxQuery): Promise<OutboxItem[]>;
  /** One alert in the scope (null: every authority), or undefined. */
  inScope(id: number, authorityId: string | null): Promise<OutboxItem | undefined>;
  /** Puts a failed alert back in the queue, due `at`, with its audit row. */
  requeueFailed(id: number, at: string, audit: AuditRecord): Promise<void>;
  /** An authority's desk alerts: unread first, newest first, at most `limit`. */
  deskAlerts(authorityId: string, limit: number): Promise<OutboxItem[]>;
  /** The authority's unread desk alerts, counted up to `cap`. */
  unreadCount(authorityId: string, cap: number): Promise<number>;
  /** Marks a desk alert of the authority read (once); its read time, or null when it has no such alert. */
  markRead(id: number, authorityId: string, at: string): Promise<string | null>;
  /** Alerts due for delivery at `at`, soonest first. */
  due(at: string, limit: number): Promise<DueAlert[]>;
  /**
   * Takes a due alert for one attempt: moves its next attempt to `leaseUntil`, only if no other
   * delivery loop (another server process on the database) took it since it was read. False: taken.
   * A loop that dies mid-send leaves the alert due again when the lease runs out.
   */
  claim(alert: Pick<DueAlert, 'id' | 'nextAttemptAt'>, leaseUntil: string): Promise<boolean>;
  /** The addresses an authority's alert is mailed to: its active handlers and admins. */
  staffAddresses(authorityId: string): Promise<string[]>;
  /** The addresses an admins' alert is mailed to: the authority's active admins. */
  adminAddresses(authorityId: string): Promise<string[]>;
  markSent(id: number, at: string): Promise<void>;
  markAttemptFailed(id: number, attempts: number, status: 'pending' | 'failed', nextAttemptAt: string, lastError: string): Promise<void>;
  /** The newest alert's id (0 when none). */
  newestId(): Promise<number>;
  /** Kept alerts after `afterId`, oldest first, at most 100. */
  keptAfter(afterId: number): Promise<KeptAlertRow[]>;
  /** Drops the sealed secret (a sign-in code) of alerts created before `before`; how many. */
  dropSecretsBefore(before: string): Promise<number>;
}
