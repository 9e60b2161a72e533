/** The audit log: who did what, when (publications, deployments, sign-ins, case changes). */
import type { Request } from 'express';
import type { AppContext } from '../context';
import type { Db } from '../db/connection';
import { auditLog } from '../db/schema';

export type AuditActor =
  | { kind: 'staff'; userId: number; email: string }
  | { kind: 'customer'; email: string }
  | { kind: 'system' };

export interface AuditEntry {
  actor: AuditActor;
  action: string; // e.g. 'pack.publish', 'deployment.create'
  targetType: string;
  targetId: string | number;
  details?: unknown;
}

/** Writes one audit row; pass the transaction's `db` so the row commits with the change it records. */
export function writeAudit(ctx: AppContext, entry: AuditEntry, db: Pick<Db, 'insert'> = ctx.db): void {
  db.insert(auditLog)
    .values({
      at: ctx.now().toISOString(),
      actorKind: entry.actor.kind,
      actorUserId: entry.actor.kind === 'staff' ? entry.actor.userId : null,
      actorEmail: entry.actor.kind === 'system' ? null : entry.actor.email,
      action: entry.action,
      targetType: entry.targetType,
      targetId: String(entry.targetId),
      detailsJson: entry.details === undefined ? null : JSON.stringify(entry.details),
    })
    .run();
}

export function staffActor(req: Request): AuditActor {
  return req.staff ? { kind: 'staff', userId: req.staff.id, email: req.staff.email } : { kind: 'system' };
}
