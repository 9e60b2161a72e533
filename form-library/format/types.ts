/**
 * The form-pack format: the one definition of what a designer builds, what a pack file holds,
 * and what the runtime renders and the server validates. Builder, runtime and server all import
 * these types; `pack-schema.ts` is the JSON Schema of the same shapes for checking imported files.
 */
import type { WorkflowDefinition } from '../../workflows/format/types';
import type { LocalizedText } from '../../languages/localized-text';

// Re-exported so the many readers of the format keep one import; the definitions live below both formats.
export { LANGS, type Lang, type LocalizedText } from '../../languages/localized-text';

export const AUTHORITY_KINDS = ['municipality', 'rescue', 'police', 'wellbeing', 'national'] as const;
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];

/** Comparison operators: ≥, ≤, >, < of a number, a time of day ('HH:MM') or a date ('YYYY-MM-DD'). */
export const COMPARISON_OPS = ['atLeast', 'atMost', 'above', 'below'] as const;
export type ComparisonOp = (typeof COMPARISON_OPS)[number];

/**
 * "Show when field X equals / is one of / is answered / is at least … (at most, above, below)."
 * `field` is the key of an earlier field. A comparison's value is a number for a number field, a
 * time 'HH:MM' for a time field, a date 'YYYY-MM-DD' for a date field.
 */
export type Condition =
  | { field: string; op: 'equals'; value: string | number | boolean }
  | { field: string; op: 'oneOf'; values: Array<string | number> }
  | { field: string; op: 'answered' }
  | { field: string; op: ComparisonOp; value: number | string };

/** Conditions joined: every one holds (`all`) or some one holds (`any`); they nest. */
export type CombinedCondition = { all: RuleCondition[] } | { any: RuleCondition[] };

/**
 * What an assessment rule's `when` holds: one condition or a combination. (Elements and pages show
 * by one condition, which the designer's condition editor edits; the evaluator reads both.)
 */
export type RuleCondition = Condition | CombinedCondition;

export interface ChoiceOption {
  value: string;
  label: LocalizedText;
}

interface ElementBase {
  /** Stable identity for the designer (selection, drag and drop); never shown. */
  id: string;
  /** Data key: unique within the whole form, [a-zA-Z][a-zA-Z0-9_]*. */
  key: string;
  label: LocalizedText;
  help?: LocalizedText;
  required?: boolean;
  condition?: Condition;
  /**
   * The project data field this field is prefilled from and edited in, as its dotted key in the
   * pack's `projectData` (e.g. 'organiser.businessId'). Only value fields outside groups map; the
   * two fields must be of the same kind (form-library/projects checks it, naming both).
   */
  projectField?: string;
  /**
   * For a strongly identified customer, this field is filled from the identity, shown read-only, and
   * overwritten by the server on sending (form-library/identity/identity-fields). Only fields
   * outside groups are filled; a henkilötunnus field without it is someone else's. The company's
   * fields (its name, its Y-tunnus) are filled so only while the person acts for a company; acting
   * for themselves the customer fills them as any field.
   */
  identityField?: IdentityField;
}

/** What of a strong identity a field holds: of the person, or of the company they act for. */
export const IDENTITY_FIELDS = ['personalId', 'givenName', 'familyName', 'fullName', 'organisationName', 'businessId'] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

export interface TextElement extends ElementBase {
  kind: 'text' | 'textarea';
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  patternMessage?: LocalizedText;
}
export interface NumberElement extends ElementBase {
  kind: 'number';
  min?: number;
  max?: number;
  integer?: boolean;
}
/** Value kinds whose format carries its own rules. */
export interface SimpleElement extends ElementBase {
  kind: 'email' | 'phone' | 'yesNo' | 'businessId' | 'personalId' | 'postalCode' | 'municipality' | 'time';
}
export interface DateElement extends ElementBase {
  kind: 'date';
  /** ISO dates (YYYY-MM-DD) bounding the answer. */
  min?: string;
  max?: string;
}
/** Value: { start: 'YYYY-MM-DD', end: 'YYYY-MM-DD' }, end not before start. */
export interface DateRangeElement extends ElementBase {
  kind: 'dateRange';
  min?: string;
  max?: string;
}
export interface ChoiceElement extends ElementBase {
  kind: 'choice';
  display?: 'radio' | 'select';
  options: ChoiceOption[];
}
export interface MultiChoiceElement extends ElementBase {
  kind: 'multiChoice';
  options: ChoiceOption[];
  minItems?: number;
  maxItems?: number;
}
/** Value: { street, postalCode, postOffice }. */
export interface AddressElement extends ElementBase {
  kind: 'address';
}
/** Value: array of attachment ids returned by POST /api/attachments. */
export interface AttachmentElement extends ElementBase {
  kind: 'attachment';
  /** Allowed MIME types, e.g. ['application/pdf', 'image/jpeg', 'image/png']. */
  accept?: string[];
  maxFiles?: number;
  maxSizeMb?: number;
}
/** Text shown to the customer; holds no data. `label` is its heading (may be empty). */
export interface InfoElement extends ElementBase {
  kind: 'info';
  text: LocalizedText;
}
/** A fieldset: its data is an object under `key`. */
export interface SectionElement extends ElementBase {
  kind: 'section';
  elements: FormElement[];
}
/** A repeating group: its data is an array of objects under `key`. */
export interface GroupElement extends ElementBase {
  kind: 'group';
  elements: FormElement[];
  minItems?: number;
  maxItems?: number;
  /** Label of one item, e.g. "Participant". */
  itemLabel?: LocalizedText;
}

export type FormElement =
  | TextElement
  | NumberElement
  | SimpleElement
  | DateElement
  | DateRangeElement
  | ChoiceElement
  | MultiChoiceElement
  | AddressElement
  | AttachmentElement
  | InfoElement
  | SectionElement
  | GroupElement;

export type ElementKind = FormElement['kind'];

export const ELEMENT_KINDS = [
  'text', 'textarea', 'number', 'email', 'phone', 'date', 'time', 'dateRange', 'choice', 'multiChoice', 'yesNo',
  'businessId', 'personalId', 'postalCode', 'address', 'municipality', 'attachment', 'info', 'section', 'group',
] as const satisfies readonly ElementKind[];

/** Pages are steps of the form; they do not nest data. */
export interface FormPage {
  id: string;
  title: LocalizedText;
  elements: FormElement[];
  condition?: Condition;
}

export interface FormDefinition {
  pages: FormPage[];
}

/** Data a customer enters: nested by section (object) and group (array of objects). */
export type FormData = Record<string, unknown>;

export type ServiceKind = 'application' | 'notification';

/**
 * How surely the customer must be identified before sending: 'none' (send without an account, the
 * default), 'email' (a code mailed to their address) or 'strong' (OpenID Connect, e.g. Suomi.fi
 * through a broker). Each level also satisfies those below it.
 */
export const IDENTIFICATION_LEVELS = ['none', 'email', 'strong'] as const;
export type IdentificationLevel = (typeof IDENTIFICATION_LEVELS)[number];

export interface ServiceDefinition {
  /** Stable slug, the same across versions, e.g. 'public-event-police'. */
  id: string;
  kind: ServiceKind;
  name: LocalizedText;
  description: LocalizedText;
  authorityKind: AuthorityKind;
  /** Topic ids, e.g. ['events']. */
  topics: string[];
  /** How surely the customer must be identified to send; absent = 'none'. */
  identification?: IdentificationLevel;
  form: FormDefinition;
  workflow: WorkflowDefinition;
}

/** How sure a rule is that its service is needed: 'maybe' where the law leaves it to the authority. */
export const ASSESSMENT_LEVELS = ['needed', 'maybe'] as const;
export type AssessmentLevel = (typeof ASSESSMENT_LEVELS)[number];

/** A service named across packs: the pack's slug and the service's id in it. */
export interface ServiceRef {
  pack: string;
  service: string;
}

/** "When <condition>, <service> is needed / may be needed, because <reason> (<legal source>)." */
export interface AssessmentRule {
  /** Stable slug within the assessment, e.g. 'rescue-plan-200-people'. */
  id: string;
  when: RuleCondition;
  service: ServiceRef;
  level: AssessmentLevel;
  /** Why, in the customer's words; where the law leaves it to the authority, it says so. */
  reason: LocalizedText;
  /** The law it rests on, e.g. "Pelastuslaki 379/2011, 16 §". */
  legalSource: LocalizedText;
}

/** Example answers and the rules they must fire, exactly: kept passing by the publishing gate. */
export interface AssessmentTestCase {
  name: string;
  answers: FormData;
  /** Ids of the rules these answers fire, in any order, no more and no fewer. */
  expect: string[];
}

/**
 * A permit-needs assessment (lupatarveselvitys): questions in the form format, and rules that
 * tell from the answers which services a plan needs.
 */
export interface AssessmentDefinition {
  /** Stable slug within the pack, e.g. 'event-permits'. */
  id: string;
  /** The topic it belongs to, e.g. 'events'. */
  topic: string;
  name: LocalizedText;
  description: LocalizedText;
  form: FormDefinition;
  rules: AssessmentRule[];
  testCases: AssessmentTestCase[];
}

/**
 * Project data (hanketiedot): the fields a pack declares once for a kind of project (an event, a
 * building project), entered once in the customer's project and prefilled into every field of the
 * pack's service forms that maps to them (`projectField`). Written in the form format, so the
 * project data form renders and validates as any form does.
 */
export interface ProjectDataDefinition {
  /** The kind of project, as the customer picks it: "Tapahtuma / Evenemang / Event". */
  name: LocalizedText;
  description: LocalizedText;
  /** Value fields and sections of them (no groups, attachments or info); keys unique across all. */
  elements: FormElement[];
}

/** The content of a pack version (and of the draft). */
export interface FormPackContent {
  /** Stable slug of the pack, e.g. 'event-organising'. */
  slug: string;
  name: LocalizedText;
  description: LocalizedText;
  services: ServiceDefinition[];
  /** Permit-needs assessments; a pack may hold services, assessments or both. */
  assessments?: AssessmentDefinition[];
  /** Shared data of a customer's project that the services' forms map their fields to. */
  projectData?: ProjectDataDefinition;
}

/** What one version of a pack changed, as the library tells the authorities that deploy it. */
export interface PackChangelogEntry {
  /** The version it describes, 1 for the first. */
  version: number;
  changes: LocalizedText;
}

/** An exported / imported pack file; the ready library's packs are such files too (form-library/library). */
export interface FormPackFile {
  format: 'kevyt-form-pack';
  formatVersion: 1;
  /**
   * The versions the content has been through, newest first, each once: the first entry's version
   * is the content's. A file exported from a draft has none; every ready library pack has one.
   */
  changelog?: PackChangelogEntry[];
  pack: FormPackContent;
}

/** A field error: `path` is dotted ('organiser.businessId', 'participants.0.name'). */
export interface FieldError {
  path: string;
  message: string;
}
