/**
 * The browser's own cost for the keystroke figure: as many labelled text inputs as the measured
 * form page shows, in plain HTML with no framework and no handlers, typed into by the same harness
 * (frame-timing.ts). Its layout is simpler than a form's, so it is a reference for what style,
 * layout and paint alone take on this machine, not an exact floor.
 */
import type { ActionTiming, InputFloorPageApi } from './bench-api';
import { afterCommit, frameAfter, pressKey, releaseKey, settle } from './frame-timing';

function inputs(): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>('#root input')];
}

const api: InputFloorPageApi = {
  mount(controls) {
    const root = document.getElementById('root')!;
    root.replaceChildren();
    for (let i = 0; i < controls; i++) {
      const label = document.createElement('label');
      label.htmlFor = `floor-${i}`;
      label.textContent = `Tieto ${i + 1}`;
      const input = document.createElement('input');
      input.id = `floor-${i}`;
      input.type = 'text';
      const row = document.createElement('div');
      row.append(label, input);
      root.append(row);
    }
  },
  async keystrokes(count) {
    const warmUp = 5;
    const times: ActionTiming[] = [];
    for (let i = 0; i < count + warmUp; i++) {
      const all = inputs();
      const input = all[(i * 7) % all.length];
      input.focus();
      await settle();
      const expected = input.value + 'aä'[i % 2];
      const start = performance.now();
      pressKey(input, expected.slice(-1));
      const toCommit = await afterCommit(start);
      const toFrame = await frameAfter(start, () => input.value === expected);
      releaseKey(input, expected.slice(-1));
      if (i >= warmUp) times.push({ toFrame, toCommit });
    }
    return times;
  },
};
window.kevytBench = api;
