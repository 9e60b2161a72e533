/**
 * The form's problems as notes on each element and page of the canvas, kept up to date a moment
 * after each change. The check runs on a deferred copy of the form in this small component of its
 * own, so a drop or an edit commits and paints the canvas first, and the update that follows
 * touches only the elements whose problems changed (through the canvas store), not the designer
 * around them. The pack's whole list is the page's (PackProblemList).
 */
import { memo, useDeferredValue, useLayoutEffect, useMemo, useRef } from 'react';
import type { FormDefinition, Lang } from '../../../form-library/format/types';
import type { CanvasStore } from '../canvas/canvas-store';
import { designerProblems, problemsByTarget, reuseUnchanged, type DesignerProblem } from './designer-problems';

interface Props {
  form: FormDefinition;
  lang: Lang;
  store: CanvasStore;
}

export const CanvasProblems = memo(function CanvasProblems({ form, lang, store }: Props) {
  const deferredForm = useDeferredValue(form);
  const problems = useMemo(() => designerProblems(deferredForm, lang), [deferredForm, lang]);
  const previousByTarget = useRef<Map<string, DesignerProblem[]>>(new Map());
  const byTarget = useMemo(() => {
    const next = reuseUnchanged(previousByTarget.current, problemsByTarget(problems));
    previousByTarget.current = next;
    return next;
  }, [problems]);
  useLayoutEffect(() => store.set({ problemsByElement: byTarget }), [store, byTarget]);
  return null;
});
