/** The audit log in SQLite. */
import type { Sqlite } from '../db/connection';
import type { Synchronous } from '../db/promised';
import type { AuditRecord, AuditRepository } from './audit-repository';

type AuditValues = [at: string, actorKind: string, actorUserId: number | null, actorEmail: string | null, action: string, targetType: string, targetId: string, detailsJson: string | null];

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

/** The audit log's writer, for other SQLite repositories' transactions. */
export function createSqliteAuditWriter(sqlite: Sqlite): Synchronous<AuditRepository> {
  const insert = sqlite.prepare<AuditValues>(
    `INSERT INTO audit_log (at, actor_kind, actor_user_id, actor_email, action, target_type, target_id, details_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return {
    write(record: AuditRecord): void {
      const { actor } = record;
      insert.run(
        record.at,
        actor.kind,
        actor.kind === 'staff' ? actor.userId : null,
        actor.kind === 'staff' || actor.kind === 'customer' ? actor.email : null,
        record.action,
        record.targetType,
        String(record.targetId),
        detailsJson(record),
      );
    },
  };
}

export function createSqliteAuditRepository(sqlite: Sqlite): AuditRepository {
  const writer = createSqliteAuditWriter(sqlite);
  return {
    async write(record) {
      writer.write(record);
    },
  };
}
