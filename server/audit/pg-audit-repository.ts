/** The audit log in PostgreSQL. */
import type { Promised } from '../db/promised';
import type { PgQueryable } from '../db/postgres/transaction';
import type { AuditRecord, AuditRepository } from './audit-repository';
import { AUDIT_COLUMNS, auditValues } from './audit-row';

export function createPgAuditRepository(db: PgQueryable): Promised<AuditRepository> {
  return {
    async write(record: AuditRecord): Promise<void> {
      await db.query({ name: 'audit.write', text: `INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, values: auditValues(record) });
    },
  };
}
