/**
 * Where cases are kept: submissions as the desk and the customer read them, their history, their
 * decisions and who has read them. A change to a case (a status step, a note, a message, an
 * assignment, a decision) is one CaseChange, written by `apply` as one unit of work with its
 * history rows, audit rows and alerts.
 */
import type { Lang } from '../../form-library/format/types';
import type { OutboxInsert } from '../alerts/outbox-repository';
import type { AuditRecord } from '../audit/audit-repository';
import type { CaseTimeChange } from '../estimates/estimate-repository';
import type { CaseEventDetails } from './case-event-details';

export interface SubmissionRow {
  id: number;
  reference: string;
  deploymentId: number;
  authorityId: string;
  packId: number;
  packVersion: number;
  serviceId: string;
  municipalityCode: string;
  dataJson: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  /** How the sender was identified: 'none', 'email' or 'strong'. */
  identification: string;
  /** For a strong identification, who acted: the person's key (never the henkilötunnus). */
  identifiedPersonKey: string | null;
  /** The company they acted for (Y-tunnus and name), or null: for themselves. */
  actingForBusinessId: string | null;
  actingForName: string | null;
  lang: Lang;
  status: string;
  statusSince: string;
  submittedAt: string;
  updatedAt: string;
  assigneeId: number | null;
  dueDate: string | null;
  openDueDate: string | null;
  decidedAt: string | null;
}

export type CaseEventKind = 'submitted' | 'status' | 'note' | 'message' | 'supplement' | 'assignment';

export interface CaseEventInsert {
  submissionId: number;
  at: string;
  kind: CaseEventKind;
  /** 'apiKey': the authority's case-management system, its key's id in the details (apiKeyId). */
  actorKind: 'customer' | 'handler' | 'system' | 'apiKey';
  actorUserId: number | null;
  event: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  body: string | null;
  /** JSON of the row's details (case-event-details.ts), or null. */
  detailsJson: string | null;
  customerVisible: 0 | 1;
}

export interface CaseEventRow extends Omit<CaseEventInsert, 'customerVisible'> {
  id: number;
  customerVisible: number;
  actorName: string | null;
}

/** A history row of a change; `details` are stored as JSON, with the change's decision id added when `withDecision`. */
export type CaseEventWrite = Omit<CaseEventInsert, 'submissionId' | 'at' | 'detailsJson'> & { details: CaseEventDetails | null; withDecision?: boolean };

export interface DecisionRow {
  id: number;
  submissionId: number;
  decidedAt: string;
  decidedBy: number | null;
  text: string | null;
  fileId: string | null;
  fileName: string | null;
  fileSize: number | null;
  appealKind: string | null;
  appealTextJson: string | null;
}

/** The acknowledgement `POST /api/integration/v1/cases/:id/ack` recorded. */
export interface CaseManagementRefRow {
  caseManagementId: string;
  acknowledgedAt: string;
}

/** A decision document; the appeal instructions are copied from the case's deployment as it is written. */
export interface NewDecision {
  /** The handler who decided; null when the case-management system recorded it with its API key. */
  decidedBy: number | null;
  text: string | null;
  file: { id: string; name: string; size: number; sha256: string } | null;
}

export interface CaseChange {
  submissionId: number;
  at: string;
  /** A status step, written only while the case is still in `from`: otherwise nothing of the change is written. */
  status?: { from: string; to: string; openDueDate: string | null; decidedAt: string | null };
  /** A new assignee (null: nobody). */
  assigneeId?: number | null;
  /** New answers (a customer's supplement). */
  dataJson?: string;
  /** Files the new answers reference, claimed for the case unless another case has them (`path`: the answer naming each). */
  claimAttachments?: Array<{ id: string; path: string }>;
  decision?: NewDecision;
  events: CaseEventWrite[];
  audits: AuditRecord[];
  alerts: OutboxInsert[];
  /** Marks the case changed, so it shows as unread to handlers who have not seen it since. */
  touch?: boolean;
  /** The handler who made the change has seen it. */
  readBy?: number;
  /** The case's working time recorded (its first decision) or forgotten (cancelled) in the estimates. */
  caseTime?: CaseTimeChange;
}

/** A deployment of an authority's service, newest first (an active or upgraded one before older ones). */
export interface DeployedServiceRow {
  serviceId: string;
  packId: number;
  packSlug: string;
  packVersion: number;
  active: boolean;
}

/** A case that may be due for a deadline-near alert (none raised for it yet). */
export interface DeadlineCandidate {
  id: number;
  reference: string;
  authorityId: string;
  packId: number;
  packVersion: number;
  serviceId: string;
  status: string;
  submittedAt: string;
}

export interface CaseRepository {
  /** A case that is not removed, or undefined. */
  byId(id: number): Promise<SubmissionRow | undefined>;
  /** The cases of these ids that are not removed (in no particular order). */
  byIds(ids: readonly number[]): Promise<SubmissionRow[]>;
  /** A customer's cases by their contact address, newest first, at most `limit`. */
  ofContactEmail(email: string, limit: number): Promise<SubmissionRow[]>;
  /** A strongly identified person's own submissions (sent for themselves), newest first. */
  ofPerson(personKey: string, limit: number): Promise<SubmissionRow[]>;
  /** A company's submissions, sent by any of its representatives, newest first. */
  ofCompany(businessId: string, limit: number): Promise<SubmissionRow[]>;
  markRead(submissionId: number, userId: number, at: string): Promise<void>;
  /**
   * Writes a change as one unit of work. Nothing is written when the case left the status the step
   * starts from (`applied` false) or when a file to claim belongs to another case (`attachmentTaken`: its path).
   */
  apply(change: CaseChange): Promise<{ applied: boolean; decisionId: number | null; attachmentTaken: string | null }>;
  addEvent(row: CaseEventInsert): Promise<void>;
  history(submissionId: number): Promise<CaseEventRow[]>;
  customerVisibleHistory(submissionId: number): Promise<CaseEventRow[]>;
  decisions(submissionId: number): Promise<DecisionRow[]>;
  /** The case-management system's acknowledgement of the case (its reference there), once given. */
  caseManagementRef(submissionId: number): Promise<CaseManagementRefRow | undefined>;
  /** A decision of this case, or undefined (also for another case's). */
  decision(submissionId: number, id: number): Promise<DecisionRow | undefined>;
  /**
   * Removes a case as spam: it leaves every inbox and view, its open due date goes, alerts not yet
   * mailed are withheld, the authority's alerts about it read and its working time no longer counts
   * in the estimates; `audit` gets how many were withheld. False when it is gone already.
   */
  removeAsSpam(submissionId: number, removedBy: number, at: string, audit: (alertsWithheld: number) => AuditRecord): Promise<boolean>;
  /** The deployments that promise an answer within a number of days. */
  deploymentsWithResponseTime(): Promise<Array<{ id: number; days: number }>>;
  /** A deployment's cases sent in (after, until] without a deadline-near alert yet. */
  deadlineCandidates(deploymentId: number, sentAfter: string, sentUntil: string): Promise<DeadlineCandidate[]>;
  /** The deployments of an authority's services, with their packs' slugs. */
  deployedServices(authorityId: string): Promise<DeployedServiceRow[]>;
}
