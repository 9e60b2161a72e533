/**
 * ONE dnd-kit draggable standing in for many drag handles (every element on the canvas, every
 * kind in the palette). dnd-kit v6 re-renders each `useDraggable` consumer whenever a drag starts,
 * moves over something new or ends, so a draggable per handle meant hundreds of re-renders at every
 * drop. Here a handle is a plain button: pressing it fills in this draggable's data, points it at
 * the pressed thing's box and handle, and passes the event on to dnd-kit's own pointer and keyboard
 * sensors, which then drag it as usual.
 */
import { useDraggable } from '@dnd-kit/core';
import { useLayoutEffect, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';

export interface SharedDragPress<T> {
  /** `node`: the box dnd-kit measures as the dragged node; `handle`: where focus returns. */
  pointerDown(event: PointerEvent, data: T, node: HTMLElement, handle: HTMLElement): void;
  keyDown(event: KeyboardEvent, data: T, node: HTMLElement, handle: HTMLElement): void;
}

export function useSharedDraggable<T extends object>(id: string, initial: T) {
  // One mutable object as the draggable's data: dnd-kit reads `active.data.current` through a ref,
  // so filling it in at the press is seen by the drag that press starts, without a render.
  const data = useRef<T>({ ...initial });
  const { listeners, setNodeRef, setActivatorNodeRef, active } = useDraggable({ id, data: data.current });
  // The press handlers keep their identity (memoized handles need not re-render); they reach
  // dnd-kit's latest listeners through a ref.
  const latest = useRef({ listeners, setNodeRef, setActivatorNodeRef, busy: active !== null });
  useLayoutEffect(() => {
    latest.current = { listeners, setNodeRef, setActivatorNodeRef, busy: active !== null };
  });
  const press = useMemo<SharedDragPress<T>>(() => {
    const aim = (fill: T, node: HTMLElement, handle: HTMLElement) => {
      Object.assign(data.current, fill);
      latest.current.setNodeRef(node);
      latest.current.setActivatorNodeRef(handle);
    };
    return {
      pointerDown(event, fill, node, handle) {
        const { listeners, busy } = latest.current;
        if (busy || !listeners?.onPointerDown) return;
        aim(fill, node, handle);
        listeners.onPointerDown(event);
      },
      keyDown(event, fill, node, handle) {
        const { listeners, busy } = latest.current;
        if (busy || !listeners?.onKeyDown) return;
        aim(fill, node, handle);
        listeners.onKeyDown(event);
      },
    };
  }, []);
  /** `current`: the data of the drag under way or last started; `mine`: a drag of this draggable is under way. */
  return { press, current: data.current, mine: active?.id === id };
}
