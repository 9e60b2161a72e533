/**
 * Every element kind of the format, to drag onto the canvas or to add with a button (the
 * keyboard and switch-access way that needs no dragging).
 *
 * ONE dnd-kit draggable for the whole palette, as on the canvas (canvas/elementDragSource.tsx):
 * dnd-kit v6 re-renders every `useDraggable` consumer when a drag starts, passes over something
 * new and ends, so a draggable per kind cost a re-render of every palette item at each drop. A
 * press on an item's drag button points the palette's draggable at that kind and hands the event
 * to dnd-kit's sensors; only the palette itself re-renders with dnd-kit, its items when their own
 * props change.
 */
import { useDraggable } from '@dnd-kit/core';
import { memo, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { ELEMENT_KINDS, type ElementKind } from '../../../form-library/format/types';
import { format, useLang, useMessages } from '../../../ui/i18n/messages';
import { designerMessages } from '../messages';
import { kindName } from './kindNames';

export const PALETTE_DRAG_ID = 'palette:kind';

/** What a drag from the palette carries; read by the drop and the announcements. */
export interface PaletteDragData {
  type: 'palette';
  kind: ElementKind;
  label: string;
}

interface Press {
  pointerDown(event: PointerEvent<HTMLButtonElement>, kind: ElementKind, label: string): void;
  keyDown(event: KeyboardEvent<HTMLButtonElement>, kind: ElementKind, label: string): void;
}

const PaletteItem = memo(function PaletteItem({ kind, dragging, press, onAdd }: { kind: ElementKind; dragging: boolean; press: Press; onAdd(kind: ElementKind): void }) {
  const t = useMessages(designerMessages);
  const lang = useLang();
  const name = kindName(kind, lang);
  return (
    <li className={`pl-item${dragging ? ' pl-dragging' : ''}`} data-kind={kind}>
      <button
        type="button"
        className="pl-drag"
        onPointerDown={(event) => press.pointerDown(event, kind, name)}
        onKeyDown={(event) => press.keyDown(event, kind, name)}
        aria-pressed={dragging || undefined}
        aria-label={format(t.dragKind, { kind: name })}
        aria-describedby="dnd-instructions"
      >
        <span aria-hidden="true">⠿ </span>{name}
      </button>
      <button type="button" className="pl-add" aria-label={format(t.addKind, { kind: name })} onClick={() => onAdd(kind)}>+</button>
    </li>
  );
});

export function Palette({ onAdd }: { onAdd(kind: ElementKind): void }) {
  const t = useMessages(designerMessages);
  // One mutable object as the draggable's data: dnd-kit reads `active.data.current` through a ref,
  // so filling it in at the press is seen by the drag that press starts, without a render.
  const data = useRef<PaletteDragData>({ type: 'palette', kind: ELEMENT_KINDS[0], label: '' });
  const { listeners, setNodeRef, setActivatorNodeRef, active } = useDraggable({ id: PALETTE_DRAG_ID, data: data.current });
  const draggingKind = active?.id === PALETTE_DRAG_ID ? data.current.kind : null;
  // The items' handlers keep their identity; they reach dnd-kit's latest listeners through a ref.
  const latest = useRef({ listeners, setNodeRef, setActivatorNodeRef, busy: active !== null });
  latest.current = { listeners, setNodeRef, setActivatorNodeRef, busy: active !== null };
  const press = useMemo<Press>(() => {
    const aim = (button: HTMLButtonElement, kind: ElementKind, label: string) => {
      Object.assign(data.current, { kind, label });
      latest.current.setNodeRef(button);
      latest.current.setActivatorNodeRef(button);
    };
    return {
      pointerDown(event, kind, label) {
        const { listeners, busy } = latest.current;
        if (busy || !listeners?.onPointerDown) return;
        aim(event.currentTarget, kind, label);
        listeners.onPointerDown(event);
      },
      keyDown(event, kind, label) {
        const { listeners, busy } = latest.current;
        if (busy || !listeners?.onKeyDown) return;
        aim(event.currentTarget, kind, label);
        listeners.onKeyDown(event);
      },
    };
  }, []);
  return (
    <section className="pl-palette" aria-labelledby="palette-heading">
      <h2 id="palette-heading">{t.palette}</h2>
      <p className="pl-help">{t.paletteHelp}</p>
      <ul className="pl-list">
        {ELEMENT_KINDS.map((kind) => <PaletteItem key={kind} kind={kind} dragging={draggingKind === kind} press={press} onAdd={onAdd} />)}
      </ul>
    </section>
  );
}
