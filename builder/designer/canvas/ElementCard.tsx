/**
 * One element on the canvas: a drag handle (mouse and keyboard), its name, kind and markers, its
 * problems, and buttons that do without dragging what dragging does (move up/down) and more.
 *
 * No dnd-kit hook here: dnd-kit v6 re-renders every draggable and droppable at a drag's start, moves
 * and end, which cost a re-render of all 300 elements of a large form per drop. The handle hands
 * its press to the canvas's one shared draggable (elementDragSource.tsx), the list around the
 * element is the droppable (DropZone.tsx), and the drop indicator and the dimming come from the
 * canvas store, so a drag re-renders only the elements it passes and the drop only what moved.
 */
import { memo, useMemo, useRef, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import type { FormElement } from '../../../form-library/format/types';
import { format, useMessages } from '../../../ui/i18n/messages';
import { elementTitle } from '../displayLabel';
import { designerMessages } from '../messages';
import { kindName } from '../palette/kindNames';
import { useCanvas } from './CanvasContext';
import { useDropIndicator, useIsDragging, useIsSelected, useProblemsOf } from './canvasStore';
import { DropZone } from './DropZone';
import type { ElementDrag } from './elementDragSource';
import type { DesignerProblem } from '../problems/designerProblems';

/**
 * A mouse press on a handle leaves keyboard focus where it was (as Safari does for every button).
 * A focused handle would ride along when its element moves, and React, seeing the focused node
 * moved, refocuses it and restores every ancestor's scroll position after the drop's commit: a
 * blur, a focus and a forced layout of the whole canvas inside the drop. The keyboard drags from
 * the focused handle, and focus follows a keyboard drop (FormDesigner's onDragEnd).
 */
function keepFocus(event: MouseEvent<HTMLButtonElement>): void {
  event.preventDefault();
}

interface Props {
  element: FormElement;
  isFirst: boolean;
  isLast: boolean;
  /** The element's containers, outermost first, joined by '/'. */
  ancestorPath: string;
}

// Memoized: a move re-renders the moved element and its new neighbours, not the whole list.
export const CanvasElement = memo(function CanvasElement({ element, isFirst, isLast, ancestorPath }: Props) {
  const { lang, store, dragSource } = useCanvas();
  const t = useMessages(designerMessages);
  const label = elementTitle(element, lang);
  const itemRef = useRef<HTMLLIElement>(null);
  const selected = useIsSelected(store, element.id);
  const problems = useProblemsOf(store, element.id);
  const indicator = useDropIndicator(store, element.id);
  const dragging = useIsDragging(store, element.id);
  const handleLabel = useMemo(() => format(t.moveHandle, { label }), [t, label]);
  const childPath = ancestorPath ? `${ancestorPath}/${element.id}` : element.id;

  const drag = (handle: HTMLElement): ElementDrag | undefined =>
    itemRef.current ? { elementId: element.id, label, ancestors: ancestorPath ? ancestorPath.split('/') : [], node: itemRef.current, handle } : undefined;
  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    const d = drag(event.currentTarget);
    if (d) dragSource.current?.pointerDown(event, d);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const d = drag(event.currentTarget);
    if (d) dragSource.current?.keyDown(event, d);
  };

  return (
    <li
      ref={itemRef}
      className={`ce-item${selected ? ' ce-selected' : ''}${dragging ? ' ce-dragging' : ''}${problems.length ? ' ce-has-problems' : ''}${indicator ? ` dz-${indicator}` : ''}`}
      data-element-id={element.id}
      data-key={element.key}
    >
      <div className="ce-row">
        <button
          type="button"
          className="ce-handle"
          onPointerDown={onPointerDown}
          onKeyDown={onKeyDown}
          onMouseDown={keepFocus}
          aria-pressed={dragging || undefined}
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
