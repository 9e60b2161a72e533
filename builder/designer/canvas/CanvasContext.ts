/** The canvas's stable actions and its view store, passed by context instead of through each level. */
import { createContext, useContext } from 'react';
import type { Lang } from '../../../form-library/format/types';
import type { CanvasStore } from './canvasStore';

export interface CanvasActions {
  lang: Lang;
  store: CanvasStore;
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
