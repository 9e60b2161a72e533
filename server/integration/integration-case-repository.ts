/**
 * Where the integration API reads an authority's cases (in the order they last changed, after a
 * cursor) and keeps the case-management system's acknowledgement of a case with its reference there.
 */
import type { IntegrationCaseChange } from '../../api-contract/integration';
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

/**
 * A case's latest change in the feed: the kind, time and actor of its history row (case_events);
 * the kinds that count are those the trigger case_events_change_seq follows (migrations 0023, 0027).
 */
export type FeedChange = IntegrationCaseChange;

export interface ChangedCaseRow extends IntegrationCaseRow {
  /** The case's place in the change order: the id of the history row of its latest change. */
  changeSeq: number;
  changeKind: FeedChange['kind'];
  changeAt: string;
  changeBy: FeedChange['by'];
}

export interface CaseManagementRef {
  caseManagementId: string;
  acknowledgedAt: string;
}

export interface IntegrationCaseRepository {
  /**
   * The authority's cases (not removed as spam) whose latest change comes after `afterSeq` in the
   * change order, in that order, at most `limit`.
   */
  changedAfter(authorityId: string, afterSeq: number, limit: number): Promise<ChangedCaseRow[]>;
  /** The case's latest change in the feed, or undefined when it has none. */
  lastChange(submissionId: number): Promise<FeedChange | undefined>;
  /** The slug of a pack. */
  packSlug(packId: number): Promise<string | undefined>;
  /** The case's acknowledgement, if its system has given one. */
  caseManagementRef(submissionId: number): Promise<CaseManagementRef | undefined>;
  /**
   * Keeps the first acknowledgement of a case with its audit row, in one unit of work, and returns
   * the one kept (an earlier one unchanged: `created` false).
   */
  acknowledge(submissionId: number, ref: CaseManagementRef, apiKeyId: string, audit: AuditRecord): Promise<{ ref: CaseManagementRef; created: boolean }>;
}
