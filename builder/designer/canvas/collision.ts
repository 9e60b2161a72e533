/**
 * Which list is "under" the drag when lists nest (page ⊃ section ⊃ its list): the smallest one
 * containing the pointer, i.e. the innermost. A keyboard drag has no pointer; the keyboard moves
 * the dragged box onto a stop's top-left corner, so that corner stands in for the pointer. The
 * dragged element's own lists (it and everything inside it) are never targets.
 *
 * The place inside the list (before or after which element) rides along in the collision's data
 * as `target`, so the drag handlers and announcements read it from the event.
 */
import { closestCorners, type ClientRect, type Collision, type CollisionDetection } from '@dnd-kit/core';
import type { DropTarget } from './drop-position';
import { isElementDrag } from './element-drag-source';
import { targetInList } from './drop-target';

function contains(rect: ClientRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.left + rect.width && y >= rect.top && y <= rect.top + rect.height;
}

/** The dragged canvas element's id, or undefined for a palette item. */
export function draggedElementId(data: unknown): string | undefined {
  return isElementDrag(data) ? data.elementId : undefined;
}

/** Whether a list may receive the dragged element: not the element's own list nor one inside it. */
export function acceptsDrop(zoneData: unknown, draggedId: string | undefined): boolean {
  if (draggedId === undefined) return true;
  const ancestors = ((zoneData as { ancestors?: string[] } | undefined)?.ancestors ?? []);
  return !ancestors.includes(draggedId);
}

export function dropTargetOf(collisions: Collision[] | null | undefined): DropTarget | undefined {
  return collisions?.[0]?.data?.target as DropTarget | undefined;
}

export const innermostCollision: CollisionDetection = (args) => {
  const draggedId = draggedElementId(args.active.data.current);
  const droppableContainers = args.droppableContainers.filter((c) => acceptsDrop(c.data.current, draggedId));
  const keyboard = args.pointerCoordinates === null;
  const point = args.pointerCoordinates ?? { x: args.collisionRect.left + 2, y: args.collisionRect.top + 1 };
  const hits = droppableContainers
    .map((c) => ({ c, rect: args.droppableRects.get(c.id) }))
    .filter((h): h is { c: typeof h.c; rect: ClientRect } => h.rect !== undefined && contains(h.rect, point.x, point.y))
    .sort((a, b) => a.rect.width * a.rect.height - b.rect.width * b.rect.height);
  const inner = hits[0]?.c;
  const node = inner?.node.current;
  const containerId = (inner?.data.current as { containerId?: string } | undefined)?.containerId;
  if (inner && node && containerId !== undefined) {
    const target = targetInList(node, containerId, point, draggedId, keyboard);
    return [{ id: inner.id, data: { droppableContainer: inner, value: 0, target } }];
  }
  return keyboard ? closestCorners({ ...args, droppableContainers }) : [];
};
