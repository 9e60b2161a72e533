/**
 * The form's problems, kept up to date a moment after each change: the list above the canvas and,
 * through the canvas store, the notes on each element and page. The check runs on a deferred copy
 * of the form in this small component of its own, so a drop or an edit commits and paints the
 * canvas first, and the re-render that follows for the problems touches only this list and the
 * elements whose problems changed, not the designer around them.
 */
import { memo, useDeferredValue, useLayoutEffect, useMemo, useRef } from 'react';
import type { FormDefinition, Lang } from '../../../form-library/format/types';
import type { CanvasStore } from '../canvas/canvasStore';
import { designerProblems, problemsByTarget, reuseUnchanged, type DesignerProblem } from './designerProblems';
import { ProblemList } from './ProblemList';

interface Props {
  form: FormDefinition;
  lang: Lang;
  store: CanvasStore;
  onShow(targetId: string): void;
}

export const LiveProblems = memo(function LiveProblems({ form, lang, store, onShow }: Props) {
  const deferredForm = useDeferredValue(form);
  const problems = useMemo(() => designerProblems(deferredForm, lang), [deferredForm, lang]);
  const previousByTarget = useRef<Map<string, DesignerProblem[]>>(new Map());
  const byTarget = useMemo(() => {
    const next = reuseUnchanged(previousByTarget.current, problemsByTarget(problems));
    previousByTarget.current = next;
    return next;
  }, [problems]);
  useLayoutEffect(() => store.set({ problemsByElement: byTarget }), [store, byTarget]);
  return <MemoProblemList problems={problems} onShow={onShow} />;
});

const MemoProblemList = memo(ProblemList);
