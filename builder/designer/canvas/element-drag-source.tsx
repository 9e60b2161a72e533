/**
 * The canvas's one shared draggable (shared-draggable.ts) for every element: a handle's press
 * points it at the element's box and handle.
 */
import { useLayoutEffect, type KeyboardEvent, type MutableRefObject, type PointerEvent } from 'react';
import { useSharedDraggable } from './shared-draggable';

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
  const { press } = useSharedDraggable<ElementDragData>(CANVAS_DRAG_ID, { type: 'element', elementId: '', label: '', ancestors: [] });
  useLayoutEffect(() => {
    const data = (drag: ElementDrag): ElementDragData => ({ type: 'element', elementId: drag.elementId, label: drag.label, ancestors: drag.ancestors });
    sourceRef.current = {
      pointerDown: (event, drag) => press.pointerDown(event, data(drag), drag.node, drag.handle),
      keyDown: (event, drag) => press.keyDown(event, data(drag), drag.node, drag.handle),
    };
  }, [sourceRef, press]);
  return null;
}
