/**
 * JSON Schema (draft-07, ajv 8) of the form-pack format in `types.ts`, used to check imported
 * pack files and saved drafts. It checks the *shape* only; rules that need the whole form
 * (duplicate keys, conditions pointing at later fields, missing translations) are `problems/`.
 * Each element kind is dispatched on `kind` with if/then, so an error names the exact place
 * (`pack.services.0.form.pages.1.elements.3.kind`) instead of a wall of oneOf failures.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { workflowDefinitionSchema } from '../../workflows/format/workflow-schema';
import { ASSESSMENT_LEVELS, AUTHORITY_KINDS, COMPARISON_OPS, ELEMENT_KINDS, IDENTIFICATION_LEVELS } from './types';
import type { FieldError, FormPackContent, FormPackFile, Lang } from './types';
import { describeFormatError, type FormatErrorCode, type FormatErrorParams } from '../problems/describe-format-error';

import { ref, type Schema } from './element-schema-parts';
import { KIND_SPECS } from '../kinds/kind-specs';

const localizedText: Schema = {
  type: 'object',
  properties: { fi: { type: 'string' }, sv: { type: 'string' }, en: { type: 'string' } },
  additionalProperties: false,
};


const comparisonValue: Schema = {
  anyOf: [
    { type: 'number' },
    { type: 'string', pattern: '^(([01][0-9]|2[0-3]):[0-5][0-9]|[0-9]{4}-[0-9]{2}-[0-9]{2})$' },
  ],
};

const condition: Schema = {
  type: 'object',
  required: ['field', 'op'],
  properties: {
    field: { type: 'string' },
    op: { enum: ['equals', 'oneOf', 'answered', ...COMPARISON_OPS] },
    value: { type: ['string', 'number', 'boolean'] },
    values: { type: 'array', items: { type: ['string', 'number'] } },
  },
  additionalProperties: false,
  allOf: [
    { if: { properties: { op: { const: 'equals' } } }, then: { required: ['value'], not: { required: ['values'] } } },
    { if: { properties: { op: { const: 'oneOf' } } }, then: { required: ['values'], not: { required: ['value'] } } },
    { if: { properties: { op: { const: 'answered' } } }, then: { allOf: [{ not: { required: ['value'] } }, { not: { required: ['values'] } }] } },
    {
      if: { properties: { op: { enum: [...COMPARISON_OPS] } }, required: ['op'] },
      then: { required: ['value'], not: { required: ['values'] }, properties: { value: comparisonValue } },
    },
  ],
};

/** `{ all: [...] }` or `{ any: [...] }`: at least one condition, each a rule condition again. */
const joined = (word: 'all' | 'any'): Schema => ({
  type: 'object',
  required: [word],
  properties: { [word]: { type: 'array', minItems: 1, items: ref('ruleCondition') } },
  additionalProperties: false,
});

/** One condition, or `all` / `any` of several (an assessment rule's `when`). */
const ruleCondition: Schema = {
  if: { type: 'object', required: ['all'] },
  then: joined('all'),
  else: { if: { type: 'object', required: ['any'] }, then: joined('any'), else: ref('condition') },
};

const baseProperties: Schema = {
  id: { type: 'string', minLength: 1 },
  kind: { enum: [...ELEMENT_KINDS] },
  key: { type: 'string' },
  label: ref('localizedText'),
  help: ref('localizedText'),
  required: { type: 'boolean' },
  condition: ref('condition'),
  /** Dotted key of a project data field (form-library/projects); problems/ check that it exists and fits. */
  projectField: { type: 'string', pattern: '^[a-zA-Z][a-zA-Z0-9_]*(?:\\.[a-zA-Z][a-zA-Z0-9_]*)*$' },
};

const element: Schema = {
  type: 'object',
  required: ['id', 'kind', 'key', 'label'],
  properties: { kind: baseProperties.kind },
  allOf: ELEMENT_KINDS.map((kind) => ({
    if: { properties: { kind: { const: kind } }, required: ['kind'] },
    then: {
      // Each kind's own part of the format is in its spec (kinds/).
      properties: { ...baseProperties, ...KIND_SPECS[kind].format.properties },
      required: [...(KIND_SPECS[kind].format.required ?? [])],
      additionalProperties: false,
    },
  })),
};

const formDefinition: Schema = {
  type: 'object',
  required: ['pages'],
  properties: {
    pages: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'title', 'elements'],
        properties: {
          id: { type: 'string', minLength: 1 },
          title: ref('localizedText'),
          elements: { type: 'array', items: ref('element') },
          condition: ref('condition'),
        },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
};

const slug: Schema = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 80 };

const serviceDefinition: Schema = {
  type: 'object',
  required: ['id', 'kind', 'name', 'description', 'authorityKind', 'topics', 'form', 'workflow'],
  properties: {
    id: slug,
    kind: { enum: ['application', 'notification'] },
    name: ref('localizedText'),
    description: ref('localizedText'),
    authorityKind: { enum: [...AUTHORITY_KINDS] },
    topics: { type: 'array', items: { type: 'string', minLength: 1 } },
    identification: { enum: [...IDENTIFICATION_LEVELS] },
    form: ref('formDefinition'),
    workflow: { $ref: workflowDefinitionSchema.$id },
  },
  additionalProperties: false,
};

const assessmentRule: Schema = {
  type: 'object',
  required: ['id', 'when', 'service', 'level', 'reason', 'legalSource'],
  properties: {
    id: slug,
    when: ref('ruleCondition'),
    service: {
      type: 'object',
      required: ['pack', 'service'],
      properties: { pack: slug, service: slug },
      additionalProperties: false,
    },
    level: { enum: [...ASSESSMENT_LEVELS] },
    reason: ref('localizedText'),
    legalSource: ref('localizedText'),
  },
  additionalProperties: false,
};

const assessmentTestCase: Schema = {
  type: 'object',
  required: ['name', 'answers', 'expect'],
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 200 },
    answers: { type: 'object' },
    expect: { type: 'array', items: { type: 'string' }, uniqueItems: true },
  },
  additionalProperties: false,
};

const assessmentDefinition: Schema = {
  type: 'object',
  required: ['id', 'topic', 'name', 'description', 'form', 'rules', 'testCases'],
  properties: {
    id: slug,
    topic: { type: 'string', minLength: 1 },
    name: ref('localizedText'),
    description: ref('localizedText'),
    form: ref('formDefinition'),
    rules: { type: 'array', items: assessmentRule },
    testCases: { type: 'array', items: assessmentTestCase },
  },
  additionalProperties: false,
};

/** The pack's project data: fields in the form format (problems/ hold them to value fields and sections). */
const projectDataDefinition: Schema = {
  type: 'object',
  required: ['name', 'description', 'elements'],
  properties: {
    name: ref('localizedText'),
    description: ref('localizedText'),
    elements: { type: 'array', items: ref('element') },
  },
  additionalProperties: false,
};

const formPackContent: Schema = {
  type: 'object',
  required: ['slug', 'name', 'description', 'services'],
  properties: {
    slug,
    name: ref('localizedText'),
    description: ref('localizedText'),
    services: { type: 'array', items: ref('serviceDefinition') },
    assessments: { type: 'array', items: ref('assessmentDefinition') },
    projectData: ref('projectDataDefinition'),
  },
  additionalProperties: false,
};

const definitions = {
  localizedText, condition, ruleCondition, element, formDefinition, serviceDefinition, assessmentDefinition, projectDataDefinition, formPackContent,
};

export const PACK_FILE_SCHEMA_ID = 'https://kevyt.example/schemas/form-pack-file.json';
export const PACK_CONTENT_SCHEMA_ID = 'https://kevyt.example/schemas/form-pack-content.json';

/** Schema of an exported / imported pack file (FormPackFile). */
export const packFileSchema: Schema = {
  $id: PACK_FILE_SCHEMA_ID,
  title: 'Kevyt form pack file',
  type: 'object',
  required: ['format', 'formatVersion', 'pack'],
  properties: {
    format: { const: 'kevyt-form-pack' },
    formatVersion: { const: 1 },
    changelog: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['version', 'changes'],
        properties: { version: { type: 'integer', minimum: 1 }, changes: localizedText },
        additionalProperties: false,
      },
    },
    pack: { $ref: PACK_CONTENT_SCHEMA_ID },
  },
  additionalProperties: false,
};

/** Schema of a pack's content (a draft or a version), FormPackContent. */
export const packContentSchema: Schema = {
  $id: PACK_CONTENT_SCHEMA_ID,
  title: 'Kevyt form pack content',
  ...formPackContent,
  definitions,
};

/** Schema of one form (FormDefinition), e.g. for the designer's own checks. */
export const formDefinitionSchema: Schema = {
  $id: 'https://kevyt.example/schemas/form-definition.json',
  ...formDefinition,
  definitions,
};

let compiled: { file: ValidateFunction; content: ValidateFunction } | null = null;

function validators() {
  if (!compiled) {
    // Compile time matters more than validation speed here (a pack is checked now and then):
    // no ref inlining (the element schema is recursive) and no code optimisation pass.
    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, inlineRefs: false, code: { optimize: false } });
    ajv.addSchema(workflowDefinitionSchema);
    ajv.addSchema(packContentSchema);
    compiled = { file: ajv.compile(packFileSchema), content: ajv.getSchema(PACK_CONTENT_SCHEMA_ID) as ValidateFunction };
  }
  return compiled;
}

export type PackValidation<T> = { ok: true; file: T } | { ok: false; errors: FieldError[] };

/** Errors read in `lang` (English for API clients). */
export function validatePackFile(json: unknown, lang: Lang = 'en'): { ok: true; file: FormPackFile } | { ok: false; errors: FieldError[] } {
  const validate = validators().file;
  if (!validate(json)) return { ok: false, errors: packErrors(validate.errors ?? [], lang) };
  const file = json as FormPackFile;
  const order = changelogOrderError(file, lang);
  return order ? { ok: false, errors: [order] } : { ok: true, file };
}

/** A changelog runs from the newest version down, each once (what JSON Schema cannot say). */
function changelogOrderError(file: FormPackFile, lang: Lang): FieldError | null {
  const entries = file.changelog ?? [];
  for (let i = 1; i < entries.length; i++) {
    if (entries[i].version >= entries[i - 1].version) return { path: `changelog.${i}.version`, message: describeFormatError('changelogOrder', {}, lang) };
  }
  return null;
}

/** Paths are relative to the content ('services.0.form.pages.1.elements.3.kind'); errors read in `lang`. */
export function validatePackContent(content: unknown, lang: Lang = 'en'): { ok: true; content: FormPackContent } | { ok: false; errors: FieldError[] } {
  const validate = validators().content;
  if (validate(content)) return { ok: true, content: content as FormPackContent };
  return { ok: false, errors: packErrors(validate.errors ?? [], lang) };
}

function dotted(instancePath: string, child?: string): string {
  const parts = instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (child !== undefined) parts.push(child);
  return parts.join('.');
}

/** Ajv keywords with a phrase of their own (form-library/problems describeFormatError). */
const LIMIT_CODES: Partial<Record<string, FormatErrorCode>> = {
  minLength: 'tooShort',
  maxLength: 'tooLong',
  minimum: 'belowMinimum',
  maximum: 'aboveMaximum',
  minItems: 'tooFewItems',
  maxItems: 'tooManyItems',
};

/** Messages in `lang` (API clients get English, staff screens and the import dialog their own); one error per place, most useful first. */
function packErrors(errors: ErrorObject[], lang: Lang): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  const add = (path: string, code: FormatErrorCode, params: FormatErrorParams = {}) => {
    const message = describeFormatError(code, params, lang);
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ path, message });
  };
  for (const e of errors) {
    // if/then and allOf wrappers only repeat what their inner errors already say.
    if (e.keyword === 'if' || e.keyword === 'allOf') continue;
    const params = e.params as Record<string, unknown>;
    const limitCode = LIMIT_CODES[e.keyword];
    if (limitCode) {
      add(dotted(e.instancePath), limitCode, { limit: String(params.limit) });
      continue;
    }
    switch (e.keyword) {
      case 'required':
        add(dotted(e.instancePath, String(params.missingProperty)), 'required');
        break;
      case 'additionalProperties':
        add(dotted(e.instancePath, String(params.additionalProperty)), 'unknownProperty');
        break;
      case 'enum':
        add(dotted(e.instancePath), 'notOneOf', { values: (params.allowedValues as unknown[]).map(String).join(', ') });
        break;
      case 'const':
        add(dotted(e.instancePath), 'notConst', { value: JSON.stringify(params.allowedValue) });
        break;
      case 'type':
        add(dotted(e.instancePath), 'wrongType', { type: String(params.type).replace(',', ' or ') });
        break;
      case 'not':
        add(dotted(e.instancePath), 'operatorProperties');
        break;
      case 'pattern':
        add(dotted(e.instancePath), 'badPattern');
        break;
      case 'uniqueItems':
        add(dotted(e.instancePath), 'repeatedItems');
        break;
      default:
        add(dotted(e.instancePath), 'invalid', { detail: e.message ?? '' });
    }
  }
  return out;
}
