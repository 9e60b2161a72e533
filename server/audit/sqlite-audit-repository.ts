/** The audit log in SQLite. */
import type { Sqlite } from '../db/connection';
import type { AuditRecord, AuditRepository } from './audit-repository';
import { AUDIT_COLUMNS, auditValues, type AuditValues } from './audit-row';

export function createSqliteAuditRepository(sqlite: Sqlite): AuditRepository {
  const insert = sqlite.prepare<AuditValues>(`INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  return {
    write(record: AuditRecord): void {
      insert.run(...auditValues(record));
    },
  };
}
