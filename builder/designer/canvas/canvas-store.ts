/**
 * What changes often on the canvas (selection, problems, the drop indicator, the dragged element)
 * lives in a small external store. Each element subscribes under its own id and is told only of
 * changes that concern that id, so a drag moving the indicator or a drop touches two elements'
 * subscriptions instead of every one of the hundreds in a large form.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { DesignerProblem } from '../problems/designer-problems';

export interface CanvasView {
  selectedId: string | null;
  problemsByElement: Map<string, DesignerProblem[]>;
  /** Id of the element or area a drag is over, and whether the drop goes after it. */
  dropIndicator: { id: string; after: boolean } | null;
  /** The canvas element being dragged, shown dimmed in its place. */
  draggingId: string | null;
  /** The name on the label that follows a drag (of an element or from the palette), while one lasts. */
  dragLabel: string | null;
}

/** The id under which the drag label's subscribers are told of its changes. */
export const DRAG_LABEL = 'drag:label';

export interface CanvasStore {
  get(): CanvasView;
  set(next: Partial<CanvasView>): void;
  /** Calls `listener` when something about element, page or area `id` changes. */
  subscribe(id: string, listener: () => void): () => void;
}

/** The ids whose slice of the view differs between `a` and `b`. */
function changedIds(a: CanvasView, b: CanvasView): Set<string> {
  const ids = new Set<string>();
  const both = (x: string | null | undefined, y: string | null | undefined) => {
    if (x === y) return;
    if (x) ids.add(x);
    if (y) ids.add(y);
  };
  both(a.selectedId, b.selectedId);
  both(a.draggingId, b.draggingId);
  if (a.dragLabel !== b.dragLabel) ids.add(DRAG_LABEL);
  if (a.dropIndicator?.id !== b.dropIndicator?.id || a.dropIndicator?.after !== b.dropIndicator?.after) {
    if (a.dropIndicator) ids.add(a.dropIndicator.id);
    if (b.dropIndicator) ids.add(b.dropIndicator.id);
  }
  if (a.problemsByElement !== b.problemsByElement) {
    // Unchanged lists keep their identity (designerProblems reuseUnchanged).
    for (const [id, list] of a.problemsByElement) if (b.problemsByElement.get(id) !== list) ids.add(id);
    for (const [id, list] of b.problemsByElement) if (a.problemsByElement.get(id) !== list) ids.add(id);
  }
  return ids;
}

export function createCanvasStore(): CanvasStore {
  let view: CanvasView = { selectedId: null, problemsByElement: new Map(), dropIndicator: null, draggingId: null, dragLabel: null };
  const listeners = new Map<string, Set<() => void>>();
  return {
    get: () => view,
    set(next) {
      const merged = { ...view, ...next };
      const ids = changedIds(view, merged);
      view = merged;
      for (const id of ids) listeners.get(id)?.forEach((l) => l());
    },
    subscribe(id, listener) {
      let forId = listeners.get(id);
      if (!forId) listeners.set(id, (forId = new Set()));
      forId.add(listener);
      return () => {
        forId.delete(listener);
        if (forId.size === 0) listeners.delete(id);
      };
    },
  };
}

const NO_PROBLEMS: DesignerProblem[] = [];

function useCanvasSlice<T>(store: CanvasStore, id: string, select: (view: CanvasView) => T): T {
  const subscribe = useCallback((listener: () => void) => store.subscribe(id, listener), [store, id]);
  return useSyncExternalStore(subscribe, () => select(store.get()));
}

export function useIsSelected(store: CanvasStore, id: string): boolean {
  return useCanvasSlice(store, id, (v) => v.selectedId === id);
}

export function useProblemsOf(store: CanvasStore, id: string): DesignerProblem[] {
  return useCanvasSlice(store, id, (v) => v.problemsByElement.get(id) ?? NO_PROBLEMS);
}

/** 'before' | 'after' when a drag is over this element or area, else null. */
export function useDropIndicator(store: CanvasStore, id: string): 'before' | 'after' | null {
  return useCanvasSlice(store, id, (v) => (v.dropIndicator?.id === id ? (v.dropIndicator.after ? 'after' : 'before') : null));
}

export function useIsDragging(store: CanvasStore, id: string): boolean {
  return useCanvasSlice(store, id, (v) => v.draggingId === id);
}

export function useDragLabel(store: CanvasStore): string | null {
  return useCanvasSlice(store, DRAG_LABEL, (v) => v.dragLabel);
}
