/** Schemas many routes share: languages, names in three languages, statuses, the error body. */
import { Type, type Static } from '@sinclair/typebox';
import { LANGS } from '../form-library/format/types';
import { APPEAL_KINDS } from '../workflows/decision/appeal';
import { ExactText, OneOf, Text } from './schema-kit';

export const Lang = OneOf(LANGS, { description: 'fi, sv or en' });
export type Lang = Static<typeof Lang>;

/**
 * `?lang=` where any other value falls back (to Finnish, or where the route says so, English):
 * a language a client does not know must not break its page.
 */
export const LenientLang = Type.String({ maxLength: 10, description: 'fi, sv or en; any other value falls back to the route’s default' });

/** A name in all three languages, as reference data and staff screens read it. */
export const Names = Type.Object({ fi: Type.String(), sv: Type.String(), en: Type.String() });
export type Names = Static<typeof Names>;

/** A text written by a pack's designer: any of the three languages may be missing in a draft. */
export const LocalizedText = Type.Object({ fi: Type.Optional(Type.String()), sv: Type.Optional(Type.String()), en: Type.Optional(Type.String()) });

export const MUNICIPALITY_CODE = '^\\d{3}$';
export const MunicipalityCode = Text({ pattern: MUNICIPALITY_CODE, message: 'Must be a 3-digit municipality code such as 091', description: 'Statistics Finland code, e.g. 091 (Helsinki)' });

export const EMAIL = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';
export const Email = Text({ minLength: 3, maxLength: 254, controls: 'line', pattern: EMAIL, message: 'Must be an email address' });

/** A workflow status with its label in the request's language. */
export const StatusRef = Type.Object({ id: Type.String(), label: Type.String() });
export type StatusRef = Static<typeof StatusRef>;

/** Who, by id and name. */
export const PersonRef = Type.Object({ id: Type.Integer(), name: Type.String() });
export type PersonRef = Static<typeof PersonRef>;

export const Instant = Type.String({ description: 'ISO 8601 instant, e.g. 2026-05-14T09:30:00.000Z' });

export const FieldProblem = Type.Object({ path: Type.String({ description: 'dotted path of the field, e.g. contact.email or data.organiser.businessId' }), message: Type.String() });
export type FieldProblem = Static<typeof FieldProblem>;

/** The one error shape of the API; some errors add members (`allowed`, `overlaps`, `languageGaps`, `updatedAt`). */
export const ErrorBody = Type.Object(
  {
    error: Type.Object(
      {
        code: Type.String({ description: 'e.g. validation_failed, not_found, conflict' }),
        message: Type.String(),
        fields: Type.Array(FieldProblem),
      },
      { additionalProperties: true },
    ),
  },
  { title: 'Error' },
);
export type ErrorBody = Static<typeof ErrorBody>;

/** `{ ok: true }`: the change is stored. */
export const Done = Type.Object({ ok: Type.Literal(true) });
export type Done = Static<typeof Done>;

/** An idempotency key or other opaque token: taken exactly as sent. */
export const Opaque = ExactText;

/** What a supplement changes (or changed): each shown answer before and after, each file added, removed or replaced. */
export const SupplementChanges = Type.Object({
  answers: Type.Array(Type.Object({ path: Type.String(), label: Type.String(), before: Type.String({ description: "'' when there was no answer" }), after: Type.String() })),
  attachments: Type.Array(
    Type.Object({
      kind: OneOf(['added', 'removed', 'replaced'] as const),
      field: Type.String({ description: 'the attachment field’s label' }),
      id: Type.String(),
      name: Type.String(),
      replacedBy: Type.Optional(Type.Object({ id: Type.String(), name: Type.String() })),
    }),
  ),
});
export type SupplementChanges = Static<typeof SupplementChanges>;

/** Appeal instructions in the reader's language: oikaisuvaatimusohje or valitusosoitus. */
export const AppealInstructions = Type.Object({ kind: OneOf(APPEAL_KINDS), title: Type.String(), text: Type.String() });
export type AppealInstructions = Static<typeof AppealInstructions>;

/** A decision as a document: its date, text or attached PDF, and the appeal instructions it carries. */
export const DecisionSchema = Type.Object({
  id: Type.Integer(),
  decidedAt: Instant,
  text: Type.Union([Type.String(), Type.Null()]),
  file: Type.Union([Type.Object({ name: Type.String(), size: Type.Integer() }), Type.Null()], { description: 'the attached PDF, if any' }),
  appeal: Type.Union([AppealInstructions, Type.Null()]),
  documentHref: Type.String({ description: 'the generated decision document (PDF)' }),
  fileHref: Type.Union([Type.String(), Type.Null()]),
});
export type DecisionSchema = Static<typeof DecisionSchema>;

/** A calendar day YYYY-MM-DD (Helsinki). */
export const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'a calendar day YYYY-MM-DD (Helsinki)' });

/** The case-management system's receipt of a case (shown to the handler and the customer, answered to the integration). */
export const CaseManagementAck = Type.Object({
  caseManagementId: Type.String({ description: 'the case’s reference in the case-management system (diaarinumero)' }),
  acknowledgedAt: Type.String(),
});
export type CaseManagementAck = Static<typeof CaseManagementAck>;
