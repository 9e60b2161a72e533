/** The audit log in SQLite. */
import type { Sqlite } from '../db/connection';
import type { Synchronous } from '../db/promised';
import type { AuditRecord, AuditRepository } from './audit-repository';
import { AUDIT_COLUMNS, auditValues, type AuditValues } from './audit-row';

/** The audit log's writer, for other SQLite repositories' transactions. */
export function createSqliteAuditWriter(sqlite: Sqlite): Synchronous<AuditRepository> {
  const insert = sqlite.prepare<AuditValues>(`INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  return {
    write(record: AuditRecord): void {
      insert.run(...auditValues(record));
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
