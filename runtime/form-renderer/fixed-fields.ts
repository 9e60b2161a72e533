/**
 * Fields a form shows but the customer does not edit there (a project's shared data in a permit's
 * form): read-only in the page, each with a note saying where it is changed.
 */
import { createContext, type ReactNode } from 'react';
import type { UiSchema } from '@rjsf/utils';
import { fieldIdForPath } from './error-paths';

/** A field by its dotted data path, and the note shown by it (e.g. a link to where it is edited). */
export interface FixedField {
  path: string;
  note: ReactNode;
}

/** The notes by the fields' element ids, for the field template. */
export const FixedFieldsContext = createContext<ReadonlyMap<string, ReactNode>>(new Map());

export function fixedNotesById(fixed: readonly FixedField[]): ReadonlyMap<string, ReactNode> {
  return new Map(fixed.map((f) => [fieldIdForPath(f.path), f.note]));
}

/** The page's uiSchema with every fixed field under `keys` (the page's top keys) made read-only. */
export function withFixedFields(uiSchema: UiSchema, keys: ReadonlySet<string>, fixed: readonly FixedField[]): UiSchema {
  const mine = fixed.filter((f) => keys.has(f.path.split('.')[0]));
  if (mine.length === 0) return uiSchema;
  const out: UiSchema = { ...uiSchema };
  for (const { path } of mine) {
    const parts = path.split('.');
    let here: UiSchema = out;
    for (const part of parts.slice(0, -1)) {
      const next: UiSchema = { ...((here[part] as UiSchema | undefined) ?? {}) };
      here[part] = next;
      here = next;
    }
    const last = parts[parts.length - 1];
    here[last] = { ...((here[last] as UiSchema | undefined) ?? {}), 'ui:readonly': true };
  }
  return out;
}
