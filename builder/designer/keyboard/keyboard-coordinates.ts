/**
 * Keyboard dragging walks the drop places in reading order: Down (or Right) goes to the next place
 * below, Up (or Left) to the one above: before each element, and the end of each page, section
 * and group. dnd-kit's sortableKeyboardCoordinates was tried first: it jumps by nearest corners,
 * which skips the first field inside a section and cannot move a palette item at all (it is not a
 * drop area); a plain top-to-bottom walk reaches every place, and the announcements say where it is.
 */
import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { acceptsDrop, draggedElementId } from '../canvas/collision';
import { keyboardStops } from '../canvas/drop-target';

export const designerKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const { active, collisionRect, droppableRects, droppableContainers } = args.context;
  if (!active || !collisionRect) return undefined;
  const down = event.code === KeyboardCode.Down || event.code === KeyboardCode.Right;
  const up = event.code === KeyboardCode.Up || event.code === KeyboardCode.Left;
  if (!down && !up) return undefined;
  event.preventDefault();
  const draggedId = draggedElementId(active.data.current);
  const zones = droppableContainers
    .getEnabled()
    .filter((c) => acceptsDrop(c.data.current, draggedId))
    .flatMap((c) => {
      const node = c.node.current;
      const rect = droppableRects.get(c.id);
      return node && rect ? [{ node, rect }] : [];
    });
  const stops = keyboardStops(zones, draggedId);
  const current = collisionRect.top;
  const next = down ? stops.find((s) => s.y > current + 1) : [...stops].reverse().find((s) => s.y < current - 1);
  return next;
};
