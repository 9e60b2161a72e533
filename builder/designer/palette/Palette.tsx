/**
 * Every element kind of the format, to drag onto the canvas or to add with a button (the
 * keyboard and switch-access way that needs no dragging).
 *
 * ONE dnd-kit draggable for the whole palette, as on the canvas (canvas/shared-draggable.ts): a
 * press on an item's drag button points it at that kind; only the palette itself re-renders with
 * dnd-kit, its items when their own props change.
 */
import { memo } from 'react';
import { ELEMENT_KINDS, type ElementKind } from '../../../form-library/format/types';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { designerTexts } from '../../../i18n/catalogs/builder';
import { useSharedDraggable, type SharedDragPress } from '../canvas/shared-draggable';
import { kindName } from './kind-names';

export const PALETTE_DRAG_ID = 'palette:kind';

/** What a drag from the palette carries; read by the drop and the announcements. */
export interface PaletteDragData {
  type: 'palette';
  kind: ElementKind;
  label: string;
}

const PaletteItem = memo(function PaletteItem({ kind, dragging, press, onAdd }: { kind: ElementKind; dragging: boolean; press: SharedDragPress<PaletteDragData>; onAdd(kind: ElementKind): void }) {
  const t = useTexts(designerTexts);
  const lang = useLang();
  const name = kindName(kind, lang);
  const data: PaletteDragData = { type: 'palette', kind, label: name };
  return (
    <li className={`pl-item${dragging ? ' pl-dragging' : ''}`} data-kind={kind}>
      <button
        type="button"
        className="pl-drag"
        onPointerDown={(event) => press.pointerDown(event, data, event.currentTarget, event.currentTarget)}
        onKeyDown={(event) => press.keyDown(event, data, event.currentTarget, event.currentTarget)}
        aria-pressed={dragging || undefined}
        aria-label={t('dragKind', { kind: name })}
        aria-describedby="dnd-instructions"
      >
        <span aria-hidden="true">⠿ </span>{name}
      </button>
      <button type="button" className="pl-add" aria-label={t('addKind', { kind: name })} onClick={() => onAdd(kind)}>+</button>
    </li>
  );
});

/** `kinds`: what this document may hold (project data takes value fields and sections only); every kind by default. */
export function Palette({ onAdd, kinds = ELEMENT_KINDS }: { onAdd(kind: ElementKind): void; kinds?: readonly ElementKind[] }) {
  const t = useTexts(designerTexts);
  const { press, current, mine } = useSharedDraggable<PaletteDragData>(PALETTE_DRAG_ID, { type: 'palette', kind: ELEMENT_KINDS[0], label: '' });
  const draggingKind = mine ? current.kind : null;
  return (
    <section className="pl-palette" aria-labelledby="palette-heading">
      <h2 id="palette-heading">{t('palette')}</h2>
      <p className="pl-help">{t('paletteHelp')}</p>
      <ul className="pl-list">
        {kinds.map((kind) => <PaletteItem key={kind} kind={kind} dragging={draggingKind === kind} press={press} onAdd={onAdd} />)}
      </ul>
    </section>
  );
}
