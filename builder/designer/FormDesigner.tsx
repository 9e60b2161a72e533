/**
 * The form designer: palette, canvas and side panel (properties or live preview) around one
 * drag-and-drop context. Every change goes out as a FormOp through `dispatch`; the page that owns
 * the document applies it and keeps the undo stack.
 */
import { memo, useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragCancelEvent,
  type DragEndEvent,
  type DragMoveEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import type { ElementKind, FormDefinition, Lang, ProjectDataDefinition } from '../../form-library/format/types';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { designerTexts } from '../../i18n/catalogs/builder';
import { Canvas } from './canvas/Canvas';
import { CanvasContext, type CanvasActions } from './canvas/CanvasContext';
import { createCanvasStore, useDragLabel, type CanvasStore } from './canvas/canvas-store';
import { createZoneRegistry, ZoneDroppables } from './canvas/zone-registry';
import { dropTargetOf, innermostCollision } from './canvas/collision';
import { zoneId, type ZoneData } from './canvas/zone-data';
import { ElementDragSourceHost, type ElementDragData, type ElementDragSource } from './canvas/element-drag-source';
import { dropPosition, type DragSource, type DropTarget } from './canvas/drop-position';
import { placeAtIndex, placeOfTarget, placeText } from './canvas/drop-place';
import { designerKeyboardCoordinates } from './keyboard/keyboard-coordinates';
import { cloneElement, createElement, createPage } from './modeling/element-factory';
import { stepMove, type FormOp } from './modeling/operations';
import { findElement, findPage, isContainer } from './modeling/tree';
import { elementTitle } from './display-label';
import { Palette, type PaletteDragData } from './palette/Palette';
import { Preview } from './preview/Preview';
import { CanvasProblems } from './problems/CanvasProblems';
import { PropertiesPanel } from './properties-panel/PropertiesPanel';

interface Props {
  form: FormDefinition;
  dispatch(op: FormOp, coalesceKey?: string): void;
  /** Toolbar (undo/redo etc.) placed above the canvas. */
  toolbar?: ReactNode;
  /** An element or page to select and bring into view (the problem list's "Show"); a new object each time it is asked. */
  reveal?: { id: string };
  /** The kinds the palette offers; every kind by default (project data takes fewer). */
  kinds?: readonly ElementKind[];
  /** One page only (project data): no "Add page". */
  singlePage?: boolean;
  /** The pack's project data, for a service form whose fields may be prefilled from it. */
  projectData?: ProjectDataDefinition;
  /** A service's fields are prefilled from the project data; an assessment's answers are carried into it. */
  projectDataDirection?: 'prefill' | 'carry';
}

// Sensor options live outside the component: new option objects would make dnd-kit rebuild its
// activators and re-render every draggable on each render of the designer.
// A few pixels of travel before a drag starts, so clicks on the handle still select.
const POINTER_OPTIONS = { activationConstraint: { distance: 5 } };
const KEYBOARD_OPTIONS = { coordinateGetter: designerKeyboardCoordinates };

type DragData = PaletteDragData | ElementDragData | ZoneData;

/** After a keyboard drag that placed nothing, focus stays on what was picked up. */
function refocusActivator(activator: Event | null): void {
  if (activator instanceof KeyboardEvent && activator.target instanceof HTMLElement && activator.target.isConnected) activator.target.focus();
}

function sourceOf(data: DragData | undefined): DragSource | undefined {
  if (data?.type === 'palette') return { type: 'palette', kind: data.kind };
  if (data?.type === 'element') return { type: 'element', elementId: data.elementId };
  return undefined;
}

export function FormDesigner({ form, dispatch, toolbar, reveal, kinds, singlePage, projectData, projectDataDirection }: Props) {
  const t = useTexts(designerTexts);
  const lang = useLang();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [tab, setTab] = useState<'properties' | 'preview'>('properties');
  const [notice, setNotice] = useState('');
  const [store] = useState(createCanvasStore);
  const [zones] = useState(createZoneRegistry);
  // Handlers read the latest form and dispatch through refs, so the canvas's callbacks stay the
  // same across edits and unchanged elements skip re-rendering.
  const formRef = useRef(form);
  const dispatchRef = useRef(dispatch);
  const selectedRef = useRef(selectedId);
  formRef.current = form;
  dispatchRef.current = dispatch;
  selectedRef.current = selectedId;

  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, KEYBOARD_OPTIONS));

  const select = useCallback((id: string) => {
    setSelectedId(id);
    setTab('properties');
  }, []);

  /** "Show" in the problem list: select the element or page and move focus to it on the canvas. */
  useEffect(() => {
    if (!reveal) return;
    select(reveal.id);
    requestAnimationFrame(() => {
      const target = document.querySelector<HTMLElement>(`[data-element-id="${CSS.escape(reveal.id)}"] .ce-select, [data-page-id="${CSS.escape(reveal.id)}"] .cv-page-title`);
      target?.scrollIntoView({ block: 'center' });
      target?.focus();
    });
  }, [reveal, select]);

  /** Where "Add" puts a new element: into a selected section/group, after a selected element, at the end of a selected page. */
  const insertionPoint = (form: FormDefinition, selectedId: string | null): { containerId: string; index: number } | undefined => {
    const lastPage = form.pages[form.pages.length - 1];
    if (selectedId) {
      const page = findPage(form, selectedId);
      if (page) return { containerId: page.id, index: page.elements.length };
      const loc = findElement(form, selectedId);
      if (loc && isContainer(loc.element)) return { containerId: loc.element.id, index: loc.element.elements.length };
      if (loc) return { containerId: loc.containerId, index: loc.index + 1 };
    }
    return lastPage ? { containerId: lastPage.id, index: lastPage.elements.length } : undefined;
  };

  // A new element's label field takes the focus once the panel shows it (after a drop or an add):
  // naming it is the next thing to do, and the panel is far from the palette by Tab.
  const focusLabelOf = useRef<string | null>(null);
  const selectNew = useCallback((id: string) => {
    focusLabelOf.current = id;
    setSelectedId(id);
    setTab('properties');
  }, []);
  useEffect(() => {
    const id = focusLabelOf.current;
    if (!id) return;
    const input = document.getElementById(`pp-${id}-label-${lang}`);
    if (!(input instanceof HTMLInputElement)) return;
    focusLabelOf.current = null;
    input.focus();
    input.select();
  });

  const addKind = useCallback((kind: ElementKind) => {
    const form = formRef.current;
    const at = insertionPoint(form, selectedRef.current);
    if (!at) return;
    const element = createElement(kind, form);
    const place = placeText(placeAtIndex(form, at.containerId, at.index, lang, t), t);
    dispatchRef.current({ type: 'insert', element, containerId: at.containerId, index: at.index });
    selectNew(element.id);
    setNotice(t('added', { label: elementTitle(element, lang), place }));
  }, [t, lang, selectNew]);

  // Where the current drag points (from the collision detection), for the indicator, the drop and
  // what the screen reader hears; `announced` keeps a place from being announced twice.
  const drag = useRef<{ target: DropTarget | undefined; announced: string }>({ target: undefined, announced: '' });
  const dragSource = useRef<ElementDragSource | null>(null);

  const actions: CanvasActions = useMemo(() => ({
    lang,
    store,
    dragSource,
    zones,
    select,
    moveStep(elementId, direction) {
      const op = stepMove(formRef.current, elementId, direction);
      if (op) dispatchRef.current(op);
    },
    duplicate(elementId) {
      const form = formRef.current;
      const loc = findElement(form, elementId);
      if (!loc) return;
      const copy = cloneElement(loc.element, form);
      dispatchRef.current({ type: 'duplicate', elementId, copy });
      setSelectedId(copy.id);
    },
    remove(elementId) {
      const form = formRef.current;
      const loc = findElement(form, elementId);
      if (!loc) return;
      dispatchRef.current({ type: 'delete', elementId });
      const selected = selectedRef.current;
      if (selected === elementId || (selected && findElement(form, selected)?.ancestors.includes(elementId))) setSelectedId(null);
      setNotice(t('deleted', { label: elementTitle(loc.element, lang) }));
    },
  }), [lang, store, zones, select, t]);

  const onAddPage = useCallback(() => {
    const form = formRef.current;
    const page = createPage(form);
    dispatchRef.current({ type: 'addPage', page, index: form.pages.length });
    setSelectedId(page.id);
  }, []);
  const onMovePage = useCallback((pageId: string, index: number) => dispatchRef.current({ type: 'movePage', pageId, index }), []);
  const onRemovePage = useCallback((pageId: string) => {
    dispatchRef.current({ type: 'removePage', pageId });
    if (selectedRef.current === pageId) setSelectedId(null);
  }, []);

  // Drag handlers and announcements keep their identity across renders (they read the latest form
  // through refs), so re-rendering the designer does not ripple through dnd-kit.
  const dragHandlers = useMemo(() => {
    const follow = (event: DragMoveEvent | DragOverEvent) => {
      const target = dropTargetOf(event.collisions);
      drag.current.target = target;
      const current = store.get().dropIndicator;
      const next = !target ? null : target.type === 'zone' ? { id: zoneId(target.containerId), after: true } : { id: target.elementId, after: target.after };
      if (current?.id !== next?.id || current?.after !== next?.after) store.set({ dropIndicator: next });
    };
    const end = () => store.set({ dropIndicator: null, draggingId: null, dragLabel: null });
    return {
      onDragStart(event: DragStartEvent) {
        drag.current = { target: undefined, announced: '' };
        const data = event.active.data.current as DragData | undefined;
        store.set({ draggingId: data?.type === 'element' ? data.elementId : null, dragLabel: data?.label ?? '' });
      },
      onDragMove: follow,
      onDragOver: follow,
      onDragEnd(event: DragEndEvent) {
        end();
        const form = formRef.current;
        const source = sourceOf(event.active.data.current as DragData | undefined);
        const target = drag.current.target;
        const at = source && target ? dropPosition(form, source, target) : undefined;
        if (!source || !at) return refocusActivator(event.activatorEvent);
        if (source.type === 'palette') {
          const element = createElement(source.kind, form);
          dispatchRef.current({ type: 'insert', element, containerId: at.containerId, index: at.index });
          selectNew(element.id);
        } else {
          dispatchRef.current({ type: 'move', elementId: source.elementId, containerId: at.containerId, index: at.index });
          // A move into another list mounts the element anew: keyboard focus goes back to its handle.
          if (event.activatorEvent instanceof KeyboardEvent) {
            requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-element-id="${CSS.escape(source.elementId)}"] .ce-handle`)?.focus());
          }
        }
      },
      onDragCancel(event: DragCancelEvent) {
        end();
        refocusActivator(event.activatorEvent);
      },
    };
  }, [store, selectNew]);

  const accessibility = useMemo(() => {
    const nameOf = (data: DragData | undefined) => data?.label ?? '';
    const targetName = (target: DropTarget): string => placeText(placeOfTarget(formRef.current, target, lang, t), t);
    /** Where the drag is now, once per place: dnd-kit asks at every move, within a list too. */
    const whereNow = ({ active }: { active: { data: { current?: unknown } } }): string | undefined => {
      const target = drag.current.target;
      const name = nameOf(active.data.current as DragData | undefined);
      const text = target ? t('dndOver', { name, place: targetName(target) }) : t('dndOverNone', { name });
      if (text === drag.current.announced) return undefined;
      drag.current.announced = text;
      return text;
    };
    const announcements: Announcements = {
      onDragStart: ({ active }) => t('dndPickedUp', { name: nameOf(active.data.current as DragData) }),
      onDragMove: whereNow,
      onDragOver: whereNow,
      onDragEnd: ({ active }) => {
        const target = drag.current.target;
        const data = active.data.current as DragData;
        const name = nameOf(data);
        if (!target) return t('dndDroppedNone', { name });
        return t(data?.type === 'palette' ? 'dndDroppedNew' : 'dndDropped', { name, place: targetName(target) });
      },
      onDragCancel: ({ active }) => t('dndCancelled', { name: nameOf(active.data.current as DragData) }),
    };
    // Focus after a keyboard drag is this designer's (onDragEnd, onDragCancel): dnd-kit's own
    // restore would pull it back from a new element's label field to the palette a frame later.
    return { announcements, screenReaderInstructions: { draggable: t('dndInstructions') }, restoreFocus: false };
  }, [t, lang]);

  const selectionExists = selectedId !== null && (findPage(form, selectedId) !== undefined || findElement(form, selectedId) !== undefined);
  const effectiveSelection = selectionExists ? selectedId : null;
  useLayoutEffect(() => store.set({ selectedId: effectiveSelection }), [store, effectiveSelection]);

  return (
    <div className="fd-designer">
      <p id="dnd-instructions" className="bl-visually-hidden">{t('dndInstructions')}</p>
      <p className="bl-visually-hidden" role="status">{notice}</p>
      {/* The canvas is outside DndContext's tree (see canvas/zone-registry.tsx): what dnd-kit
          re-renders at each drag event is the palette, the shared draggable and the lists' droppables. */}
      <DndContext
        sensors={sensors}
        collisionDetection={innermostCollision}
        onDragStart={dragHandlers.onDragStart}
        onDragMove={dragHandlers.onDragMove}
        onDragOver={dragHandlers.onDragOver}
        onDragEnd={dragHandlers.onDragEnd}
        onDragCancel={dragHandlers.onDragCancel}
        accessibility={accessibility}
      >
        <MemoPalette onAdd={addKind} kinds={kinds} />
        <ElementDragSourceHost sourceRef={dragSource} />
        <ZoneDroppables registry={zones} />
        <DragLabel store={store} />
      </DndContext>
      <div className="fd-center">
        {toolbar}
        <CanvasProblems form={form} lang={lang} store={store} />
        <CanvasContext.Provider value={actions}>
          <Canvas form={form} onAddPage={singlePage ? undefined : onAddPage} onMovePage={onMovePage} onRemovePage={onRemovePage} />
        </CanvasContext.Provider>
      </div>
      <aside className="fd-side" aria-label={t('side')}>
        <div role="tablist" aria-label={t('side')} className="fd-tabs">
          <button type="button" role="tab" id="tab-properties" aria-controls="panel-properties" aria-selected={tab === 'properties'} onClick={() => setTab('properties')}>{t('tabProperties')}</button>
          <button type="button" role="tab" id="tab-preview" aria-controls="panel-preview" aria-selected={tab === 'preview'} onClick={() => setTab('preview')}>{t('tabPreview')}</button>
        </div>
        <div role="tabpanel" id="panel-properties" aria-labelledby="tab-properties" hidden={tab !== 'properties'}>
          <MemoPropertiesPanel definition={form} selectedId={effectiveSelection} dispatch={dispatch} projectData={projectData} projectDataDirection={projectDataDirection} />
        </div>
        <div role="tabpanel" id="panel-preview" aria-labelledby="tab-preview" hidden={tab !== 'preview'}>
          {tab === 'preview' && <DeferredPreview definition={form} lang={lang} />}
        </div>
      </aside>
    </div>
  );
}


// The parts around the canvas re-render only when their own props change, not on every drag
// start, drop or notice of the designer.
const MemoPalette = memo(Palette);
const MemoPropertiesPanel = memo(PropertiesPanel);

/**
 * What follows the pointer during a drag. Mounted only while the canvas store says a drag lasts:
 * the store is told in the same event as dnd-kit (onDragStart, onDragEnd), so the overlay comes and
 * goes in dnd-kit's own commits. A DragOverlay left mounted keeps a copy of its label through two
 * more commits after every drop, to animate a drop that this designer does not animate.
 */
function DragLabel({ store }: { store: CanvasStore }) {
  const label = useDragLabel(store);
  if (label === null) return null;
  return (
    <DragOverlay dropAnimation={null}>
      <div className="fd-overlay">{label}</div>
    </DragOverlay>
  );
}

/** The live preview may lag a frame behind an edit or a drop; the canvas itself never does. */
function DeferredPreview({ definition, lang }: { definition: FormDefinition; lang: Lang }) {
  const deferred = useDeferredValue(definition);
  return <Preview definition={deferred} initialLang={lang} />;
}
