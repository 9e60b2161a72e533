/**
 * The form designer (palette, canvas, problems, properties) with a 300-element form, its document
 * held in a command stack as the designer page holds it. A move runs the drop's own code path:
 * dropPosition() for "over element X, after it", then the `move` operation through dispatch,
 * applyFormOp and the undo stack, and React's re-render of the canvas.
 */
import { useCallback, useState } from 'react';
import type { FormDefinition } from '../../../form-library/format/types';
import { dropPosition, type DropTarget } from '../../../builder/designer/canvas/drop-position';
import { FormDesigner } from '../../../builder/designer/FormDesigner';
import { createStack, execute, type CommandStack } from '../../../builder/designer/modeling/command-stack';
import { applyFormOp, type FormOp } from '../../../builder/designer/modeling/operations';
import { allLocations } from '../../../builder/designer/modeling/tree';
import '../../../builder/shell/builder.css';
import { countElements, generateDesignerForm } from '../fixtures/generated-form';
import type { ActionTiming, DesignerPageApi } from './bench-api';
import { frameAfter } from './frame-timing';
import { BenchButtons, exposeMovePage } from './move-page-kit';

export const DESIGNER_ELEMENTS = 300;
const initial = generateDesignerForm(DESIGNER_ELEMENTS);
let current: FormDefinition = initial;
let next: { elementId: string; target: DropTarget } | undefined;

/** Ids of the canvas's elements in document order, from the DOM. */
function domOrder(): string[] {
  return [...document.querySelectorAll<HTMLElement>('[data-element-id]')].map((el) => el.dataset.elementId ?? '');
}

function modelOrder(def: FormDefinition): string[] {
  return allLocations(def).map((l) => l.element.id);
}

function DesignerHost() {
  const [stack, setStack] = useState<CommandStack<FormDefinition>>(() => createStack(initial));
  current = stack.present;
  const dispatch = useCallback((op: FormOp, coalesceKey?: string) => {
    setStack((s) => execute(s, applyFormOp(s.present, op), coalesceKey));
  }, []);
  // What FormDesigner's onDragEnd does with a dragged canvas element dropped over another.
  const onMove = () => {
    if (!next) return;
    const at = dropPosition(current, { type: 'element', elementId: next.elementId }, next.target);
    if (at) dispatch({ type: 'move', elementId: next.elementId, containerId: at.containerId, index: at.index });
  };
  const onNoop = () => setStack((s) => ({ ...s }));
  return (
    <>
      <BenchButtons onMove={onMove} onNoop={onNoop} />
      <FormDesigner form={stack.present} dispatch={dispatch} />
    </>
  );
}

exposeMovePage(<DesignerHost />, {
  prepareMove(i) {
    // Alternate: a loose field down past its neighbour, a field into a section, and back out.
    const locations = allLocations(current);
    const loose = locations.filter((l) => l.ancestors.length === 0 && l.element.kind !== 'section');
    const source = loose[(i * 13) % loose.length];
    const kind = i % 3;
    let target: DropTarget;
    if (kind === 2) {
      const inSection = locations.filter((l) => l.ancestors.length > 0);
      target = { type: 'element', elementId: inSection[(i * 7) % inSection.length].element.id, after: true };
    } else {
      // Down: after the next loose field; up: before the previous one.
      const at = (i * 13) % loose.length;
      const neighbour = kind === 0 ? loose[at + 1] ?? loose[at - 1] : loose[at - 1] ?? loose[at + 1];
      target = { type: 'element', elementId: neighbour.element.id, after: kind === 0 ? at + 1 < loose.length : at === 0 };
    }
    next = { elementId: source.element.id, target };
    const at = dropPosition(current, { type: 'element', elementId: source.element.id }, target);
    if (!at) throw new Error(`bench move ${i} would not move anything`);
    const expected = modelOrder(applyFormOp(current, { type: 'move', elementId: source.element.id, containerId: at.containerId, index: at.index })).join();
    return () => domOrder().join() === expected;
  },
  itemCount: () => countElements(current),
}, pointerDrops());

function pointerDrops(): Pick<DesignerPageApi, 'armPointerDrop' | 'pointerDrop'> {
  let result: Promise<ActionTiming | null> = Promise.resolve(null);
  return {
    armPointerDrop() {
      const before = domOrder().join();
      result = new Promise((resolve, reject) => {
        let start = 0;
        // The clock starts in the capture phase on window, before dnd-kit's own pointerup listener
        // (on the document) runs; the bubble phase on window comes after that listener and after
        // the microtask in which React renders and commits what it did (the "to commit" part).
        window.addEventListener('pointerup', () => { start = performance.now(); }, { capture: true, once: true });
        window.addEventListener('pointerup', () => {
          const toCommit = performance.now() - start;
          // The canvas shows the drop once its order differs from before and matches the model.
          const moved = () => {
            const now = domOrder().join();
            return now !== before && now === modelOrder(current).join();
          };
          frameAfter(start, moved, 3_000).then((toFrame) => resolve({ toFrame, toCommit }), () => resolve(null)).catch(reject);
        }, { once: true });
      });
    },
    pointerDrop: () => result,
  };
}
