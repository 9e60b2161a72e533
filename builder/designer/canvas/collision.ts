/**
 * Which drop area is "under" the drag when areas nest (page ⊃ section ⊃ element): the smallest
 * one containing the pointer, i.e. the innermost. A keyboard drag has no pointer; the keyboard
 * moves the dragged box onto a target's top-left corner, so that corner stands in for the pointer.
 * The dragged element and everything inside it are never targets.
 */
import { closestCorners, type ClientRect, type CollisionDetection } from '@dnd-kit/core';

function contains(rect: ClientRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.left + rect.width && y >= rect.top && y <= rect.top + rect.height;
}

export const innermostCollision: CollisionDetection = (args) => {
  const activeId = args.active.id;
  const droppableContainers = args.droppableContainers.filter((c) => {
    if (c.id === activeId) return false;
    const ancestors = (c.data.current?.ancestors ?? []) as string[];
    return !ancestors.includes(String(activeId));
  });
  const point = args.pointerCoordinates ?? { x: args.collisionRect.left + 2, y: args.collisionRect.top + 1 };
  const hits = droppableContainers
    .map((c) => ({ c, rect: args.droppableRects.get(c.id) }))
    .filter((h): h is { c: typeof h.c; rect: ClientRect } => h.rect !== undefined && contains(h.rect, point.x, point.y))
    .sort((a, b) => a.rect.width * a.rect.height - b.rect.width * b.rect.height);
  if (hits.length > 0) return hits.map(({ c }) => ({ id: c.id, data: { droppableContainer: c, value: 0 } }));
  return args.pointerCoordinates ? [] : closestCorners({ ...args, droppableContainers });
};
