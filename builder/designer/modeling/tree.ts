/**
 * Finding things in a form definition. A container is a page or a section/group element; every
 * element lives in exactly one container, addressed by the container's id.
 */
import type { FormDefinition, FormElement, FormPage, GroupElement, SectionElement } from '../../../form-library/format/types';

export type ContainerElement = SectionElement | GroupElement;

export function isContainer(el: FormElement): el is ContainerElement {
  return el.kind === 'section' || el.kind === 'group';
}

export interface ElementLocation {
  element: FormElement;
  /** Id of the page or section/group that holds the element. */
  containerId: string;
  index: number;
  pageId: string;
  /** Ids of the sections/groups around the element, outermost first. */
  ancestors: string[];
}

function walk(
  elements: FormElement[],
  containerId: string,
  pageId: string,
  ancestors: string[],
  visit: (loc: ElementLocation) => void,
): void {
  elements.forEach((element, index) => {
    visit({ element, containerId, index, pageId, ancestors });
    if (isContainer(element)) walk(element.elements, element.id, pageId, [...ancestors, element.id], visit);
  });
}

/** Every element in document order (page by page, depth first). */
export function allLocations(definition: FormDefinition): ElementLocation[] {
  const out: ElementLocation[] = [];
  for (const page of definition.pages) walk(page.elements, page.id, page.id, [], (loc) => out.push(loc));
  return out;
}

export function findElement(definition: FormDefinition, id: string): ElementLocation | undefined {
  return allLocations(definition).find((loc) => loc.element.id === id);
}

export function findPage(definition: FormDefinition, id: string): FormPage | undefined {
  return definition.pages.find((p) => p.id === id);
}

/** The elements of a container (page or section/group), or undefined if no such container. */
export function containerElements(definition: FormDefinition, containerId: string): FormElement[] | undefined {
  const page = findPage(definition, containerId);
  if (page) return page.elements;
  const loc = findElement(definition, containerId);
  return loc && isContainer(loc.element) ? loc.element.elements : undefined;
}

/** Rebuilds the definition with one container's element list replaced; others are shared. */
export function withContainerElements(
  definition: FormDefinition,
  containerId: string,
  change: (elements: FormElement[]) => FormElement[],
): FormDefinition {
  const mapElements = (elements: FormElement[]): FormElement[] => {
    let changed = false;
    const next = elements.map((el) => {
      if (!isContainer(el)) return el;
      if (el.id === containerId) {
        changed = true;
        return { ...el, elements: change(el.elements) };
      }
      const inner = mapElements(el.elements);
      if (inner === el.elements) return el;
      changed = true;
      return { ...el, elements: inner };
    });
    return changed ? next : elements;
  };
  return {
    ...definition,
    pages: definition.pages.map((page) => {
      if (page.id === containerId) return { ...page, elements: change(page.elements) };
      const inner = mapElements(page.elements);
      return inner === page.elements ? page : { ...page, elements: inner };
    }),
  };
}

/** Containers an element may be moved into: every page and every section/group not inside itself. */
export function moveTargets(definition: FormDefinition, elementId: string): Array<{ id: string; pageId: string; depth: number; element?: ContainerElement }> {
  const out: Array<{ id: string; pageId: string; depth: number; element?: ContainerElement }> = [];
  for (const page of definition.pages) {
    out.push({ id: page.id, pageId: page.id, depth: 0 });
    walk(page.elements, page.id, page.id, [], (loc) => {
      if (!isContainer(loc.element)) return;
      if (loc.element.id === elementId || loc.ancestors.includes(elementId)) return;
      out.push({ id: loc.element.id, pageId: page.id, depth: loc.ancestors.length + 1, element: loc.element });
    });
  }
  return out;
}
