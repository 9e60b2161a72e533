/**
 * Keyboard dragging. Sortable elements use dnd-kit's sortableKeyboardCoordinates; a palette item
 * is not itself a drop area, which that getter needs, so it walks the drop areas top to bottom
 * instead: Down goes to the next area below, Up to the one above.
 */
import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';

export const designerKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const { active, collisionRect, droppableRects, droppableContainers } = args.context;
  if (active && droppableContainers.get(active.id)) {
    const sortable = sortableKeyboardCoordinates(event, args);
    if (sortable) return sortable;
  }
  if (!active || !collisionRect) return undefined;
  const down = event.code === KeyboardCode.Down || event.code === KeyboardCode.Right;
  const up = event.code === KeyboardCode.Up || event.code === KeyboardCode.Left;
  if (!down && !up) return undefined;
  event.preventDefault();
  const rects = droppableContainers
    .getEnabled()
    .filter((c) => c.id !== active.id)
    .map((c) => droppableRects.get(c.id))
    .filter((r): r is NonNullable<typeof r> => r != null)
    .sort((a, b) => a.top - b.top || a.left - b.left);
  const current = collisionRect.top;
  const next = down ? rects.find((r) => r.top > current + 1) : [...rects].reverse().find((r) => r.top < current - 1);
  if (!next) return undefined;
  return { x: next.left + 4, y: next.top + 2 };
};
