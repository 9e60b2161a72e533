/**
 * One dnd-kit draggable stands in for every element on the canvas. dnd-kit v6 re-renders each
 * `useDraggable`/`useDroppable` consumer whenever a drag starts, moves over something new or ends,
 * so 300 draggable elements meant 300 re-renders at every drop. Here a handle is a plain button:
 * pressing it points this one draggable at the element (its data, its box and its handle) and
 * passes the event on to dnd-kit's own pointer and keyboard sensors, which then drag it as usual.
 */
import { useDraggable } from '@dnd-kit/core';
import { useLayoutEffect, useRef, type KeyboardEvent, type MutableRefObject, type PointerEvent } from 'react';

export const CANVAS_DRAG_ID = 'canvas:element';

/** What a drag of a canvas element carries; also read by collision detection and announcements. */
export interface ElementDragData {
  type: 'element';
  elementId: string;
  label: string;
  /** The element's containers, outermost first. */
  ancestors: string[];
}

export interface ElementDrag {
  elementId: string;
  label: string;
  ancestors: string[];
  /** The element's box (measured as the dragged node) and its handle (focus returns there). */
  node: HTMLElement;
  handle: HTMLElement;
}

export interface ElementDragSource {
  pointerDown(event: PointerEvent, drag: ElementDrag): void;
  keyDown(event: KeyboardEvent, drag: ElementDrag): void;
}

export function isElementDrag(data: unknown): data is ElementDragData {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'element';
}

/** Renders nothing; keeps `sourceRef` pointing at the shared draggable's activators. */
export function ElementDragSourceHost({ sourceRef }: { sourceRef: MutableRefObject<ElementDragSource | null> }) {
  // One mutable object as the draggable's data: dnd-kit reads `active.data.current` through a ref,
  // so filling it in at the press is seen by the drag that press starts, without a render.
  const data = useRef<ElementDragData>({ type: 'element', elementId: '', label: '', ancestors: [] });
  const { listeners, setNodeRef, setActivatorNodeRef, active } = useDraggable({ id: CANVAS_DRAG_ID, data: data.current });
  const dragging = active !== null;
  useLayoutEffect(() => {
    const aim = (drag: ElementDrag) => {
      Object.assign(data.current, { elementId: drag.elementId, label: drag.label, ancestors: drag.ancestors });
      setNodeRef(drag.node);
      setActivatorNodeRef(drag.handle);
    };
    sourceRef.current = {
      pointerDown(event, drag) {
        if (dragging || !listeners?.onPointerDown) return;
        aim(drag);
        listeners.onPointerDown(event);
      },
      keyDown(event, drag) {
        if (dragging || !listeners?.onKeyDown) return;
        aim(drag);
        listeners.onKeyDown(event);
      },
    };
  }, [sourceRef, listeners, setNodeRef, setActivatorNodeRef, dragging]);
  return null;
}
