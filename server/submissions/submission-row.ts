/** A send as the submissions table keeps it, and as a retry reads it back, whichever database holds the table. */
import type { Lang } from '../../form-library/format/types';
import type { NewSend, StoredSend } from './submission-repository';

/** The values of a new submissions row, in the order of SUBMISSION_INSERT_COLUMNS (positional binding is cheaper than named). */
export type NewSubmission = [
  reference: string,
  deploymentId: number,
  authorityId: string,
  packId: number,
  packVersion: number,
  serviceId: string,
  municipality: string,
  data: string,
  name: string,
  email: string,
  phone: string | null,
  lang: Lang,
  status: string,
  statusSince: string,
  submittedAt: string,
  updatedAt: string,
  key: string,
  dueDate: string | null,
  openDueDate: string | null,
  identification: string,
  identifiedPersonKey: string | null,
  actingForBusinessId: string | null,
  actingForName: string | null,
];

export const SUBMISSION_INSERT_COLUMNS = `reference, deployment_id, authority_id, pack_id, pack_version, service_id, municipality_code,
  data_json, contact_name, contact_email, contact_phone, lang, status, status_since, submitted_at, updated_at, idempotency_key,
  due_date, open_due_date, identification, identified_person_key, acting_for_business_id, acting_for_name`;

/** A stored send's columns as StoredSend names them (quoted aliases: PostgreSQL folds bare ones to lower case). */
export const STORED_SEND_COLUMNS = `id, reference, status, authority_id AS "authorityId", submitted_at AS "submittedAt", deployment_id AS "deploymentId", lang,
  due_date AS "dueDate"`;

export function newSubmissionValues(send: NewSend, reference: string, at: string, due: { dueDate: string | null; openDueDate: string | null }): NewSubmission {
  return [
    reference, send.deploymentId, send.authorityId, send.packId, send.packVersion, send.serviceId, send.municipalityCode,
    send.dataJson, send.contact.name, send.contact.email, send.contact.phone, send.lang, send.status, at, at, at, send.idempotencyKey,
    due.dueDate, due.openDueDate, send.identification, send.identifiedPersonKey, send.actingFor?.businessId ?? null, send.actingFor?.name ?? null,
  ];
}

/** What the receipt needs of a send just stored. */
export function storedSend(send: NewSend, id: number, reference: string, at: string, dueDate: string | null): StoredSend {
  return { id, reference, status: send.status, authorityId: send.authorityId, submittedAt: at, deploymentId: send.deploymentId, lang: send.lang, dueDate };
}
