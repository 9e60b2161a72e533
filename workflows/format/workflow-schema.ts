/**
 * JSON Schema (draft-07, for ajv 8) of WorkflowDefinition. It checks the *shape* of an imported or
 * saved workflow; the rules that need the whole graph (one initial state, reachability, UPPER_SNAKE
 * ids, unknown targets…) live in `validation/validate-workflow.ts`, which gives precise messages
 * in fi/sv/en. Drafts under construction therefore pass this schema even when not yet valid.
 */
import { WORKFLOW_ROLES } from './types';

const localizedTextSchema = {
  type: 'object',
  properties: {
    fi: { type: 'string' },
    sv: { type: 'string' },
    en: { type: 'string' },
  },
  additionalProperties: false,
} as const;

export const workflowStateSchema = {
  type: 'object',
  required: ['id', 'label', 'customerVisible'],
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 64 },
    label: localizedTextSchema,
    customerVisible: { type: 'boolean' },
    initial: { type: 'boolean' },
    final: { type: 'boolean' },
  },
  additionalProperties: false,
} as const;

export const workflowTransitionSchema = {
  type: 'object',
  required: ['event', 'from', 'to', 'label', 'roles'],
  properties: {
    event: { type: 'string', minLength: 1, maxLength: 64 },
    from: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 64 }, minItems: 1 },
    to: { type: 'string', minLength: 1, maxLength: 64 },
    label: localizedTextSchema,
    roles: { type: 'array', items: { type: 'string', enum: [...WORKFLOW_ROLES] }, uniqueItems: true },
    commentRequired: { type: 'boolean' },
    customerAlert: localizedTextSchema,
  },
  additionalProperties: false,
} as const;

export const workflowDefinitionSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://kevyt.example/schemas/workflow-definition.json',
  title: 'Kevyt workflow definition',
  type: 'object',
  required: ['states', 'transitions'],
  properties: {
    states: { type: 'array', items: workflowStateSchema },
    transitions: { type: 'array', items: workflowTransitionSchema },
  },
  additionalProperties: false,
} as const;
