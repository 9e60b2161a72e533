/** The audit log: who did what, when (publications, deployments, sign-ins, case changes). */
import type { Request } from 'express';
import type { AppContext } from '../context';
import type { AuditActor } from './audit-actor';
import type { AuditRecord } from './audit-repository';

export type { AuditActor } from './audit-actor';

export type AuditEntry = Omit<AuditRecord, 'at'>;

/** The row for `entry`, stamped now; hand it to a repository's unit of work so it commits with its change. */
export function auditRecord(ctx: Pick<AppContext, 'now'>, entry: AuditEntry): AuditRecord {
  return { at: ctx.now().toISOString(), ...entry };
}

/**
 * Writes one audit row on its own. Inside a transaction still held by a domain function (one
 * connection) it commits with that transaction's change.
 */
export async function writeAudit(ctx: AppContext, entry: AuditEntry): Promise<void> {
  await ctx.repos.audit.write(auditRecord(ctx, entry));
}

export function staffActor(req: Request): AuditActor {
  return req.staff ? { kind: 'staff', userId: req.staff.id, email: req.staff.email } : { kind: 'system' };
}
