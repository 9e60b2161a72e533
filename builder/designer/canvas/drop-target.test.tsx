import { afterEach, describe, expect, it } from 'vitest';
import { keyboardStops, targetInList } from './drop-target';

// A page list of Helsinki's public event notification: organiser (y 0–40), event name (50–90),
// a section "Place" (100–200) holding the municipality (130–170). jsdom lays nothing out, so
// each element's box is given by hand.
function list(): { page: HTMLElement; section: HTMLElement } {
  document.body.innerHTML = `
    <div class="dz-zone" data-container="page-1">
      <ol class="dz-list">
        <li data-element-id="organiser" data-top="0" data-bottom="40"></li>
        <li data-element-id="eventName" data-top="50" data-bottom="90"></li>
        <li data-element-id="place" data-top="100" data-bottom="200">
          <div class="dz-zone" data-container="place">
            <ol class="dz-list"><li data-element-id="municipality" data-top="130" data-bottom="170"></li></ol>
          </div>
        </li>
      </ol>
    </div>`;
  for (const li of document.querySelectorAll<HTMLElement>('li')) {
    const top = Number(li.dataset.top);
    const bottom = Number(li.dataset.bottom);
    li.getBoundingClientRect = () => DOMRect.fromRect({ x: 10, y: top, width: 300, height: bottom - top });
  }
  return { page: document.querySelector<HTMLElement>('[data-container="page-1"]')!, section: document.querySelector<HTMLElement>('[data-container="place"]')! };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('where in a list a drag points', () => {
  it('by pointer: before the element whose upper half it is over, after the last in its lower half, the list end below', () => {
    const { page } = list();
    expect(targetInList(page, 'page-1', { x: 20, y: 55 }, undefined, false)).toEqual({ type: 'element', elementId: 'eventName', after: false });
    // Lower half of the event name: before the next element, the same place as "after the event name".
    expect(targetInList(page, 'page-1', { x: 20, y: 85 }, undefined, false)).toEqual({ type: 'element', elementId: 'place', after: false });
    expect(targetInList(page, 'page-1', { x: 20, y: 190 }, undefined, false)).toEqual({ type: 'element', elementId: 'place', after: true });
    expect(targetInList(page, 'page-1', { x: 20, y: 210 }, undefined, false)).toEqual({ type: 'zone', containerId: 'page-1' });
  });

  it('counts only the list’s own elements, not those of a section inside it, and skips the dragged element', () => {
    const { page, section } = list();
    expect(targetInList(section, 'place', { x: 40, y: 140 }, undefined, false)).toEqual({ type: 'element', elementId: 'municipality', after: false });
    expect(targetInList(page, 'page-1', { x: 20, y: 10 }, 'organiser', false)).toEqual({ type: 'element', elementId: 'eventName', after: false });
  });

  it('by keyboard: before the element whose top edge it sits on, after it when going down in the same list', () => {
    const { page } = list();
    expect(targetInList(page, 'page-1', { x: 16, y: 3 }, 'eventName', true)).toEqual({ type: 'element', elementId: 'organiser', after: false });
    expect(targetInList(page, 'page-1', { x: 16, y: 103 }, 'eventName', true)).toEqual({ type: 'element', elementId: 'place', after: true });
    expect(targetInList(page, 'page-1', { x: 16, y: 202 }, 'eventName', true)).toEqual({ type: 'zone', containerId: 'page-1' });
  });

  it('the keyboard stops at every element’s top edge and at each list’s end, top to bottom, never at the dragged element', () => {
    const { page, section } = list();
    const stops = keyboardStops([{ node: page, rect: { top: 0, left: 0 } }, { node: section, rect: { top: 120, left: 30 } }], 'organiser');
    expect(stops.map((s) => s.y)).toEqual([52, 102, 132, 171, 201]);
  });
});
