/** Files sent with the form: the answer is the ids POST /api/attachments gave them; read by their file names. */
import type { KindSpec } from './kind-spec';
import type { ContractSchema } from '../contract/contract-parts';
import { WIDGETS } from '../compiler/widget-names';
import type { AttachmentElement } from '../format/types';
import { requiredAnswer } from './answer-checks';
import { withLimits } from './schema-parts';

/** Files an attachment field takes when its definition sets no limit (the compiled schema's too). */
export const DEFAULT_MAX_FILES = 10;

export function maxFilesOf(element: AttachmentElement): number {
  return element.maxFiles ?? DEFAULT_MAX_FILES;
}

/** The contract's marks of an attachment field: its answer is upload ids, of these types and size. */
function contractMarks(element: AttachmentElement): ContractSchema {
  return {
    'x-kevyt-attachment': true,
    ...(element.accept ? { 'x-kevyt-accept': element.accept } : {}),
    'x-kevyt-maxSizeMb': element.maxSizeMb ?? 10,
  };
}

export const attachmentSpec: KindSpec<'attachment'> = {
  kind: 'attachment',
  format: {
    properties: {
      accept: { type: 'array', items: { type: 'string', pattern: '^[a-z]+/[a-zA-Z0-9.+-]+$' } },
      maxFiles: { type: 'integer', minimum: 1 },
      maxSizeMb: { type: 'number', exclusiveMinimum: 0 },
    },
  },
  holdsData: true,
  ownValue: true,
  defaults: () => ({ accept: ['application/pdf', 'image/jpeg', 'image/png'], maxFiles: 5, maxSizeMb: 10 }),
  compile: (element, { requiredNow, ui }) => {
    ui['ui:widget'] = WIDGETS.attachment;
    ui['ui:options'] = { accept: element.accept, maxFiles: maxFilesOf(element), maxSizeMb: element.maxSizeMb ?? 10 };
    return {
      schema: withLimits(
        { type: 'array', items: { type: 'string', minLength: 1, maxLength: 100 }, uniqueItems: true },
        { minItems: requiredNow ? 1 : undefined, maxItems: maxFilesOf(element) },
      ),
      uiSchema: ui,
    };
  },
  missingAnswers: requiredAnswer,
  listMessages: { fewer: 'required', more: 'maxFiles' },
  mostItems: maxFilesOf,
  formatAnswer: (_element, value, _lang, lookups) =>
    (Array.isArray(value) ? value : [value]).map((id) => lookups.attachmentName?.(String(id)) ?? String(id)).join(', '),
  contract: {
    always: (element) => ({ ...contractMarks(element), description: 'Ids of files uploaded with POST /api/attachments.' }),
    whenShown: (element, field) => ({ ...(field as ContractSchema), ...contractMarks(element) }),
  },
  designer: { nameKey: 'attachment', placeholderLabel: false, propertyGroups: ['files'] },
};
