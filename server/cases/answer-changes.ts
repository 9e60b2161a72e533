/**
 * What a supplement changed: each answer whose shown value differs (label, before, after, in the
 * reader's language) and each attachment added, removed, or replaced (a field that lost files and
 * gained others in the same supplement: the old file is marked as replaced by the new one). Computed
 * from the answers before and after, so the desk's history, the customer's preview before sending and
 * the PDF all tell the same story. Plain TypeScript.
 */
import { walkForm } from '../../form-library/conditions/walk-form';
import type { FormData, FormDefinition, Lang } from '../../form-library/format/types';
import { answerRows, type AnswerLookups } from '../../form-library/answers';
import { localize } from '../../form-library/format/localize';

export interface AnswerChange {
  path: string;
  label: string;
  /** '' when there was no answer before. */
  before: string;
  /** '' when the answer was removed. */
  after: string;
}

export interface AttachmentChange {
  kind: 'added' | 'removed' | 'replaced';
  /** The attachment field's label. */
  field: string;
  id: string;
  name: string;
  /** For 'replaced': the file that took its place. */
  replacedBy?: { id: string; name: string };
}

export interface SupplementChanges {
  answers: AnswerChange[];
  attachments: AttachmentChange[];
}

interface AttachmentField {
  label: string;
  ids: string[];
}

/** Each visible attachment field by path, with its label and file ids. */
function attachmentFields(def: FormDefinition, data: FormData, lang: Lang): Map<string, AttachmentField> {
  const fields = new Map<string, AttachmentField>();
  walkForm(def, data, ({ element, path, value, visible }) => {
    if (!visible || element.kind !== 'attachment') return;
    const ids = Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string' && id !== '') : [];
    fields.set(path.join('.'), { label: localize(element.label, lang, element.key), ids });
  });
  return fields;
}

export function supplementChanges(def: FormDefinition, before: FormData, after: FormData, lang: Lang, lookups: AnswerLookups = {}): SupplementChanges {
  const name = (id: string) => lookups.attachmentName?.(id) ?? id;
  const filesBefore = attachmentFields(def, before, lang);
  const filesAfter = attachmentFields(def, after, lang);
  const isFileField = (path: string) => filesBefore.has(path) || filesAfter.has(path);

  const rowsBefore = new Map(answerRows(def, before, lang, lookups).filter((r) => !isFileField(r.path)).map((r) => [r.path, r]));
  const answers: AnswerChange[] = [];
  const seen = new Set<string>();
  for (const row of answerRows(def, after, lang, lookups)) {
    if (isFileField(row.path)) continue;
    seen.add(row.path);
    const old = rowsBefore.get(row.path)?.value ?? '';
    if (old !== row.value) answers.push({ path: row.path, label: row.label, before: old, after: row.value });
  }
  // Answers no longer shown (a group row removed, a field hidden by a changed condition).
  for (const [path, row] of rowsBefore) {
    if (!seen.has(path) && row.value !== '') answers.push({ path, label: row.label, before: row.value, after: '' });
  }

  const attachments: AttachmentChange[] = [];
  for (const path of new Set([...filesBefore.keys(), ...filesAfter.keys()])) {
    const was = filesBefore.get(path);
    const now = filesAfter.get(path);
    const field = (now ?? was)?.label ?? path;
    const removed = (was?.ids ?? []).filter((id) => !now?.ids.includes(id));
    const added = (now?.ids ?? []).filter((id) => !was?.ids.includes(id));
    // Pair a removed file with a file added to the same field: that one replaced it.
    const pairs = Math.min(removed.length, added.length);
    for (let i = 0; i < pairs; i++) {
      attachments.push({ kind: 'replaced', field, id: removed[i], name: name(removed[i]), replacedBy: { id: added[i], name: name(added[i]) } });
    }
    for (const id of removed.slice(pairs)) attachments.push({ kind: 'removed', field, id, name: name(id) });
    for (const id of added.slice(pairs)) attachments.push({ kind: 'added', field, id, name: name(id) });
  }
  return { answers, attachments };
}
