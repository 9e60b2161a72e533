/**
 * The attachments a submission's answers refer to, with the field each sits in, checked against
 * the stored files: each must exist, belong to nobody else, and fit the field's accepted types and
 * size. Only the server can know this, so it completes the form-library's validation.
 */
import type { AttachmentElement, FieldError, FormData, FormDefinition, FormElement, Lang } from '../../form-library/format/types';
import { walkForm } from '../../form-library/conditions/walk-form';
import { submissionMessage } from './submission-messages';

export interface AttachmentRef {
  id: string;
  /** Dotted path of this id in the data, e.g. 'safetyPlan.0'. */
  path: string;
  element: AttachmentElement;
}

const hasAttachmentField = new WeakMap<FormDefinition, boolean>();

function containsAttachment(elements: readonly FormElement[]): boolean {
  return elements.some((e) => e.kind === 'attachment' || ((e.kind === 'section' || e.kind === 'group') && containsAttachment(e.elements)));
}

export function attachmentRefs(def: FormDefinition, data: FormData): AttachmentRef[] {
  // Definitions are immutable and cached per pack version: most have no attachment field at all,
  // and then a send need not walk the form a second time to find none.
  let has = hasAttachmentField.get(def);
  if (has === undefined) {
    has = def.pages.some((page) => containsAttachment(page.elements));
    hasAttachmentField.set(def, has);
  }
  const refs: AttachmentRef[] = [];
  if (!has) return refs;
  walkForm(def, data, ({ element, path, value, visible }) => {
    if (!visible || element.kind !== 'attachment' || !Array.isArray(value)) return;
    value.forEach((id, i) => {
      if (typeof id === 'string' && id !== '') refs.push({ id, path: [...path, i].join('.'), element });
    });
  });
  return refs;
}

/** What the check needs to know of a stored upload. */
export interface StoredAttachment {
  name: string;
  mime: string;
  size: number;
  submissionId: number | null;
}

/**
 * Problems with the referenced files; `ownSubmissionId` lets a supplement keep files its
 * submission already has.
 */
export async function checkAttachmentRefs(
  storedAttachment: (id: string) => Promise<StoredAttachment | undefined>,
  refs: AttachmentRef[],
  lang: Lang,
  ownSubmissionId: number | null = null,
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const found = await Promise.all(refs.map((ref) => storedAttachment(ref.id)));
  for (const [i, ref] of refs.entries()) {
    const stored = found[i];
    if (!stored) {
      errors.push({ path: ref.path, message: submissionMessage('attachmentMissing', lang) });
    } else if (stored.submissionId !== null && stored.submissionId !== ownSubmissionId) {
      errors.push({ path: ref.path, message: submissionMessage('attachmentTaken', lang) });
    } else if (ref.element.accept && ref.element.accept.length > 0 && !ref.element.accept.includes(stored.mime)) {
      errors.push({ path: ref.path, message: submissionMessage('attachmentType', lang, { name: stored.name }) });
    } else if (ref.element.maxSizeMb !== undefined && stored.size > ref.element.maxSizeMb * 1024 * 1024) {
      errors.push({ path: ref.path, message: submissionMessage('attachmentSize', lang, { name: stored.name, max: ref.element.maxSizeMb }) });
    }
  }
  return errors;
}
