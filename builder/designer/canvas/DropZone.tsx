/**
 * The list area of a page, section or group: ONE droppable for the whole list (the place inside it
 * is read from the elements' boxes, see dropTarget.ts; the droppable itself lives in DndContext's
 * tree, see zoneRegistry.tsx), its elements, and room at its end.
 */
import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import type { FormElement } from '../../../form-library/format/types';
import { useMessages } from '../../../ui/i18n/messages';
import { designerMessages } from '../messages';
import { CanvasElement } from './CanvasElement';
import { useCanvas } from './CanvasContext';
import { useDropIndicator } from './canvasStore';

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
    </div>
  );
});
