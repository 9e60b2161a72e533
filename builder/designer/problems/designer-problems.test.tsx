import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../form-library/format/types';
import { applyFormOp } from '../modeling/operations';
import { designerProblems, problemsByTarget, reuseUnchanged } from './designer-problems';
import { elementIdAtPath } from './element-at-path';

// A Turku terrace permit: the applicant, whether alcohol is served, and the licence number if so.
const terrace = (): FormDefinition => ({
  pages: [
    {
      id: 'p1',
      title: { fi: 'Terassi', sv: 'Terass', en: 'Terrace' },
      elements: [
        { id: 'e1', kind: 'text', key: 'hakija', label: { fi: 'Hakija', sv: 'Sökande', en: 'Applicant' } },
        { id: 'e2', kind: 'yesNo', key: 'anniskelu', label: { fi: 'Anniskellaanko alkoholia?', sv: 'Serveras alkohol?', en: 'Is alcohol served?' } },
        {
          id: 'e3', kind: 'text', key: 'lupanumero', label: { fi: 'Anniskeluluvan numero', sv: 'Serveringstillståndets nummer', en: 'Licence number' },
          condition: { field: 'anniskelu', op: 'equals', value: true },
        },
      ],
    },
  ],
});

describe('problems shown on the canvas', () => {
  it('a complete form has none', () => {
    expect(designerProblems(terrace(), 'fi')).toEqual([]);
  });

  it('a missing Swedish label is an error on that element; a missing English one only a note', () => {
    let def = applyFormOp(terrace(), { type: 'update', elementId: 'e1', patch: { label: { fi: 'Hakija', en: 'Applicant' } } });
    def = applyFormOp(def, { type: 'update', elementId: 'e2', patch: { label: { fi: 'Anniskellaanko alkoholia?', sv: 'Serveras alkohol?' } } });
    const byTarget = problemsByTarget(designerProblems(def, 'fi'));
    expect(byTarget.get('e1')?.map((p) => p.severity)).toEqual(['error']);
    expect(byTarget.get('e2')?.map((p) => p.severity)).toEqual(['warning']);
  });

  it('a duplicate key and a condition pointing at a removed field are flagged on their elements', () => {
    let def = applyFormOp(terrace(), { type: 'update', elementId: 'e3', patch: { key: 'hakija' } });
    expect(problemsByTarget(designerProblems(def, 'sv')).get('e3')?.[0].text).toContain('hakija');
    def = applyFormOp(terrace(), { type: 'delete', elementId: 'e2' });
    const problems = designerProblems(def, 'en');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ targetId: 'e3', severity: 'error' });
  });

  it('an empty choice list is flagged', () => {
    const def = applyFormOp(terrace(), {
      type: 'insert', containerId: 'p1', index: 3,
      element: { id: 'e4', kind: 'choice', key: 'kalusteet', label: { fi: 'Kalusteet', sv: 'Möbler', en: 'Furniture' }, options: [] },
    });
    expect(problemsByTarget(designerProblems(def, 'fi')).get('e4')).toHaveLength(1);
  });

  it('finds the element a dotted path is about, however deep', () => {
    const def: FormDefinition = { pages: [{ id: 'p', title: {}, elements: [{ id: 's', kind: 'section', key: 's', label: {}, elements: [{ id: 'x', kind: 'email', key: 'x', label: {} }] }] }] };
    expect(elementIdAtPath(def, 'pages.0.elements.0.elements.0.label.sv')).toBe('x');
    expect(elementIdAtPath(def, 'services.0.form.pages.0')).toBeUndefined();
    expect(elementIdAtPath(def, 'pages.0.title.fi')).toBe('p');
  });
});

describe('problem lists kept across a move', () => {
  it('keeps the same list object for an element whose problems did not change, and a new one where they did', () => {
    const noLabel = terrace();
    noLabel.pages[0].elements[0] = { ...noLabel.pages[0].elements[0], label: { fi: '', sv: '', en: '' } };
    const before = problemsByTarget(designerProblems(noLabel, 'fi'));
    expect(before.get('e1')?.length).toBeGreaterThan(0);
    // The applicant field moved below the alcohol question: its problems stay the same.
    const moved = applyFormOp(noLabel, { type: 'move', elementId: 'e1', containerId: 'p1', index: 1 });
    const after = reuseUnchanged(before, problemsByTarget(designerProblems(moved, 'fi')));
    expect(after.get('e1')).toBe(before.get('e1'));
    // Its label filled in: the list changes.
    const fixed = applyFormOp(moved, { type: 'update', elementId: 'e1', patch: { label: { fi: 'Hakija', sv: 'Sökande', en: 'Applicant' } } });
    const later = reuseUnchanged(after, problemsByTarget(designerProblems(fixed, 'fi')));
    expect(later.get('e1')).toBeUndefined();
    expect(later).not.toBe(after);
  });
});
