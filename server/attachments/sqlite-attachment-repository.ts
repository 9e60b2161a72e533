/** Attachment records in SQLite. */
import type { Sqlite } from '../db/connection';
import type { AttachmentRepository, AttachmentRow } from './attachment-repository';
import { ATTACHMENT_COLUMNS as COLUMNS } from './attachment-row';


export function createSqliteAttachmentRepository(sqlite: Sqlite): AttachmentRepository {
  const insert = sqlite.prepare<[string, string, string, number, string, string]>(
    'INSERT INTO attachments (id, submission_id, name, mime, size, sha256, created_at) VALUES (?, NULL, ?, ?, ?, ?, ?)',
  );
  const byId = sqlite.prepare<[string], AttachmentRow>(`SELECT ${COLUMNS} FROM attachments WHERE id = ?`);
  const ofSubmission = sqlite.prepare<[number], AttachmentRow>(`SELECT ${COLUMNS} FROM attachments WHERE submission_id = ? ORDER BY created_at, id`);
  const unclaimed = sqlite.prepare<[string], { id: string }>('SELECT id FROM attachments WHERE submission_id IS NULL AND created_at < ? LIMIT 1000');
  const remove = sqlite.prepare<[string]>('DELETE FROM attachments WHERE id = ? AND submission_id IS NULL');
  const known = sqlite.prepare<[string, string], { id: string }>(
    `SELECT id FROM attachments WHERE id IN (SELECT value FROM json_each(?))
     UNION ALL SELECT file_id FROM decisions WHERE file_id IN (SELECT value FROM json_each(?))`,
  );
  const removeUnclaimed = sqlite.transaction((before: string): string[] => unclaimed.all(before).map((r) => r.id).filter((id) => remove.run(id).changes === 1));

  return {
    insert: async (row, at) => void insert.run(row.id, row.name, row.mime, row.size, row.sha256, at),
    byId: async (id) => byId.get(id),
    ofSubmission: async (submissionId) => ofSubmission.all(submissionId),
    removeUnclaimed: async (before) => removeUnclaimed(before),
    async knownFileIds(ids) {
      const json = JSON.stringify(ids);
      return new Set(known.all(json, json).map((r) => r.id));
    },
  };
}
