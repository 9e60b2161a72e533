/**
 * Where customers' projects are kept: the project with its shared data, its permits (drafts, then
 * the link to the submission each was sent as) and its own history of data changes. Each method is
 * one unit of work; those that check and write do both in one transaction. Implemented in SQLite
 * by sqlite-project-repository.ts.
 */
import type { ProjectOwner } from '../../permissions/acting-for';

export interface ProjectRecord {
  id: number;
  /** Whose it is: an e-mail customer's (verified, lower-cased), a person's own (by key), or a company's (Y-tunnus). */
  owner: ProjectOwner;
  /** The owning company's name as the mandates source gave it at the start; null unless a company's. */
  companyName: string | null;
  /** The strongly identified person who started it, by key; null for an e-mail customer's. */
  createdByPersonKey: string | null;
  /** Where its permits' receipts go: the e-mail owner's address, or the one its starter gave. */
  contactEmail: string;
  name: string;
  municipalityCode: string;
  packId: number;
  packSlug: string;
  /** The pack version whose projectData describes the data. */
  packVersion: number;
  dataJson: string;
  contactName: string;
  contactPhone: string | null;
  consent: boolean;
  consentAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface PermitRecord {
  id: number;
  projectId: number;
  deploymentId: number;
  serviceId: string;
  draftJson: string;
  version: number;
  idempotencyKey: string;
  /** The submission it was sent as; null while a draft. */
  submissionId: number | null;
  createdAt: string;
  updatedAt: string;
  /** The project data its case holds (as sent, then as supplements changed it); null while a draft. */
  sentDataJson: string | null;
  /** The deployment's authority, response time and the pack version it has now (a draft opens in it). */
  authorityId: string;
  respondWithinDays: number | null;
  packId: number;
  packVersion: number;
}

/** What the project list counts of a permit. */
export interface PermitTally {
  projectId: number;
  submissionId: number | null;
  /** The sent permit's pack version, service and status (null for a draft). */
  packId: number | null;
  packVersion: number | null;
  serviceId: string;
  status: string | null;
  decided: boolean;
}

export interface ProjectEventRecord {
  id: number;
  projectId: number;
  at: string;
  kind: 'data_changed';
  /** The project's version after the change. */
  version: number;
  /** Dotted project data keys that changed, and 'name' / 'contact' when those did. */
  fields: string[];
}

/** A project as started: the record's own fields, and the moment (created, updated and, with consent, consented). */
export type NewProject = Pick<
  ProjectRecord,
  'owner' | 'companyName' | 'createdByPersonKey' | 'contactEmail' | 'name' | 'municipalityCode' | 'packId' | 'packSlug' | 'packVersion' | 'dataJson' | 'contactName' | 'contactPhone' | 'consent'
> & { at: string };

export interface NewPermit {
  deploymentId: number;
  serviceId: string;
  idempotencyKey: string;
}

export interface DataChange {
  expectedVersion: number;
  dataJson: string;
  name: string;
  contactName: string;
  contactPhone: string | null;
  contactEmail: string;
  /** What changed, recorded as the project's event (none is recorded when nothing did). */
  fields: string[];
  at: string;
}

export type DataChangeResult = { ok: true; version: number } | { ok: false; reason: 'stale' | 'gone' };
export type DraftSaveResult = { ok: true; version: number } | { ok: false; reason: 'stale' | 'sent' | 'gone' };
export type AddPermitResult = { ok: true; permitId: number } | { ok: false; reason: 'duplicate' };
export type RemoveResult = 'removed' | 'sent' | 'gone';

/** A case's project as the desk may see it: the project and which permit the case was sent as. */
export interface CaseProjectLink {
  project: ProjectRecord;
  permitId: number;
  /** The project data as sent in this case (and as supplements changed it). */
  sentDataJson: string | null;
}

export interface PlaceNames {
  nameFi: string;
  nameSv: string;
}

export interface ProjectRepository {
  /** The names of an authority, of a municipality, as the project's views show them. */
  authorityNames(id: string): Promise<{ nameFi: string; nameSv: string; nameEn: string } | undefined>;
  municipalityNames(code: string): Promise<PlaceNames | undefined>;
  /** The owner's projects, the latest changed first. */
  projectsOf(owner: ProjectOwner): Promise<ProjectRecord[]>;
  /** Every permit of the owner's projects with what the list counts. */
  permitTalliesOf(owner: ProjectOwner): Promise<PermitTally[]>;
  project(id: number): Promise<ProjectRecord | undefined>;
  /** A new project with its first permits, in one transaction; its id. */
  createProject(project: NewProject, permits: NewPermit[]): Promise<number>;
  /** Removes a project with its drafts and history, unless one of its permits was sent. */
  removeProject(id: number): Promise<RemoveResult>;
  permitsOf(projectId: number): Promise<PermitRecord[]>;
  permit(projectId: number, permitId: number): Promise<PermitRecord | undefined>;
  /** Adds a permit unless the project holds the same service (of the same pack) already. */
  addPermit(projectId: number, permit: NewPermit, packId: number, at: string): Promise<AddPermitResult>;
  /** Saves a draft's answers if it is still a draft at `expectedVersion`. */
  saveDraft(permitId: number, expectedVersion: number, draftJson: string, at: string): Promise<DraftSaveResult>;
  /** Takes a draft out of its project; a sent permit stays. */
  removeDraft(permitId: number): Promise<RemoveResult>;
  /**
   * Marks a permit sent as `submissionId` with the project data sent in it. Called by the
   * submission repository inside the send's own unit of work (NewSend.projectPermit), so the case
   * and the link commit together.
   */
  linkSent(permitId: number, submissionId: number, projectDataJson: string, at: string): Promise<void>;
  /** Changes data, name and contact if the project is still at `expectedVersion`, with its event. */
  changeData(projectId: number, change: DataChange): Promise<DataChangeResult>;
  /** The project's own events, oldest first; `afterVersion` leaves out those up to that version. */
  eventsOf(projectId: number, afterVersion?: number): Promise<ProjectEventRecord[]>;
  /** The project data a case holds now, after a supplement sent the project's change to it. */
  recordSentData(submissionId: number, projectDataJson: string): Promise<void>;
  /** The project a case was sent from, or undefined for a case sent on its own. */
  projectOfCase(submissionId: number): Promise<CaseProjectLink | undefined>;
}
