/**
 * One element on the canvas: a drag handle (mouse and keyboard), its name, kind and markers, its
 * problems, and buttons that do without dragging what dragging does (move up/down) and more.
 *
 * Each element is a draggable (its handle) and a droppable (its box) of dnd-kit's core, not a
 * `useSortable` inside a SortableContext: a SortableContext re-renders all of its items whenever
 * its list changes, so one move in a 100-item list re-rendered all 100, and it shifts items with
 * transforms while dragging, which the drop indicator makes unneeded. dnd-kit still re-renders
 * every draggable when a drag starts or ends; what is not about dragging lives in memoized children.
 */
import { memo, useCallback, useMemo } from 'react';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import type { FormElement } from '../../../form-library/format/types';
import { format, useMessages } from '../../../ui/i18n/messages';
import { elementTitle } from '../displayLabel';
import { designerMessages } from '../messages';
import { kindName } from '../palette/kindNames';
import { useCanvas } from './CanvasContext';
import { useDropIndicator, useIsSelected, useProblemsOf } from './canvasStore';
import { DropZone } from './DropZone';
import type { DesignerProblem } from '../problems/designerProblems';

// A ResizeObserver per droppable is made when a drag starts and torn down when it ends (hundreds of
// them in a long form). Nothing on the canvas changes size during a drag (the drop indicator is
// drawn absolutely), and dnd-kit re-measures the lists when their items change anyway.
const NO_RESIZE_OBSERVER = { disabled: true };

interface Props {
  element: FormElement;
  isFirst: boolean;
  isLast: boolean;
  containerId: string;
  ancestorPath: string;
}

// Memoized: a move re-renders the moved element and its new neighbours, not the whole list.
export const CanvasElement = memo(function CanvasElement({ element, isFirst, isLast, containerId, ancestorPath }: Props) {
  const { lang, store } = useCanvas();
  const t = useMessages(designerMessages);
  const label = elementTitle(element, lang);
  const ancestors = useMemo(() => (ancestorPath ? ancestorPath.split('/') : []), [ancestorPath]);
  const data = useMemo(() => ({ type: 'element', containerId, ancestors, label }), [containerId, ancestors, label]);
  // The dragged box itself stays in place (dimmed); DragOverlay shows what follows the pointer.
  const { attributes, listeners, setNodeRef: setDragNode, setActivatorNodeRef, isDragging } = useDraggable({ id: element.id, data });
  const { setNodeRef: setDropNode } = useDroppable({ id: element.id, data, resizeObserverConfig: NO_RESIZE_OBSERVER });
  const setNodeRef = useCallback((node: HTMLElement | null) => {
    setDragNode(node);
    setDropNode(node);
  }, [setDragNode, setDropNode]);
  const selected = useIsSelected(store, element.id);
  const problems = useProblemsOf(store, element.id);
  const indicator = useDropIndicator(store, element.id);
  const handleLabel = useMemo(() => format(t.moveHandle, { label }), [t, label]);
  const childPath = ancestorPath ? `${ancestorPath}/${element.id}` : element.id;

  return (
    <li
      ref={setNodeRef}
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
          aria-label={handleLabel}
          aria-describedby="dnd-instructions"
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <ElementCard element={element} label={label} isFirst={isFirst} isLast={isLast} selected={selected} problemCount={problems.length} />
      </div>
      {problems.length > 0 && <ProblemNotes elementId={element.id} problems={problems} />}
      {(element.kind === 'section' || element.kind === 'group') && (
        <DropZone containerId={element.id} ancestorPath={childPath} label={label} elements={element.elements} />
      )}
    </li>
  );
});

const ProblemNotes = memo(function ProblemNotes({ elementId, problems }: { elementId: string; problems: DesignerProblem[] }) {
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
