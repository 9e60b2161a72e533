/** An audit record as the audit_log table keeps it, whichever database holds the table. */
import type { AuditRecord } from './audit-repository';

export type AuditValues = [at: string, actorKind: string, actorUserId: number | null, actorEmail: string | null, action: string, targetType: string, targetId: string, detailsJson: string | null];

export const AUDIT_COLUMNS = 'at, actor_kind, actor_user_id, actor_email, action, target_type, target_id, details_json';

/**
 * The details as kept; a key's use names the key there, and a strongly identified person's act
 * their person key (never the henkilötunnus), as the columns hold staff and e-mail addresses only.
 */
function detailsJson(record: AuditRecord): string | null {
  if (record.actor.kind === 'apiKey' || record.actor.kind === 'person') {
    const details = record.details === undefined ? {} : typeof record.details === 'object' && record.details !== null ? record.details : { value: record.details };
    return JSON.stringify(record.actor.kind === 'apiKey' ? { apiKeyId: record.actor.keyId, ...details } : { personKey: record.actor.personKey, ...details });
  }
  return record.details === undefined ? null : JSON.stringify(record.details);
}

export function auditValues(record: AuditRecord): AuditValues {
  const { actor } = record;
  return [
    record.at,
    actor.kind,
    actor.kind === 'staff' ? actor.userId : null,
    actor.kind === 'staff' || actor.kind === 'customer' ? actor.email : null,
    record.action,
    record.targetType,
    String(record.targetId),
    detailsJson(record),
  ];
}
