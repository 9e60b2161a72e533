/**
 * One element on the canvas: a drag handle (mouse and keyboard), its name, kind and markers, its
 * problems, and buttons that do without dragging what dragging does (move up/down) and more.
 */
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { FormElement } from '../../../form-library/format/types';
import { format, useMessages } from '../../../ui/i18n/messages';
import { elementTitle } from '../displayLabel';
import { designerMessages } from '../messages';
import { kindName } from '../palette/kindNames';
import { useCanvas } from './CanvasContext';
import { DropZone } from './DropZone';

interface Props {
  element: FormElement;
  index: number;
  count: number;
  containerId: string;
  ancestors: string[];
}

export function CanvasElement({ element, index, count, containerId, ancestors }: Props) {
  const t = useMessages(designerMessages);
  const canvas = useCanvas();
  const { lang } = canvas;
  const label = elementTitle(element, lang);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: element.id,
    data: { type: 'element', containerId, index, ancestors, label },
  });
  const problems = canvas.problemsByElement.get(element.id) ?? [];
  const selected = canvas.selectedId === element.id;
  const indicator = canvas.dropIndicator?.id === element.id ? (canvas.dropIndicator.after ? ' dz-after' : ' dz-before') : '';
  const problemId = `problems-${element.id}`;
  const style = { transform: CSS.Translate.toString(transform), transition };

  return (
    <li
      ref={setNodeRef}
      style={style}
      className={`ce-item${selected ? ' ce-selected' : ''}${isDragging ? ' ce-dragging' : ''}${problems.length ? ' ce-has-problems' : ''}${indicator}`}
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
        <button
          type="button"
          className="ce-select"
          aria-pressed={selected}
          aria-describedby={problems.length ? problemId : undefined}
          onClick={() => canvas.select(element.id)}
        >
          <span className="ce-label">{label}</span>
          <span className="ce-meta">
            {kindName(element.kind, lang)} · <code>{element.key}</code>
            {element.required && <> · {t.required}</>}
            {element.condition && <> · {t.conditional}</>}
          </span>
        </button>
        <span className="ce-actions">
          <button type="button" disabled={index === 0} aria-label={format(t.moveUpLabel, { label })} title={t.moveUp} onClick={() => canvas.moveStep(element.id, -1)}>↑</button>
          <button type="button" disabled={index === count - 1} aria-label={format(t.moveDownLabel, { label })} title={t.moveDown} onClick={() => canvas.moveStep(element.id, 1)}>↓</button>
          <button type="button" aria-label={format(t.duplicateLabel, { label })} onClick={() => canvas.duplicate(element.id)}>{t.duplicate}</button>
          <button type="button" aria-label={format(t.deleteLabel, { label })} onClick={() => canvas.remove(element.id)}>{t.delete}</button>
        </span>
      </div>
      {problems.length > 0 && (
        <ul className="ce-problems" id={problemId}>
          {problems.map((p, i) => <li key={i}>⚠ {p.text}</li>)}
        </ul>
      )}
      {(element.kind === 'section' || element.kind === 'group') && (
        <DropZone containerId={element.id} ancestors={[...ancestors, element.id]} label={label} elements={element.elements} />
      )}
    </li>
  );
}
