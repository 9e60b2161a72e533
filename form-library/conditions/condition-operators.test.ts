import { describe, expect, it } from 'vitest';
import type { FormElement } from '../format/types';
import { closedValues, conditionOperators } from './condition-operators';

const label = { fi: 'Kenttä', sv: 'Fält', en: 'Field' };
const element = (e: { kind: FormElement['kind'] } & Record<string, unknown>): FormElement => ({ id: 'x', key: 'x', label, ...e }) as FormElement;

describe('conditionOperators', () => {
  it('compares ordered answers, picks from closed sets, and asks the rest whether they are given', () => {
    expect(conditionOperators(element({ kind: 'number' }))).toEqual(['atLeast', 'atMost', 'above', 'below', 'equals', 'answered']);
    expect(conditionOperators(element({ kind: 'time' }))).toContain('above');
    expect(conditionOperators(element({ kind: 'yesNo' }))).toEqual(['equals', 'oneOf', 'answered']);
    expect(conditionOperators(element({ kind: 'choice', options: [{ value: 'a', label }] }))).not.toContain('atLeast');
    expect(conditionOperators(element({ kind: 'text' }))).toEqual(['answered', 'equals']);
  });
});

describe('closedValues', () => {
  it('lists a choice’s options and yes/no with their labels, and nothing for open answers', () => {
    expect(closedValues(element({ kind: 'multiChoice', options: [{ value: 'a', label }] }))).toEqual([{ value: 'a', label }]);
    expect(closedValues(element({ kind: 'yesNo' }))?.map((v) => v.value)).toEqual([true, false]);
    expect(closedValues(element({ kind: 'email' }))).toBeUndefined();
  });
});
