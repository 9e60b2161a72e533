/**
 * The list area of a page, section or group: ONE droppable for the whole list (the place inside it
 * is read from the elements' boxes, see dropTarget.ts), its elements, and room at its end.
 */
import { memo, useMemo, type ReactNode } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { FormElement } from '../../../form-library/format/types';
import { useMessages } from '../../../ui/i18n/messages';
import { designerMessages } from '../messages';
import { CanvasElement } from './CanvasElement';
import { useCanvas } from './CanvasContext';
import { useDropIndicator } from './canvasStore';

// No ResizeObserver per list at each drag start and end: nothing on the canvas changes size
// during a drag (the drop indicator is drawn absolutely).
const NO_RESIZE_OBSERVER = { disabled: true };

export function zoneId(containerId: string): string {
  return `zone:${containerId}`;
}

/** What a list's droppable carries: read by collision detection, drop handling and announcements. */
export interface ZoneData {
  type: 'zone';
  containerId: string;
  /** The container and its own ancestors: nothing among them may be dropped here. */
  ancestors: string[];
  label: string;
}

interface Props {
  containerId: string;
  /** The container and its own ancestors, joined by '/': nothing among them may be dropped here. */
  ancestorPath: string;
  label: string;
  elements: FormElement[];
  emptyText?: string;
}

export const DropZone = memo(function DropZone({ containerId, ancestorPath, label, elements, emptyText }: Props) {
  const t = useMessages(designerMessages);
  const { store } = useCanvas();
  const data = useMemo<ZoneData>(() => ({ type: 'zone', containerId, ancestors: ancestorPath ? ancestorPath.split('/') : [], label }), [containerId, ancestorPath, label]);
  const isOver = useDropIndicator(store, zoneId(containerId)) !== null;
  return (
    <ZoneDroppable data={data} className={`dz-zone${isOver ? ' dz-over' : ''}`}>
      {elements.length === 0 ? (
        <p className="dz-empty">{emptyText ?? t.emptyContainer}</p>
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
    </ZoneDroppable>
  );
});

/**
 * The only part of a list that dnd-kit re-renders at a drag's start, moves and end: its children
 * are the same elements as before, so React stops here.
 */
function ZoneDroppable({ data, className, children }: { data: ZoneData; className: string; children: ReactNode }) {
  const { setNodeRef } = useDroppable({ id: zoneId(data.containerId), data, resizeObserverConfig: NO_RESIZE_OBSERVER });
  return <div ref={setNodeRef} className={className} data-container={data.containerId}>{children}</div>;
}
