/** A deployment as the deployments table keeps it, whichever database holds the table. */
import type { DeploymentRow, DeploymentSettings } from './deployment-repository';

/** The columns of `deployments d` (aliases quoted: PostgreSQL folds unquoted ones to lower case). */
export const DEPLOYMENT_COLUMNS = `d.id, d.authority_id AS "authorityId", d.pack_id AS "packId", d.pack_version AS "packVersion", d.service_id AS "serviceId",
  d.respond_within_days AS "respondWithinDays", d.contact_text AS "contactText", d.privacy_notice_url AS "privacyNoticeUrl",
  d.privacy_notice_text AS "privacyNoticeText", d.appeal_kind AS "appealKind", d.appeal_text_json AS "appealTextJson", d.active,
  d.created_at AS "createdAt", d.withdrawn_at AS "withdrawnAt"`;

/** SQLite keeps the flag as 0/1, PostgreSQL as a boolean. */
export type StoredDeployment = Omit<DeploymentRow, 'active'> & { active: number | boolean };

export function deploymentOf(row: StoredDeployment): DeploymentRow {
  return { ...row, active: row.active === 1 || row.active === true };
}

/** The column of each setting an update may change. */
export const SETTING_COLUMNS: Record<keyof DeploymentSettings, string> = {
  respondWithinDays: 'respond_within_days',
  contactText: 'contact_text',
  appealKind: 'appeal_kind',
  appealTextJson: 'appeal_text_json',
};
