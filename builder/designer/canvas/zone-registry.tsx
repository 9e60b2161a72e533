/**
 * The canvas's lists, as dnd-kit droppables registered from OUTSIDE the canvas's React tree. Every
 * state change of DndContext (a drag's start, each move, the drop) makes React search the subtree
 * under its providers for their consumers; with the canvas (thousands of components in a large
 * form) outside that subtree, the search and the lists' re-renders stay small. Each DropZone puts
 * its box and data here; `ZoneDroppables`, inside DndContext, turns each entry into a droppable.
 */
import { useLayoutEffect, useSyncExternalStore } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { ZoneData } from './zone-data';

export interface ZoneEntry {
  data: ZoneData;
  node: HTMLElement;
}

export interface ZoneRegistry {
  /** The lists now on the canvas, by droppable id; a new map after each change. */
  entries(): ReadonlyMap<string, ZoneEntry>;
  add(id: string, entry: ZoneEntry): void;
  /** Removes the entry only if it is still this node's (a list moved elsewhere registers anew first). */
  remove(id: string, node: HTMLElement): void;
  subscribe(listener: () => void): () => void;
}

export function createZoneRegistry(): ZoneRegistry {
  let zones = new Map<string, ZoneEntry>();
  const listeners = new Set<() => void>();
  const changed = (next: Map<string, ZoneEntry>) => {
    zones = next;
    listeners.forEach((l) => l());
  };
  return {
    entries: () => zones,
    add(id, entry) {
      const current = zones.get(id);
      if (current?.node === entry.node && current.data === entry.data) return;
      changed(new Map(zones).set(id, entry));
    },
    remove(id, node) {
      if (zones.get(id)?.node !== node) return;
      const next = new Map(zones);
      next.delete(id);
      changed(next);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

// No ResizeObserver per list at each drag start and end: nothing on the canvas changes size
// during a drag (the drop indicator is drawn absolutely).
const NO_RESIZE_OBSERVER = { disabled: true };

/** Inside DndContext: one droppable per list of the canvas, rendering nothing. */
export function ZoneDroppables({ registry }: { registry: ZoneRegistry }) {
  const zones = useSyncExternalStore(registry.subscribe, registry.entries);
  return [...zones].map(([id, entry]) => <ZoneDroppable key={id} id={id} entry={entry} />);
}

function ZoneDroppable({ id, entry }: { id: string; entry: ZoneEntry }) {
  const { setNodeRef } = useDroppable({ id, data: entry.data, resizeObserverConfig: NO_RESIZE_OBSERVER });
  useLayoutEffect(() => setNodeRef(entry.node), [setNodeRef, entry.node]);
  return null;
}
