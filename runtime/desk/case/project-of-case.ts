/**
 * The project a case was sent from (CaseDetail.project, schema CaseProject), or null for a case
 * sent on its own.
 */
import type { CaseDetail, CaseProject } from '../../../api-contract';

type WithProject = CaseDetail & { project?: CaseProject | null };

export function projectOfCase(detail: WithProject): CaseProject | null {
  return detail.project ?? null;
}
