/** Sending a form: attachments first, then the submission (no sign-in needed). */
import { Type, type Static } from '@sinclair/typebox';
import type { FormData } from '../form-library/format/types';
import { Day, Lang, MunicipalityCode } from './common';
import { route } from './route';
import { Body, ExactText, JsonObject, OrNull } from './schema-kit';

export const AttachmentInfo = Type.Object({
  id: Type.String({ description: 'refer to it from an attachment field of the form data' }),
  name: Type.String(),
  size: Type.Integer({ description: 'bytes' }),
  type: Type.String({ description: 'media type sniffed from the content' }),
});
export type AttachmentInfo = Static<typeof AttachmentInfo>;

export const Contact = Type.Object({
  name: Type.String(),
  email: Type.String(),
  phone: Type.Optional(OrNull(Type.String())),
});
export type Contact = Static<typeof Contact>;

export const SubmissionBody = Body({
  deploymentId: Type.Integer({ minimum: 1 }),
  municipality: MunicipalityCode,
  data: JsonObject<FormData>('The answers, checked against the pack version’s form (field errors have paths into data)'),
  contact: JsonObject<Contact>('{ name, email, phone? }: checked by the contact rules (contact.email, …)'),
  lang: Type.Optional(Lang),
  idempotencyKey: ExactText({ minLength: 8, maxLength: 100, pattern: '^[\\x21-\\x7e]+$', message: 'Must be 8–100 visible ASCII characters', description: 'a retry with the same key answers the first receipt (200) instead of sending twice' }),
});
export type SubmissionBody = Static<typeof SubmissionBody>;

export const Receipt = Type.Object({
  id: Type.Integer(),
  reference: Type.String({ description: 'e.g. KV-2026-000123' }),
  status: Type.String({ description: 'the workflow status id' }),
  authority: Type.Object({ id: Type.String(), name: Type.String() }),
  submittedAt: Type.String(),
  dueDate: OrNull(Day, { description: 'the day the authority promised to answer by (the deployment’s response time)' }),
});
export type Receipt = Static<typeof Receipt>;

export const submissionRoutes = {
  upload: route({
    method: 'post', path: '/api/attachments', tag: 'Submissions', access: { kind: 'public' },
    summary: 'Upload one attachment before sending a form',
    description: 'Max 10 MB; the type sniffed from the content must be allowed and match the declared type (else 415).',
    upload: { field: 'file', description: 'the file (PDF, PNG, JPEG; plain text, DOCX, XLSX, ODT where the form allows)' },
    answers: { 201: AttachmentInfo }, errors: [400, 413, 415, 429],
  }),
  send: route({
    method: 'post', path: '/api/submissions', tag: 'Submissions', access: { kind: 'public' },
    summary: 'Send a form',
    description: 'Routed to the one authority responsible for the service in the municipality. Field messages are in `lang` (body, else `?lang=`, else Finnish). ' +
      'A service that asks for identification needs the customer cookie of that level: 401 identification_required without one, ' +
      '403 strong_identification_required for an e-mail-code sign-in where strong is needed. With strong identification the henkilötunnus and name fields are taken from the identity, whatever was sent.',
    query: Type.Object({ lang: Type.Optional(Type.String({ maxLength: 10, description: 'the language of field messages when the body has none' })) }),
    body: SubmissionBody,
    answers: { 201: Receipt, 200: Receipt }, errors: [401, 403, 404, 409, 422],
  }),
};
