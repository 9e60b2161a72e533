/**
 * One element on the canvas: a drag handle (mouse and keyboard), its name, kind and markers, its
 * problems, and buttons that do without dragging what dragging does (move up/down) and more.
 * The sortable wrapper re-renders with its list; the card inside only when its own props change.
 */
import { memo, useMemo } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { FormElement } from '../../../form-library/format/types';
import { format, useMessages } from '../../../ui/i18n/messages';
import { elementTitle } from '../displayLabel';
import { designerMessages } from '../messages';
import { kindName } from '../palette/kindNames';
import { useCanvas } from './CanvasContext';
import { useDropIndicator, useIsSelected, useProblemsOf } from './canvasStore';
import { DropZone } from './DropZone';

// The list re-renders in its new order at once; animating every shifted item after a drop costs
// frames in a long form and adds nothing a screen reader user gets.
const noLayoutAnimation = () => false;

interface Props {
  element: FormElement;
  isFirst: boolean;
  isLast: boolean;
  containerId: string;
  ancestorPath: string;
}

export function CanvasElement({ element, isFirst, isLast, containerId, ancestorPath }: Props) {
  const { lang, store } = useCanvas();
  const t = useMessages(designerMessages);
  const label = elementTitle(element, lang);
  const ancestors = useMemo(() => (ancestorPath ? ancestorPath.split('/') : []), [ancestorPath]);
  const data = useMemo(() => ({ type: 'element', containerId, ancestors, label }), [containerId, ancestors, label]);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: element.id, data, animateLayoutChanges: noLayoutAnimation });
  const selected = useIsSelected(store, element.id);
  const problems = useProblemsOf(store, element.id);
  const indicator = useDropIndicator(store, element.id);
  const style = { transform: CSS.Translate.toString(transform), transition };

  return (
    <li
      ref={setNodeRef}
      style={style}
      className={`ce-item${selected ? ' ce-selected' : ''}${isDragging ? ' ce-dragging' : ''}${problems.length ? ' ce-has-problems' : ''}${indicator ? ` dz-${indicator}` : ''}`}
      data-element-id={element.id}
      data-key={element.key}
    >
      <div className="ce-row">
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="ce-handle"
          {...attributes}
          {...listeners}
          aria-label={format(t.moveHandle, { label })}
          aria-describedby="dnd-instructions"
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <ElementCard element={element} label={label} isFirst={isFirst} isLast={isLast} selected={selected} problemCount={problems.length} />
      </div>
      {problems.length > 0 && (
        <ul className="ce-problems" id={`problems-${element.id}`}>
          {problems.map((p, i) => <li key={i}>⚠ {p.text}</li>)}
        </ul>
      )}
      {(element.kind === 'section' || element.kind === 'group') && (
        <DropZone containerId={element.id} ancestorPath={ancestorPath ? `${ancestorPath}/${element.id}` : element.id} label={label} elements={element.elements} />
      )}
    </li>
  );
}

interface CardProps {
  element: FormElement;
  label: string;
  isFirst: boolean;
  isLast: boolean;
  selected: boolean;
  problemCount: number;
}

const ElementCard = memo(function ElementCard({ element, label, isFirst, isLast, selected, problemCount }: CardProps) {
  const t = useMessages(designerMessages);
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
          {kindName(element.kind, canvas.lang)} · <code>{element.key}</code>
          {element.required && <> · {t.required}</>}
          {element.condition && <> · {t.conditional}</>}
        </span>
      </button>
      <span className="ce-actions">
        <button type="button" disabled={isFirst} aria-label={format(t.moveUpLabel, { label })} title={t.moveUp} onClick={() => canvas.moveStep(element.id, -1)}>↑</button>
        <button type="button" disabled={isLast} aria-label={format(t.moveDownLabel, { label })} title={t.moveDown} onClick={() => canvas.moveStep(element.id, 1)}>↓</button>
        <button type="button" aria-label={format(t.duplicateLabel, { label })} onClick={() => canvas.duplicate(element.id)}>{t.duplicate}</button>
        <button type="button" aria-label={format(t.deleteLabel, { label })} onClick={() => canvas.remove(element.id)}>{t.delete}</button>
      </span>
    </>
  );
});
