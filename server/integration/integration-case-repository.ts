/**
 * Where the integration API reads an authority's cases (by arrival, after a cursor) and keeps the
 * case-management system's acknowledgement of a case with its reference there.
 */
import type { AuditRecord } from '../audit/audit-repository';

export interface IntegrationCaseRow {
  id: number;
  reference: string;
  packSlug: string;
  packVersion: number;
  serviceId: string;
  municipalityCode: string;
  status: string;
  submittedAt: string;
  updatedAt: string;
}

export interface CaseManagementRef {
  caseManagementId: string;
  acknowledgedAt: string;
}

export interface IntegrationCaseRepository {
  /** The authority's cases (not removed as spam) with ids above `afterId`, oldest first, at most `limit`. */
  casesAfter(authorityId: string, afterId: number, limit: number): IntegrationCaseRow[];
  /** The slug of a pack. */
  packSlug(packId: number): string | undefined;
  /** The case's acknowledgement, if its system has given one. */
  caseManagementRef(submissionId: number): CaseManagementRef | undefined;
  /**
   * Keeps the first acknowledgement of a case with its audit row, in one unit of work, and returns
   * the one kept (an earlier one unchanged: `created` false).
   */
  acknowledge(submissionId: number, ref: CaseManagementRef, apiKeyId: string, audit: AuditRecord): { ref: CaseManagementRef; created: boolean };
}
