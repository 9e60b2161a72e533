/**
 * Where a drop lands, decided apart from dnd-kit so it can be tested: over an element it goes
 * before or after it, over a container's empty area at its end. For a move the index is counted
 * as if the dragged element had already left its place (what the `move` operation expects).
 */
import type { ElementKind, FormDefinition } from '../../../form-library/format/types';
import { containerElements, findElement } from '../modeling/tree';

export type DragSource = { type: 'palette'; kind: ElementKind } | { type: 'element'; elementId: string };
export type DropTarget = { type: 'element'; elementId: string; after: boolean } | { type: 'zone'; containerId: string };

export function dropPosition(definition: FormDefinition, source: DragSource, target: DropTarget): { containerId: string; index: number } | undefined {
  let containerId: string;
  let index: number;
  if (target.type === 'zone') {
    containerId = target.containerId;
    const elements = containerElements(definition, containerId);
    if (!elements) return undefined;
    index = elements.length;
  } else {
    if (source.type === 'element' && source.elementId === target.elementId) return undefined;
    const over = findElement(definition, target.elementId);
    if (!over) return undefined;
    containerId = over.containerId;
    index = over.index + (target.after ? 1 : 0);
  }
  if (source.type === 'element') {
    const from = findElement(definition, source.elementId);
    if (!from) return undefined;
    // Never into itself or its own contents.
    if (containerId === source.elementId) return undefined;
    const targetContainer = findElement(definition, containerId);
    if (targetContainer?.ancestors.includes(source.elementId)) return undefined;
    if (from.containerId === containerId && from.index < index) index -= 1;
    if (from.containerId === containerId && from.index === index) return undefined;
  }
  return { containerId, index };
}
