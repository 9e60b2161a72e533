/** What an element on the canvas shows beside its drag handle: its name, kind and markers, its problems, and its buttons. */
import { memo } from 'react';
import type { FormElement } from '../../../form-library/format/types';
import { useTexts } from '../../../ui/i18n/texts';
import { designerTexts } from '../../../i18n/catalogs/builder';
import { kindName } from '../palette/kind-names';
import { useCanvas } from './CanvasContext';
import type { DesignerProblem } from '../problems/designer-problems';

export const ProblemNotes = memo(function ProblemNotes({ elementId, problems }: { elementId: string; problems: DesignerProblem[] }) {
  return (
    <ul className="ce-problems" id={`problems-${elementId}`}>
      {problems.map((p, i) => <li key={i}>⚠ {p.text}</li>)}
    </ul>
  );
});

interface CardProps {
  element: FormElement;
  label: string;
  isFirst: boolean;
  isLast: boolean;
  selected: boolean;
  problemCount: number;
}

export const ElementCard = memo(function ElementCard({ element, label, isFirst, isLast, selected, problemCount }: CardProps) {
  const t = useTexts(designerTexts);
  const canvas = useCanvas();
  return (
    <>
      <button
        type="button"
        className="ce-select"
        aria-pressed={selected}
        aria-describedby={problemCount ? `problems-${element.id}` : undefined}
        onClick={() => canvas.select(element.id)}
      >
        <span className="ce-label">{label}</span>
        <span className="ce-meta">
          {kindName(element.kind, canvas.lang)}
          {element.required && <> · {t('required')}</>}
          {element.condition && <> · {t('conditional')}</>}
        </span>
      </button>
      <span className="ce-actions">
        <button type="button" disabled={isFirst} aria-label={t('moveUpLabel', { label })} title={t('moveUp')} onClick={() => canvas.moveStep(element.id, -1)}>↑</button>
        <button type="button" disabled={isLast} aria-label={t('moveDownLabel', { label })} title={t('moveDown')} onClick={() => canvas.moveStep(element.id, 1)}>↓</button>
        <button type="button" aria-label={t('duplicateLabel', { label })} onClick={() => canvas.duplicate(element.id)}>{t('duplicate')}</button>
        <button type="button" aria-label={t('deleteLabel', { label })} onClick={() => canvas.remove(element.id)}>{t('delete')}</button>
      </span>
    </>
  );
});
