/**
 * Relabelling keeps the data key in step with the Finnish label until the designer edits the key
 * by hand: a key that still equals what the current Finnish label gives (an empty label gives
 * "field") is "derived" and follows. Nothing else is remembered, so clearing the label must not
 * make a hand-edited key look derived: a derived key follows the empty label to "field", a
 * hand-edited one stays put until the designer resets it (`resetKey`).
 */
import type { FormDefinition, Lang, LocalizedText } from '../../../form-library/format/types';
import type { FormOp } from './operations';
import { keyFromLabel, takenKeys } from './keys';
import { findElement } from './tree';
import { kindLabel } from '../palette/kind-names';

export function relabel(definition: FormDefinition, elementId: string, lang: Lang, text: string): FormOp | undefined {
  const loc = findElement(definition, elementId);
  if (!loc) return undefined;
  const el = loc.element;
  const label: LocalizedText = { ...el.label, [lang]: text };
  if (text === '') delete label[lang];
  // The palette's placeholder names are not translations of what the designer writes: once the
  // Finnish label is the designer's own, the others show up as missing until translated.
  if (lang === 'fi') {
    const placeholder = kindLabel(el.kind);
    for (const other of ['sv', 'en'] as const) {
      if (label[other] === placeholder[other]) delete label[other];
    }
  }
  const patch: Record<string, unknown> = { label };
  // Only the Finnish label drives the key: it is the one every pack has.
  if (lang === 'fi') {
    const taken = takenKeys(definition, elementId);
    if (el.key === derivedKey(el.label, taken)) patch.key = derivedKey(label, taken);
  }
  return { type: 'update', elementId, patch };
}

function derivedKey(label: LocalizedText, taken: ReadonlySet<string>): string {
  return keyFromLabel(label.fi?.trim() ?? '', taken);
}

/** Whether the element's key is what its Finnish label gives, i.e. still follows the label. */
export function keyFollowsLabel(definition: FormDefinition, elementId: string): boolean {
  const el = findElement(definition, elementId)?.element;
  return el !== undefined && el.key === derivedKey(el.label, takenKeys(definition, elementId));
}

/** The designer's explicit "derive from the label": the key follows the Finnish label again. */
export function resetKey(definition: FormDefinition, elementId: string): FormOp | undefined {
  const el = findElement(definition, elementId)?.element;
  if (!el) return undefined;
  const key = derivedKey(el.label, takenKeys(definition, elementId));
  return key === el.key ? undefined : { type: 'update', elementId, patch: { key } };
}
