import { describe, expect, it } from 'vitest';
import type { DesignerProblem } from '../problems/designer-problems';
import { createCanvasStore, DRAG_LABEL } from './canvas-store';

// Espoo's building-site notice: applicant 'hakija', address 'osoite', site section 'tontti'.
describe('the canvas store tells each element only of its own changes', () => {
  it('a drag passing from one element to the next concerns those two, not the rest of the form', () => {
    const store = createCanvasStore();
    const told: string[] = [];
    for (const id of ['hakija', 'osoite', 'tontti', 'zone:tontti']) store.subscribe(id, () => told.push(id));
    store.set({ draggingId: 'hakija', dropIndicator: { id: 'osoite', after: true } });
    expect(told.sort()).toEqual(['hakija', 'osoite']);
    told.length = 0;
    store.set({ dropIndicator: { id: 'zone:tontti', after: true } });
    expect(told.sort()).toEqual(['osoite', 'zone:tontti']);
    told.length = 0;
    store.set({ dropIndicator: { id: 'zone:tontti', after: true } });
    expect(told).toEqual([]);
  });

  it('selection and changed problem lists reach their elements; an unchanged list reaches nobody', () => {
    const store = createCanvasStore();
    const told: string[] = [];
    const unsubscribe = store.subscribe('tontti', () => told.push('tontti'));
    store.subscribe('osoite', () => told.push('osoite'));
    const missingSwedish: DesignerProblem[] = [{ path: 'pages.0.elements.1.label.sv', severity: 'error', targetId: 'osoite', text: 'Otsikko puuttuu ruotsiksi' }];
    store.set({ selectedId: 'tontti', problemsByElement: new Map([['osoite', missingSwedish]]) });
    expect(told.sort()).toEqual(['osoite', 'tontti']);
    told.length = 0;
    store.set({ problemsByElement: new Map([['osoite', missingSwedish]]) });
    expect(told).toEqual([]);
    unsubscribe();
    store.set({ selectedId: null });
    expect(told).toEqual([]);
  });

  it('the drag label comes and goes with the drag and concerns only its own subscribers', () => {
    const store = createCanvasStore();
    const told: string[] = [];
    for (const id of [DRAG_LABEL, 'hakija', 'osoite']) store.subscribe(id, () => told.push(id));
    store.set({ draggingId: 'hakija', dragLabel: 'Hakijan nimi' });
    expect(told.sort()).toEqual([DRAG_LABEL, 'hakija']);
    told.length = 0;
    store.set({ dropIndicator: { id: 'osoite', after: false } });
    expect(told).toEqual(['osoite']);
    told.length = 0;
    store.set({ dropIndicator: null, draggingId: null, dragLabel: null });
    expect(told.sort()).toEqual([DRAG_LABEL, 'hakija', 'osoite']);
    expect(store.get().dragLabel).toBeNull();
  });
});
