/**
 * The list area of a page, section or group: ONE droppable for the whole list (the place inside it
 * is read from the elements' boxes, see drop-target.ts; the droppable itself lives in DndContext's
 * tree, see zone-registry.tsx), its elements, and room at its end. A list holds elements and an
 * element (a section or group) holds a list: the two components render each other, so they share
 * this module.
 *
 * No dnd-kit hook on an element: dnd-kit v6 re-renders every draggable and droppable at a drag's
 * start, moves and end, which cost a re-render of all 300 elements of a large form per drop. The
 * handle hands its press to the canvas's one shared draggable (element-drag-source.tsx), the list
 * around the element is the droppable, and the drop indicator and the dimming come from the
 * canvas store, so a drag re-renders only the elements it passes and the drop only what moved.
 */
import { memo, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import type { FormElement } from '../../../form-library/format/types';
import { useTexts } from '../../../ui/i18n/texts';
import { designerTexts } from '../../../i18n/catalogs/builder';
import { elementTitle } from '../display-label';
import { useCanvas } from './CanvasContext';
import { useDropIndicator, useIsDragging, useIsSelected, useProblemsOf } from './canvas-store';
import { ElementCard, ProblemNotes } from './ElementCard';
import type { ElementDrag } from './element-drag-source';
import { zoneId, type ZoneData } from './zone-data';

interface Props {
  containerId: string;
  /** The container and its own ancestors, joined by '/': nothing among them may be dropped here. */
  ancestorPath: string;
  label: string;
  elements: FormElement[];
  emptyText?: string;
}

export const DropZone = memo(function DropZone({ containerId, ancestorPath, label, elements, emptyText }: Props) {
  const t = useTexts(designerTexts);
  const { store, zones } = useCanvas();
  const data = useMemo<ZoneData>(() => ({ type: 'zone', containerId, ancestors: ancestorPath ? ancestorPath.split('/') : [], label }), [containerId, ancestorPath, label]);
  const isOver = useDropIndicator(store, zoneId(containerId)) !== null;
  const nodeRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const node = nodeRef.current;
    if (!node) return;
    const id = zoneId(data.containerId);
    zones.add(id, { data, node });
    return () => zones.remove(id, node);
  }, [zones, data]);
  return (
    <div ref={nodeRef} className={`dz-zone${isOver ? ' dz-over' : ''}`} data-container={containerId}>
      {elements.length === 0 ? (
        <p className="dz-empty">{emptyText ?? t('emptyContainer')}</p>
      ) : (
        <ol className="dz-list">
          {elements.map((el, index) => (
            <CanvasElement
              key={el.id}
              element={el}
              isFirst={index === 0}
              isLast={index === elements.length - 1}
              ancestorPath={ancestorPath}
            />
          ))}
        </ol>
      )}
    </div>
  );
});

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

interface ElementProps {
  element: FormElement;
  isFirst: boolean;
  isLast: boolean;
  /** The element's containers, outermost first, joined by '/'. */
  ancestorPath: string;
}

/**
 * One element on the canvas: its drag handle (mouse and keyboard), its card and problems, and for a
 * section or group its own list. Memoized: a move re-renders the moved element and its new
 * neighbours, not the whole list.
 */
const CanvasElement = memo(function CanvasElement({ element, isFirst, isLast, ancestorPath }: ElementProps) {
  const { lang, store, dragSource } = useCanvas();
  const t = useTexts(designerTexts);
  const label = elementTitle(element, lang);
  const itemRef = useRef<HTMLLIElement>(null);
  const selected = useIsSelected(store, element.id);
  const problems = useProblemsOf(store, element.id);
  const indicator = useDropIndicator(store, element.id);
  const dragging = useIsDragging(store, element.id);
  const handleLabel = useMemo(() => t('moveHandle', { label }), [t, label]);
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

