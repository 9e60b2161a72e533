/** Attachment records in PostgreSQL. */
import type { Promised } from '../db/promised';
import type { PgQueryable } from '../db/postgres/transaction';
import type { AttachmentRepository, AttachmentRow } from './attachment-repository';
import { ATTACHMENT_COLUMNS } from './attachment-row';

export function createPgAttachmentRepository(db: PgQueryable): Promised<AttachmentRepository> {
  return {
    async insert(row, at) {
      await db.query('INSERT INTO attachments (id, submission_id, name, mime, size, sha256, created_at) VALUES ($1, NULL, $2, $3, $4, $5, $6)', [
        row.id, row.name, row.mime, row.size, row.sha256, at,
      ]);
    },
    byId: async (id) => (await db.query<AttachmentRow>(`SELECT ${ATTACHMENT_COLUMNS} FROM attachments WHERE id = $1`, [id])).rows[0],
    // COLLATE "C": ids in SQLite's (binary) order among files uploaded at the same time.
    ofSubmission: async (submissionId) =>
      (await db.query<AttachmentRow>(`SELECT ${ATTACHMENT_COLUMNS} FROM attachments WHERE submission_id = $1 ORDER BY created_at, id COLLATE "C"`, [submissionId])).rows,
    // One statement: an upload a submission claims meanwhile is not removed (submission_id is checked again on the row).
    removeUnclaimed: async (before) =>
      (
        await db.query<{ id: string }>(
          `DELETE FROM attachments WHERE id IN (SELECT id FROM attachments WHERE submission_id IS NULL AND created_at < $1 LIMIT 1000) AND submission_id IS NULL RETURNING id`,
          [before],
        )
      ).rows.map((r) => r.id),
    async knownFileIds(ids) {
      if (ids.length === 0) return new Set();
      const rows = await db.query<{ id: string }>(
        'SELECT id FROM attachments WHERE id = ANY($1::text[]) UNION ALL SELECT file_id FROM decisions WHERE file_id = ANY($1::text[])',
        [[...ids]],
      );
      return new Set(rows.rows.map((r) => r.id));
    },
  };
}
