/**
 * What changes often on the canvas (selection, problems, the drop indicator) lives in a small
 * external store: each element subscribes to its own slice, so a change re-renders the elements it
 * concerns instead of all 300 of a large form.
 */
import { useSyncExternalStore } from 'react';
import type { DesignerProblem } from '../problems/designerProblems';

export interface CanvasView {
  selectedId: string | null;
  problemsByElement: Map<string, DesignerProblem[]>;
  /** Id of the element or area a drag is over, and whether the drop goes after it. */
  dropIndicator: { id: string; after: boolean } | null;
  /** The canvas element being dragged, shown dimmed in its place. */
  draggingId: string | null;
}

export interface CanvasStore {
  get(): CanvasView;
  set(next: Partial<CanvasView>): void;
  subscribe(listener: () => void): () => void;
}

export function createCanvasStore(): CanvasStore {
  let view: CanvasView = { selectedId: null, problemsByElement: new Map(), dropIndicator: null, draggingId: null };
  const listeners = new Set<() => void>();
  return {
    get: () => view,
    set(next) {
      const merged = { ...view, ...next };
      if (
        merged.selectedId === view.selectedId &&
        merged.problemsByElement === view.problemsByElement &&
        merged.dropIndicator === view.dropIndicator &&
        merged.draggingId === view.draggingId
      ) return;
      view = merged;
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const NO_PROBLEMS: DesignerProblem[] = [];

export function useCanvasSlice<T>(store: CanvasStore, select: (view: CanvasView) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

export function useIsSelected(store: CanvasStore, id: string): boolean {
  return useCanvasSlice(store, (v) => v.selectedId === id);
}

export function useProblemsOf(store: CanvasStore, id: string): DesignerProblem[] {
  return useCanvasSlice(store, (v) => v.problemsByElement.get(id) ?? NO_PROBLEMS);
}

/** 'before' | 'after' when a drag is over this element or area, else null. */
export function useDropIndicator(store: CanvasStore, id: string): 'before' | 'after' | null {
  return useCanvasSlice(store, (v) => (v.dropIndicator?.id === id ? (v.dropIndicator.after ? 'after' : 'before') : null));
}

export function useIsDragging(store: CanvasStore, id: string): boolean {
  return useCanvasSlice(store, (v) => v.draggingId === id);
}
