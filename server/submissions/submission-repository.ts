/**
 * Where sends are stored: a new submission with its claimed attachments, its 'submitted' history
 * event, its alerts and its audit row, as one unit of work (see submit.ts for the rules around it).
 */
import type { Lang } from '../../form-library/format/types';
import type { OutboxInsert } from '../alerts/outbox-repository';
import type { AuditRecord } from '../audit/audit-repository';
import type { SubmissionRow } from '../cases/case-repository';

/** A stored send as its receipt needs it. */
export interface StoredSend {
  id: number;
  reference: string;
  status: string;
  authorityId: string;
  submittedAt: string;
  deploymentId: number;
  lang: Lang;
  dueDate: string | null;
}

export interface ProjectPermitLink {
  permitId: number;
  projectDataJson: string;
}

/** A send as the case will hold it (the case's own fields), with what only the send knows. */
export interface NewSend
  extends Pick<SubmissionRow, 'deploymentId' | 'authorityId' | 'packId' | 'packVersion' | 'serviceId' | 'municipalityCode' | 'dataJson' | 'lang' | 'status' | 'identifiedPersonKey'> {
  idempotencyKey: string;
  contact: { name: string; email: string; phone: string | null };
  /** How the sender was identified ('none', 'email', 'strong'), and for 'strong' the person's key (never the henkilötunnus). */
  identification: 'none' | 'email' | 'strong';
  /** The company the person acted for (server/mandates/), or null: for themselves. */
  actingFor: { businessId: string; name: string } | null;
  /** The files the answers reference, claimed by the send (`path`: the answer naming each). */
  attachments: Array<{ id: string; path: string }>;
  /** The project permit this send is (server/projects): linked to the case, with the project data sent, in the send's unit of work. */
  projectPermit?: ProjectPermitLink;
  /** Its due dates when it is stored at `at`. */
  dueDates(at: string): { dueDate: string | null; openDueDate: string | null };
  /** Its alerts and audit row once it has its id, reference and time. */
  consequences(stored: { id: number; reference: string; at: string }): { alerts: OutboxInsert[]; audit: AuditRecord };
}

export type StoreOutcome =
  | { kind: 'created'; send: StoredSend }
  /** The idempotency key was stored already (a retry): the first send. */
  | { kind: 'existing'; send: StoredSend }
  /** Another submission claimed this referenced file first: nothing was written. */
  | { kind: 'attachmentTaken'; path: string };

export interface AuthorityNames {
  nameFi: string;
  nameSv: string;
  nameEn: string;
}

export interface MunicipalityNames {
  nameFi: string;
  nameSv: string;
}

export interface SubmissionRepository {
  byIdempotencyKey(key: string): Promise<StoredSend | undefined>;
  deploymentExists(id: number): Promise<boolean>;
  authorityNames(id: string): Promise<AuthorityNames | undefined>;
  municipalityNames(code: string): Promise<MunicipalityNames | undefined>;
  /**
   * Stores a send, numbered and timed as it is written: its time never earlier than the last
   * stored send's, its reference the next of its year (both read from `clock` as it is written).
   * Resolves once it is durable.
   */
  store(send: NewSend, clock: () => Date): Promise<StoreOutcome>;
}
