/**
 * Every element kind of the format, to drag onto the canvas or to add with a button (the
 * keyboard and switch-access way that needs no dragging).
 */
import { useDraggable } from '@dnd-kit/core';
import { ELEMENT_KINDS, type ElementKind } from '../../../form-library/format/types';
import { format, useLang, useMessages } from '../../../ui/i18n/messages';
import { designerMessages } from '../messages';
import { kindName } from './kindNames';

export function paletteId(kind: ElementKind): string {
  return `palette:${kind}`;
}

function PaletteItem({ kind, onAdd }: { kind: ElementKind; onAdd(kind: ElementKind): void }) {
  const t = useMessages(designerMessages);
  const lang = useLang();
  const name = kindName(kind, lang);
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: paletteId(kind), data: { type: 'palette', kind, label: name } });
  return (
    <li className={`pl-item${isDragging ? ' pl-dragging' : ''}`} data-kind={kind}>
      <button type="button" ref={setNodeRef} className="pl-drag" {...attributes} {...listeners} aria-label={format(t.dragKind, { kind: name })} aria-describedby="dnd-instructions">
        <span aria-hidden="true">⠿ </span>{name}
      </button>
      <button type="button" className="pl-add" aria-label={format(t.addKind, { kind: name })} onClick={() => onAdd(kind)}>+</button>
    </li>
  );
}

export function Palette({ onAdd }: { onAdd(kind: ElementKind): void }) {
  const t = useMessages(designerMessages);
  return (
    <section className="pl-palette" aria-labelledby="palette-heading">
      <h2 id="palette-heading">{t.palette}</h2>
      <p className="pl-help">{t.paletteHelp}</p>
      <ul className="pl-list">
        {ELEMENT_KINDS.map((kind) => <PaletteItem key={kind} kind={kind} onAdd={onAdd} />)}
      </ul>
    </section>
  );
}
