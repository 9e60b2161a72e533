/** Where the audit log is kept: one row per thing someone did (see log.ts for who writes it). */
import type { AuditActor } from './audit-actor';

export interface AuditRecord {
  at: string;
  actor: AuditActor;
  action: string; // e.g. 'pack.publish', 'deployment.create'
  targetType: string;
  targetId: string | number;
  details?: unknown;
}

export interface AuditRepository {
  /** Writes one row; inside another repository's unit of work it commits with that change. */
  write(record: AuditRecord): Promise<void>;
}
