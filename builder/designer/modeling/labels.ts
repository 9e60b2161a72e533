/**
 * Relabelling keeps the data key in step with the Finnish label until the designer edits the key
 * by hand: a key that still equals what the old label would give is "derived" and follows.
 */
import type { FormDefinition, Lang, LocalizedText } from '../../../form-library/format/types';
import type { FormOp } from './operations';
import { keyFromLabel, takenKeys } from './keys';
import { findElement } from './tree';
import { KIND_NAMES } from '../palette/kindNames';

export function relabel(definition: FormDefinition, elementId: string, lang: Lang, text: string): FormOp | undefined {
  const loc = findElement(definition, elementId);
  if (!loc) return undefined;
  const el = loc.element;
  const label: LocalizedText = { ...el.label, [lang]: text };
  if (text === '') delete label[lang];
  // The palette's placeholder names are not translations of what the designer writes: once the
  // Finnish label is the designer's own, the others show up as missing until translated.
  if (lang === 'fi') {
    for (const other of ['sv', 'en'] as const) {
      if (label[other] === KIND_NAMES[el.kind][other]) delete label[other];
    }
  }
  const patch: Record<string, unknown> = { label };
  // Only the Finnish label drives the key: it is the one every pack has.
  if (lang === 'fi' && text.trim() !== '') {
    const taken = takenKeys(definition, elementId);
    const oldDerived = keyFromLabel(el.label.fi ?? '', taken);
    if (el.key === oldDerived || el.label.fi === undefined) {
      patch.key = keyFromLabel(text, taken);
    }
  }
  return { type: 'update', elementId, patch };
}
