/**
 * The shared driver of the two move pages (the designer and a plain list): a hidden button whose
 * click applies the next queued move, as a drop does inside the pointer-up (or keyboard) event,
 * so React renders it at the same (discrete) priority. A move's time runs from the click to the
 * end of the first frame after the DOM shows the element in its new place.
 */
import { useLayoutEffect, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ActionTiming, MovePageApi } from './bench-api';
import { afterCommit, frameAfter, settle } from './frame-timing';

export interface Mover {
  /** Queues the next move and returns a check that the DOM shows it. */
  prepareMove(i: number): () => boolean;
  itemCount(): number;
}

function Committed({ onCommit, children }: { onCommit(): void; children: ReactElement }) {
  useLayoutEffect(() => onCommit(), [onCommit]);
  return children;
}

function click(id: string): void {
  const button = document.getElementById(id);
  if (!button) throw new Error(`no #${id} in the page`);
  button.click();
}

export function exposeMovePage<Extra extends object>(view: ReactElement, mover: Mover, extra?: Extra): void {
  let root: Root | undefined;
  const api: MovePageApi = {
    mount() {
      return new Promise((resolve, reject) => {
        root?.unmount();
        let start = 0;
        const onCommit = () => void frameAfter(start, () => true).then(resolve, reject);
        start = performance.now();
        root = createRoot(document.getElementById('root')!);
        root.render(<Committed onCommit={onCommit}>{view}</Committed>);
      });
    },
    async moves(count) {
      const warmUp = 3;
      const times: ActionTiming[] = [];
      for (let i = 0; i < count + warmUp; i++) {
        const shown = mover.prepareMove(i);
        await settle();
        const start = performance.now();
        click('bench-move');
        const toCommit = await afterCommit(start);
        const toFrame = await frameAfter(start, shown);
        if (i >= warmUp) times.push({ toFrame, toCommit });
      }
      return times;
    },
    async noops(count) {
      const times: ActionTiming[] = [];
      for (let i = 0; i < count; i++) {
        await settle();
        const start = performance.now();
        click('bench-noop');
        const toCommit = await afterCommit(start);
        times.push({ toFrame: await frameAfter(start, () => true), toCommit });
      }
      return times;
    },
    itemCount: () => mover.itemCount(),
  };
  window.kevytBench = { ...api, ...extra };
}

/** Buttons the driver clicks; hidden, and outside the measured view's own tree. */
export function BenchButtons({ onMove, onNoop }: { onMove(): void; onNoop(): void }) {
  return (
    <div hidden>
      <button type="button" id="bench-move" onClick={onMove}>move</button>
      <button type="button" id="bench-noop" onClick={onNoop}>no-op</button>
    </div>
  );
}
