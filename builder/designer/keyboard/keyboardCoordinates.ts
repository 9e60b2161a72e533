/**
 * Keyboard dragging walks the drop areas in reading order: Down (or Right) goes to the next area
 * below, Up (or Left) to the one above, whether it is an element, a section's list or a page.
 * dnd-kit's sortableKeyboardCoordinates was tried first: it jumps by nearest corners, which skips
 * the first field inside a section and cannot move a palette item at all (it is not a drop area);
 * a plain top-to-bottom walk reaches every place, and the announcements say where it is.
 */
import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';

export const designerKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const { active, collisionRect, droppableRects, droppableContainers } = args.context;
  if (!active || !collisionRect) return undefined;
  const down = event.code === KeyboardCode.Down || event.code === KeyboardCode.Right;
  const up = event.code === KeyboardCode.Up || event.code === KeyboardCode.Left;
  if (!down && !up) return undefined;
  event.preventDefault();
  const activeId = String(active.id);
  const rects = droppableContainers
    .getEnabled()
    .filter((c) => c.id !== active.id && !((c.data.current?.ancestors ?? []) as string[]).includes(activeId))
    .map((c) => droppableRects.get(c.id))
    .filter((r): r is NonNullable<typeof r> => r != null)
    .sort((a, b) => a.top - b.top || a.left - b.left);
  const current = collisionRect.top;
  const next = down ? rects.find((r) => r.top > current + 1) : [...rects].reverse().find((r) => r.top < current - 1);
  if (!next) return undefined;
  return { x: next.left + 4, y: next.top + 2 };
};
