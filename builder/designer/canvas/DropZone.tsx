/** The list area of a page, section or group: sortable children plus a drop area for its end. */
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { FormElement } from '../../../form-library/format/types';
import { useMessages } from '../../../ui/i18n/messages';
import { designerMessages } from '../messages';
import { CanvasElement } from './CanvasElement';
import { useCanvas } from './CanvasContext';

export function zoneId(containerId: string): string {
  return `zone:${containerId}`;
}

interface Props {
  containerId: string;
  /** The container and its own ancestors: nothing among them may be dropped here. */
  ancestors: string[];
  label: string;
  elements: FormElement[];
  emptyText?: string;
}

export function DropZone({ containerId, ancestors, label, elements, emptyText }: Props) {
  const t = useMessages(designerMessages);
  const { dropIndicator } = useCanvas();
  const { setNodeRef } = useDroppable({ id: zoneId(containerId), data: { type: 'zone', containerId, ancestors, label } });
  const isOver = dropIndicator?.id === zoneId(containerId);
  return (
    <div ref={setNodeRef} className={`dz-zone${isOver ? ' dz-over' : ''}`} data-container={containerId}>
      <SortableContext items={elements.map((e) => e.id)} strategy={verticalListSortingStrategy}>
        {elements.length === 0 ? (
          <p className="dz-empty">{emptyText ?? t.emptyContainer}</p>
        ) : (
          <ol className="dz-list">
            {elements.map((el, index) => (
              <CanvasElement key={el.id} element={el} index={index} count={elements.length} containerId={containerId} ancestors={ancestors} />
            ))}
          </ol>
        )}
      </SortableContext>
    </div>
  );
}
