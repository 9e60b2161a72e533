/**
 * Where in a list a drag points. Each list (a page, section or group) is ONE droppable; the place
 * inside it is read from its elements' boxes in the DOM, so elements need no droppable of their
 * own (see element-drag-source.tsx for why). Coordinates are the viewport's, as dnd-kit's are.
 */
import type { DropTarget } from './drop-position';

export interface Point {
  x: number;
  y: number;
}

/** The list's own elements, in order (not those of nested sections). */
export function listItems(zone: Element): HTMLElement[] {
  const list = zone.querySelector(':scope > .dz-list');
  return list ? ([...list.children] as HTMLElement[]).filter((li) => li.dataset.elementId !== undefined) : [];
}

/**
 * The drop target in list `containerId` (shown by `zone`) for a point. By pointer: before the first
 * element whose middle is below the point, after the last one it reaches, at the list's end below
 * that. By keyboard (`keyboard`), the point is the dragged box's corner sitting on an element's top
 * edge: before it, except that going down within the same list lands after it (as arrayMove does).
 */
export function targetInList(zone: Element, containerId: string, point: Point, draggedId: string | undefined, keyboard: boolean): DropTarget {
  const items = listItems(zone);
  const others = items.filter((li) => li.dataset.elementId !== draggedId);
  for (const li of others) {
    const box = li.getBoundingClientRect();
    const elementId = li.dataset.elementId ?? '';
    if (keyboard) {
      if (point.y < box.bottom) {
        const draggedIndex = items.findIndex((i) => i.dataset.elementId === draggedId);
        return { type: 'element', elementId, after: draggedIndex >= 0 && draggedIndex < items.indexOf(li) };
      }
    } else if (point.y < box.top + box.height / 2) {
      return { type: 'element', elementId, after: false };
    } else if (point.y <= box.bottom && li === others[others.length - 1]) {
      return { type: 'element', elementId, after: true };
    }
  }
  return { type: 'zone', containerId };
}

/**
 * The places a keyboard drag stops at, top to bottom: each element's top edge, and each list's
 * end just below its last element (or its top when empty). `zones` are the lists the dragged
 * element may enter, with their current boxes.
 */
export function keyboardStops(zones: Array<{ node: Element; rect: { top: number; left: number } }>, draggedId: string | undefined): Point[] {
  const stops: Point[] = [];
  for (const { node, rect } of zones) {
    const items = listItems(node).filter((li) => li.dataset.elementId !== draggedId);
    for (const li of items) {
      const box = li.getBoundingClientRect();
      stops.push({ x: box.left + 4, y: box.top + 2 });
    }
    const last = items[items.length - 1]?.getBoundingClientRect();
    stops.push({ x: rect.left + 4, y: last ? last.bottom + 1 : rect.top + 2 });
  }
  return stops.sort((a, b) => a.y - b.y || a.x - b.x);
}
