/**
 * PostgreSQL's part of the project repository that a send's unit of work uses on its transaction's
 * client: the permit sent is linked to the new case (ProjectRepository.linkSent).
 */
import type { Promised } from '../db/promised';
import type { PgQueryable } from '../db/postgres/transaction';
import type { ProjectRepository } from './project-repository';

export type PgProjectSendLink = Pick<Promised<ProjectRepository>, 'linkSent'>;

export function createPgProjectSendLink(db: PgQueryable): PgProjectSendLink {
  return {
    async linkSent(permitId, submissionId, projectDataJson, at) {
      const linked = await db.query<{ projectId: number }>(
        'UPDATE project_permits SET submission_id = $1, updated_at = $2 WHERE id = $3 AND submission_id IS NULL RETURNING project_id AS "projectId"',
        [submissionId, at, permitId],
      );
      const project = linked.rows[0];
      if (!project) throw new Error(`Permit ${permitId} was sent already`);
      await db.query('UPDATE submissions SET project_permit_id = $1, project_data_json = $2 WHERE id = $3', [permitId, projectDataJson, submissionId]);
      await db.query('UPDATE projects SET updated_at = $1 WHERE id = $2', [at, project.projectId]);
    },
  };
}
