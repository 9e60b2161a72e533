/** What every canvas element needs from the designer, passed by context instead of through each level. */
import { createContext, useContext } from 'react';
import type { Lang } from '../../../form-library/format/types';
import type { DesignerProblem } from '../problems/designerProblems';

export interface CanvasActions {
  lang: Lang;
  selectedId: string | null;
  select(id: string): void;
  moveStep(elementId: string, direction: -1 | 1): void;
  duplicate(elementId: string): void;
  remove(elementId: string): void;
  problemsByElement: Map<string, DesignerProblem[]>;
  /** Id of the element or area a drag is over, and whether the drop goes after it. */
  dropIndicator: { id: string; after: boolean } | null;
}

export const CanvasContext = createContext<CanvasActions | null>(null);

export function useCanvas(): CanvasActions {
  const ctx = useContext(CanvasContext);
  if (!ctx) throw new Error('useCanvas outside the canvas');
  return ctx;
}
