/**
 * Every change a designer makes to a form, as data, and the one pure function that applies it.
 * Being data, an operation can be tested without React, replayed, and undone by the command stack.
 */
import type { FormDefinition, FormElement, FormPage } from '../../../form-library/format/types';
import { containerElements, findElement, findPage, withContainerElements } from './tree';

/** An element property change; a property set to `undefined` is removed. */
export type ElementPatch = { [K in string]?: unknown };

export type FormOp =
  | { type: 'insert'; element: FormElement; containerId: string; index: number }
  /** `index` is the position in the target container after the element has left its old place. */
  | { type: 'move'; elementId: string; containerId: string; index: number }
  | { type: 'delete'; elementId: string }
  /** Inserts `copy` (made by cloneElement) right after the original. */
  | { type: 'duplicate'; elementId: string; copy: FormElement }
  | { type: 'update'; elementId: string; patch: ElementPatch }
  | { type: 'addPage'; page: FormPage; index: number }
  | { type: 'removePage'; pageId: string }
  | { type: 'movePage'; pageId: string; index: number }
  | { type: 'updatePage'; pageId: string; patch: Partial<Omit<FormPage, 'id' | 'elements'>> };

export class ModelingError extends Error {}

function clampIndex(index: number, length: number): number {
  return Math.max(0, Math.min(index, length));
}

function insertAt<T>(list: T[], index: number, item: T): T[] {
  const at = clampIndex(index, list.length);
  return [...list.slice(0, at), item, ...list.slice(at)];
}

function withoutUndefined<T extends object>(value: T): T {
  const out = { ...value } as Record<string, unknown>;
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out as T;
}

function removeElement(definition: FormDefinition, elementId: string): { definition: FormDefinition; element: FormElement } {
  const loc = findElement(definition, elementId);
  if (!loc) throw new ModelingError(`No element ${elementId}`);
  return {
    element: loc.element,
    definition: withContainerElements(definition, loc.containerId, (els) => els.filter((e) => e.id !== elementId)),
  };
}

function insertElement(definition: FormDefinition, element: FormElement, containerId: string, index: number): FormDefinition {
  if (!containerElements(definition, containerId)) throw new ModelingError(`No container ${containerId}`);
  return withContainerElements(definition, containerId, (els) => insertAt(els, index, element));
}

export function applyFormOp(definition: FormDefinition, op: FormOp): FormDefinition {
  switch (op.type) {
    case 'insert':
      return insertElement(definition, op.element, op.containerId, op.index);
    case 'move': {
      const loc = findElement(definition, op.elementId);
      if (!loc) throw new ModelingError(`No element ${op.elementId}`);
      if (op.containerId === op.elementId || loc.element.kind === 'section' || loc.element.kind === 'group') {
        // A section cannot go inside itself or its own descendants.
        const target = findElement(definition, op.containerId);
        if (op.containerId === op.elementId || target?.ancestors.includes(op.elementId)) {
          throw new ModelingError('An element cannot be moved into itself');
        }
      }
      if (loc.containerId === op.containerId && loc.index === op.index) return definition;
      const removed = removeElement(definition, op.elementId);
      return insertElement(removed.definition, removed.element, op.containerId, op.index);
    }
    case 'delete':
      return removeElement(definition, op.elementId).definition;
    case 'duplicate': {
      const loc = findElement(definition, op.elementId);
      if (!loc) throw new ModelingError(`No element ${op.elementId}`);
      return insertElement(definition, op.copy, loc.containerId, loc.index + 1);
    }
    case 'update': {
      const loc = findElement(definition, op.elementId);
      if (!loc) throw new ModelingError(`No element ${op.elementId}`);
      const { id: _id, kind: _kind, elements: _elements, ...patch } = op.patch;
      const updated = withoutUndefined({ ...loc.element, ...patch }) as FormElement;
      return withContainerElements(definition, loc.containerId, (els) => els.map((e) => (e.id === op.elementId ? updated : e)));
    }
    case 'addPage':
      return { ...definition, pages: insertAt(definition.pages, op.index, op.page) };
    case 'removePage': {
      if (!findPage(definition, op.pageId)) throw new ModelingError(`No page ${op.pageId}`);
      if (definition.pages.length <= 1) throw new ModelingError('A form needs at least one page');
      return { ...definition, pages: definition.pages.filter((p) => p.id !== op.pageId) };
    }
    case 'movePage': {
      const page = findPage(definition, op.pageId);
      if (!page) throw new ModelingError(`No page ${op.pageId}`);
      const rest = definition.pages.filter((p) => p.id !== op.pageId);
      return { ...definition, pages: insertAt(rest, op.index, page) };
    }
    case 'updatePage': {
      if (!findPage(definition, op.pageId)) throw new ModelingError(`No page ${op.pageId}`);
      return {
        ...definition,
        pages: definition.pages.map((p) => (p.id === op.pageId ? withoutUndefined({ ...p, ...op.patch }) : p)),
      };
    }
  }
}

/** Moves an element one step up or down within its container; undefined at the edge. */
export function stepMove(definition: FormDefinition, elementId: string, direction: -1 | 1): FormOp | undefined {
  const loc = findElement(definition, elementId);
  if (!loc) return undefined;
  const siblings = containerElements(definition, loc.containerId) ?? [];
  const index = loc.index + direction;
  if (index < 0 || index >= siblings.length) return undefined;
  return { type: 'move', elementId, containerId: loc.containerId, index };
}
