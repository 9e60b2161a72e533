/** The canvas's stable actions and its view store, passed by context instead of through each level. */
import { createContext, useContext, type MutableRefObject } from 'react';
import type { Lang } from '../../../form-library/format/types';
import type { CanvasStore } from './canvas-store';
import type { ElementDragSource } from './element-drag-source';
import type { ZoneRegistry } from './zone-registry';

export interface CanvasActions {
  lang: Lang;
  store: CanvasStore;
  /** The shared draggable that every element's handle hands its press to. */
  dragSource: MutableRefObject<ElementDragSource | null>;
  /** Where each list registers as a droppable (zone-registry.tsx). */
  zones: ZoneRegistry;
  select(id: string): void;
  moveStep(elementId: string, direction: -1 | 1): void;
  duplicate(elementId: string): void;
  remove(elementId: string): void;
}

export const CanvasContext = createContext<CanvasActions | null>(null);

export function useCanvas(): CanvasActions {
  const ctx = useContext(CanvasContext);
  if (!ctx) throw new Error('useCanvas outside the canvas');
  return ctx;
}
