/**
 * Which drop area is under the pointer when areas nest (page ⊃ section ⊃ element): the smallest
 * one, i.e. the innermost. Keyboard drags have no pointer and fall back to closest corners.
 * The dragged element and everything inside it are never targets.
 */
import { closestCorners, pointerWithin, type CollisionDetection } from '@dnd-kit/core';

export const innermostCollision: CollisionDetection = (args) => {
  const activeId = args.active.id;
  const droppableContainers = args.droppableContainers.filter((c) => {
    if (c.id === activeId) return false;
    const ancestors = (c.data.current?.ancestors ?? []) as string[];
    return !ancestors.includes(String(activeId));
  });
  const filtered = { ...args, droppableContainers };
  if (!args.pointerCoordinates) return closestCorners(filtered);
  const within = pointerWithin(filtered);
  if (within.length === 0) return [];
  const area = (id: string | number) => {
    const r = args.droppableRects.get(id);
    return r ? r.width * r.height : Infinity;
  };
  return [...within].sort((a, b) => area(a.id) - area(b.id));
};
