/** The list area of a page, section or group: its elements, each a drop target, plus a drop area for its end. */
import { memo, useMemo } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { FormElement } from '../../../form-library/format/types';
import { useMessages } from '../../../ui/i18n/messages';
import { designerMessages } from '../messages';
import { CanvasElement } from './CanvasElement';
import { useCanvas } from './CanvasContext';
import { useDropIndicator } from './canvasStore';

// See CanvasElement: no ResizeObserver per drop area at each drag start and end.
const NO_RESIZE_OBSERVER = { disabled: true };

export function zoneId(containerId: string): string {
  return `zone:${containerId}`;
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
  const ancestors = useMemo(() => (ancestorPath ? ancestorPath.split('/') : []), [ancestorPath]);
  const data = useMemo(() => ({ type: 'zone', containerId, ancestors, label }), [containerId, ancestors, label]);
  const { setNodeRef } = useDroppable({ id: zoneId(containerId), data, resizeObserverConfig: NO_RESIZE_OBSERVER });
  const isOver = useDropIndicator(store, zoneId(containerId)) !== null;
  return (
    <div ref={setNodeRef} className={`dz-zone${isOver ? ' dz-over' : ''}`} data-container={containerId}>
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
              containerId={containerId}
              ancestorPath={ancestorPath}
            />
          ))}
        </ol>
      )}
    </div>
  );
});
